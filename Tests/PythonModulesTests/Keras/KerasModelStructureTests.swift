import Testing
@testable import PythonModules

@Suite struct KerasModelStructureTests {
    static let cnn = """
        import tensorflow as tf
        tf.keras.backend.clear_session()
        model = tf.keras.models.Sequential([
            tf.keras.layers.Conv2D(64, (3,3), activation='relu', input_shape=(28,28,1)),
            tf.keras.layers.MaxPooling2D(2,2),
            tf.keras.layers.Conv2D(64, (3,3), activation='relu'),
            tf.keras.layers.MaxPooling2D(2,2),
            tf.keras.layers.Flatten(),
            tf.keras.layers.Dense(128, activation='relu'),
            tf.keras.layers.Dense(10, activation='softmax')
        ])
        """

    @Test func convolutionalModelHasKerasParameterCountsAndSummary() throws {
        let s = KerasSession()
        s.run(Self.cnn + "\nmodel.summary()\n")
        #expect(try s.repr("model.count_params()") == "243786")
        #expect(
            try s.repr("[layer.name for layer in model.layers]")
                == "['conv2d', 'max_pooling2d', 'conv2d_1', 'max_pooling2d_1', 'flatten', 'dense', 'dense_1']")
        #expect(try s.repr("[layer.count_params() for layer in model.layers]") == "[640, 0, 36928, 0, 0, 204928, 1290]")
        #expect(try s.repr("model.layers[2].output_shape") == "(None, 11, 11, 64)")
        #expect(try s.repr("model.output_shape") == "(None, 10)")
        for expected in [
            "Model: \"sequential\"", "conv2d (Conv2D)", "(None, 26, 26, 64)", "max_pooling2d (MaxPooling2D)",
            "(None, 1600)", "Total params: 243,786", "Trainable params: 243,786", "Non-trainable params: 0",
        ] {
            #expect(s.output.contains(expected), "summary lacks \(expected)")
        }
    }

    @Test func denseModelForFashionMNISTHasKerasCounts() throws {
        let s = KerasSession()
        s.run(
            """
            import tensorflow as tf
            from tensorflow import keras
            model = keras.Sequential([keras.layers.Flatten(input_shape=(28,28)),
                                      keras.layers.Dense(128, activation=tf.nn.relu),
                                      keras.layers.Dense(10, activation=tf.nn.softmax)])
            """)
        #expect(try s.repr("model.count_params()") == "101770")
        #expect(try s.repr("model.layers[1].get_weights()[0].shape") == "(784, 128)")
        #expect(try s.repr("model.get_layer(index=-1) is model.layers[-1]") == "True")
    }

    @Test func layersAndModelsShowKerasReprs() throws {
        let s = KerasSession()
        s.run(
            """
            import tensorflow as tf
            layer = tf.keras.layers.Dense(3, name='head')
            model = tf.keras.Sequential()
            model.add(tf.keras.layers.Dense(2, input_shape=(4,)))
            model.add(layer)
            """)
        #expect(try s.repr("layer") == "<Dense name=head, built=True>")
        #expect(try s.repr("model.get_layer('head') is layer") == "True")
        #expect(try s.repr("type(layer)") == "<class 'keras.src.layers.core.dense.Dense'>")
        #expect(try s.repr("isinstance(layer, tf.keras.layers.Layer)") == "True")
        #expect(try s.repr("len(model.layers)") == "2")
        #expect(try s.repr("tf.nn.relu").hasPrefix("<function relu at 0x"))
    }

    @Test func historyEchoesLikeKeras() throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            import tensorflow as tf
            model = tf.keras.Sequential([tf.keras.layers.Dense(1, input_shape=[1])])
            model.compile(optimizer='sgd', loss='mse')
            history = model.fit(np.array([1.0, 2.0]), np.array([1.0, 2.0]), epochs=1, verbose=0)
            """)
        let text = try s.repr("history")
        #expect(text.hasPrefix("<keras.src.callbacks.history.History object at 0x"))
        #expect(try s.repr("isinstance(history, tf.keras.callbacks.History)") == "True")
    }

    @Test func everyImportSpellingFindsTheSameObjects() throws {
        let s = KerasSession()
        s.run(
            """
            import tensorflow as tf
            import keras
            from tensorflow import keras as tfk
            from tensorflow.keras import layers, models, optimizers, losses, callbacks
            from tensorflow.keras.optimizers import RMSprop
            from tensorflow.keras.preprocessing.image import ImageDataGenerator, load_img, img_to_array
            from keras.preprocessing import image
            import keras_preprocessing
            from keras_preprocessing import image as kp_image
            from keras_preprocessing.image import ImageDataGenerator as KPGenerator
            from tensorflow.keras.applications.inception_v3 import InceptionV3
            import tensorflow.keras.datasets.fashion_mnist as fm
            import tensorflow as tf2
            same = [tf.keras is keras, tfk is keras, layers is tf.keras.layers, models.Sequential is tf.keras.Sequential,
                    RMSprop is tf.keras.optimizers.RMSprop, tf.optimizers.Adam is optimizers.Adam,
                    ImageDataGenerator is image.ImageDataGenerator, kp_image is image, KPGenerator is ImageDataGenerator,
                    image.load_img is load_img, fm is tf.keras.datasets.fashion_mnist, tf2 is tf,
                    keras_preprocessing.image is image, callbacks.Callback is keras.callbacks.Callback]
            """)
        #expect(try s.repr("same") == "[" + Array(repeating: "True", count: 14).joined(separator: ", ") + "]")
        #expect(try s.repr("tf.__version__.split('.')[0]") == "'2'")
    }
}

@Suite struct KerasFeatureMapTests {
    @Test func modelOverLayerOutputsReturnsFeatureMaps() throws {
        let s = KerasSession()
        s.run(
            KerasModelStructureTests.cnn + """

                import numpy as np
                layer_outputs = [layer.output for layer in model.layers]
                activation_model = tf.keras.models.Model(inputs=model.input, outputs=layer_outputs)
                f = activation_model.predict(np.zeros((1, 28, 28, 1)))
                single = tf.keras.models.Model(model.input, model.layers[0].output).predict(np.zeros((2, 28, 28, 1)))
                """)
        #expect(try s.repr("len(f)") == "7")
        #expect(try s.repr("f[0].shape") == "(1, 26, 26, 64)")
        #expect(try s.repr("f[-1].shape") == "(1, 10)")
        #expect(try s.repr("single.shape") == "(2, 26, 26, 64)")
        #expect(try s.repr("model.layers[3].output.shape") == "(None, 5, 5, 64)")
        let failure = s.failure("tf.keras.models.Model(inputs=model.input, outputs=tf.keras.layers.Dense(3))")
        #expect(failure?.type == "ValueError")
    }
}
