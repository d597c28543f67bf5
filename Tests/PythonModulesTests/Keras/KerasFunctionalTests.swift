import Foundation
import Interpreter
import Testing
@testable import PythonModules

@Suite struct KerasFunctionalTests {
    @Test func functionalModelTrainsAndPredicts() throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            import tensorflow as tf
            from tensorflow.keras import layers, Model
            inputs = tf.keras.Input(shape=(4,))
            hidden = layers.Dense(8, activation='relu')
            x = hidden(inputs)
            outputs = layers.Dense(3, activation='softmax')(x)
            model = Model(inputs, outputs)
            model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
            xs = np.random.rand(16, 4)
            ys = np.array([0, 1, 2, 0] * 4)
            history = model.fit(xs, ys, epochs=2, verbose=0)
            p = model.predict(xs, verbose=0)
            """)
        #expect(try s.repr("p.shape") == "(16, 3)")
        #expect(try s.repr("model.layers[1] is hidden") == "True")
        #expect(try s.repr("[l.name for l in model.layers]") == "['input_layer', 'dense', 'dense_1']")
        #expect(try s.repr("model.output_shape") == "(None, 3)")
        #expect(try s.repr("isinstance(model, tf.keras.Model)") == "True")
        #expect(try s.repr("len(history.history['loss'])") == "2")
        #expect(try s.repr("inputs.shape") == "(None, 4)")
    }

    @Test func sequentialStartingWithAnInput() throws {
        let s = KerasSession()
        s.run(
            """
            import tensorflow as tf
            from tensorflow import keras
            model = keras.Sequential([keras.Input(shape=(1,)), keras.layers.Dense(units=1)])
            other = keras.Sequential([keras.layers.InputLayer(shape=(28, 28)), keras.layers.Flatten()])
            """)
        #expect(try s.repr("model.output_shape") == "(None, 1)")
        #expect(try s.repr("len(model.layers)") == "1")
        #expect(try s.repr("other.output_shape") == "(None, 784)")
        s.run("from tensorflow.keras.applications.inception_v3 import preprocess_input\nimport numpy as np\np = preprocess_input(np.array([0.0, 127.5, 255.0]))")
        #expect(try s.repr("p.tolist()") == "[-1.0, 0.0, 1.0]")
    }

    @Test func concatenateAndSeveralOutputs() throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            from tensorflow.keras import layers, Model, Input
            a = Input(shape=(2,))
            b = Input(shape=(3,))
            joined = layers.concatenate([a, b])
            out1 = layers.Dense(1, name='first')(joined)
            out2 = layers.Dense(2, name='second')(joined)
            model = Model(inputs=[a, b], outputs=[out1, out2])
            p = model.predict([np.zeros((5, 2)), np.ones((5, 3))], verbose=0)
            """)
        #expect(try s.repr("joined.shape") == "(None, 5)")
        #expect(try s.repr("[x.shape for x in p]") == "[(5, 1), (5, 2)]")
        #expect(try s.repr("model.get_layer('second').output.shape") == "(None, 2)")
        let failure = s.failure("layers.Dense(1)([a, b])")
        #expect(failure?.type == "ValueError")
        #expect(failure?.message.contains("expects 1 input(s)") == true)
        #expect(s.failure("Model(inputs=a, outputs=out1)")?.message.contains("Graph disconnected") == true)
        s.run("model.compile(optimizer='adam', loss='mse')\ntwo_in = Model(inputs=[a, b], outputs=out1)\ntwo_in.compile(optimizer='adam', loss='mse')")
        s.run("history = two_in.fit([np.zeros((5, 2)), np.ones((5, 3))], np.zeros((5, 1)), verbose=0)")
        #expect(try s.repr("list(history.history.keys())") == "['loss']")
        #expect(s.failure("model.evaluate(np.zeros((5, 2)), np.zeros((5, 1)), verbose=0)")?.message.contains("expects 2 input(s)") == true)
    }

    @Test func articleTransferArchitecture() throws {
        let s = KerasSession()
        s.run(
            """
            from tensorflow.keras import layers
            from tensorflow.keras import Model
            from tensorflow.keras.applications.inception_v3 import InceptionV3
            pre_trained_model = InceptionV3(input_shape=(150, 150, 3), include_top=False, weights=None)
            last_output = pre_trained_model.get_layer('mixed7').output
            for layer in pre_trained_model.layers:
                layer.trainable = False
            x = layers.Flatten()(last_output)
            x = layers.Dense(1024, activation='relu')(x)
            x = layers.Dropout(0.2)(x)
            x = layers.Dense(1, activation='sigmoid')(x)
            model = Model(pre_trained_model.input, x)
            """)
        #expect(try s.repr("pre_trained_model.count_params()") == "21802784")
        #expect(try s.repr("last_output.shape") == "(None, 7, 7, 768)")
        #expect(try s.repr("model.output_shape") == "(None, 1)")
        #expect(try s.repr("[l.name for l in pre_trained_model.layers[:4]]") == "['input_layer', 'conv2d', 'batch_normalization', 'activation']")
        #expect(try s.repr("len(model.trainable_weights)") == "4")
        #expect(try s.repr("model.layers[-1].name") == "'dense_1'")
        let failure = s.failure("InceptionV3(input_shape=(150, 150, 3), include_top=False)")
        #expect(failure?.type == "OSError")
        #expect(failure?.message.contains("load_weights") == true)
        s.py.policy = SandboxPolicy(readableFolders: [], workspaceFolder: FileManager.default.temporaryDirectory.path)
        let missing = s.failure("InceptionV3(input_shape=(150, 150, 3), include_top=False, weights='deeplings-nowhere.h5')")
        #expect(missing?.type == "ValueError")
    }
}

