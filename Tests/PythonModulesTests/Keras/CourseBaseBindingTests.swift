import Foundation
import Interpreter
import Testing

@Suite struct CourseBaseBindingTests {
    /// Both import paths, the article's head on the shipped weights, frozen, and the errors.
    @Test func courseBaseFromPython() throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            from tensorflow.keras import layers, Model
            from tensorflow.keras.applications import course_base
            import deeplings.applications
            base = course_base(input_shape=(150, 150, 3), include_top=False, weights='course')
            for layer in base.layers:
                layer.trainable = False
            last_output = base.get_layer('mixed4').output
            x = layers.Flatten()(last_output)
            x = layers.Dense(1024, activation='relu')(x)
            x = layers.Dropout(0.2)(x)
            x = layers.Dense(1, activation='sigmoid')(x)
            model = Model(base.input, x)
            fresh = deeplings.applications.course_base(weights=None)
            """)
        #expect(try s.repr("base.count_params()") == "837704")
        #expect(try s.repr("last_output.shape") == "(None, 7, 7, 320)")
        #expect(try s.repr("base.get_layer('mixed2').output_shape") == "(None, 7, 7, 352)")
        #expect(try s.repr("sum(np.size(w) for w in model.trainable_weights)") == "\(7 * 7 * 320 * 1024 + 1024 + 1025)")
        #expect(try s.repr("fresh.input_shape") == "(None, 150, 150, 3)")
        #expect(try s.repr("bool((fresh.get_layer(index=1).get_weights()[0] != base.get_layer(index=1).get_weights()[0]).any())") == "True")
        let imagenet = s.failure("course_base(weights='imagenet')")
        #expect(imagenet?.type == "ValueError")
        #expect(imagenet?.message.contains("weights='course'") == true)
        let top = s.failure("course_base(include_top=True)")
        #expect(top?.message.contains("include_top=False") == true)
        let small = s.failure("course_base(input_shape=(32, 32, 3), weights=None)")
        #expect(small?.message.contains("75x75") == true)
    }

    /// Keras' other transfer pattern: the frozen base called as one layer of a new model.
    @Test func modelCalledAsALayer() throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            import tensorflow as tf
            from tensorflow.keras import layers
            from tensorflow.keras.applications import course_base
            base = course_base(input_shape=(75, 75, 3), weights=None)
            base.trainable = False
            inputs = tf.keras.Input(shape=(75, 75, 3))
            x = base(inputs, training=False)
            x = layers.GlobalAveragePooling2D()(x)
            outputs = layers.Dense(1, activation='sigmoid')(x)
            model = tf.keras.Model(inputs, outputs)
            model.compile(optimizer='rmsprop', loss='binary_crossentropy')
            before = [w.copy() for w in base.get_weights()]
            head_before = model.layers[-1].get_weights()[0].copy()
            model.fit(np.random.rand(4, 75, 75, 3), np.array([0.0, 1.0, 0.0, 1.0]), epochs=1, verbose=0)
            """)
        #expect(try s.repr("[layer.name for layer in model.layers]") == "['input_layer_1', 'course_base', 'global_average_pooling2d', 'dense']")
        #expect(try s.repr("x.shape") == "(None, 320)")
        #expect(try s.repr("len(model.trainable_weights)") == "2")
        #expect(try s.repr("all(np.array_equal(a, b) for a, b in zip(before, base.get_weights()))") == "True")
        #expect(try s.repr("bool((model.layers[-1].get_weights()[0] != head_before).any())") == "True")
        s.run("base.trainable = True")
        #expect(try s.repr("len(model.trainable_weights) > 2") == "True")
        let wrong = s.failure("base(tf.keras.Input(shape=(80, 80, 3)))")
        #expect(wrong?.message.contains("incompatible") == true)
    }
}