@Suite struct KerasH5BindingTests {
    @Test func saveAndLoadKerasH5FromPython() throws {
        let s = KerasSession()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-h5-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        s.py.policy = SandboxPolicy(readableFolders: [], workspaceFolder: folder.path)
        s.run(
            """
            import numpy as np
            import tensorflow as tf
            from tensorflow.keras import layers, Model, Input
            def make(units):
                i = Input(shape=(3,))
                return Model(i, layers.Dense(units, name='head')(layers.Dense(4, name='body')(i)))
            a = make(2)
            a.save_weights('a.weights.h5')
            a.save('a.h5')
            b = make(2)
            b.load_weights('a.weights.h5')
            c = make(2)
            c.load_weights('a.h5')
            x = np.ones((1, 3))
            same = bool(np.allclose(a.predict(x, verbose=0), b.predict(x, verbose=0))) and bool(np.allclose(a.predict(x, verbose=0), c.predict(x, verbose=0)))
            d = make(5)
            d.load_weights('a.h5', by_name=True, skip_mismatch=True)
            e = tf.keras.models.load_model('a.h5')
            whole = bool(np.allclose(a.predict(x, verbose=0), e.predict(x, verbose=0)))
            """)
        #expect(try s.repr("whole") == "True")
        #expect(try s.repr("[l.name for l in e.layers]") == "['input_layer', 'body', 'head']")
        #expect(try s.repr("same") == "True")
        let failure = s.failure("d.load_weights('a.h5')")
        #expect(failure?.type == "ValueError")
        #expect(failure?.message.contains("head") == true)
    }
}

@Suite struct KerasInitializerBindingTests {
    @Test func initializersByNameAndObject() throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            import tensorflow as tf
            from tensorflow.keras import layers, initializers
            d = layers.Dense(3, kernel_initializer='ones', bias_initializer=initializers.Constant(2.0))
            y = d(np.ones((1, 2)))
            c = layers.Conv2D(2, 3, kernel_initializer=tf.keras.initializers.RandomNormal(stddev=0.01, seed=3))
            c(np.zeros((1, 4, 4, 1)))
            same = bool(np.array_equal(tf.keras.initializers.HeNormal(seed=5)(shape=(2, 2)), initializers.he_normal(seed=5)((2, 2))))
            tf.keras.utils.set_random_seed(1)
            """)
        #expect(try s.repr("y.tolist()") == "[[4.0, 4.0, 4.0]]")
        #expect(try s.repr("bool(np.abs(c.get_weights()[0]).max() < 0.1)") == "True")
        #expect(try s.repr("same") == "True")
        #expect(s.failure("layers.Dense(3, kernel_initializer='glorot_unifrom')")?.type == "ValueError")
    }
}
