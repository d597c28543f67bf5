import Testing
@testable import PythonModules

@Suite struct KerasNoticeTests {
    static let model = """
        import numpy as np
        import tensorflow as tf
        model = tf.keras.Sequential([tf.keras.layers.Dense(1, input_shape=[1])])
        xs = np.array([0.0, 1.0, 2.0])
        ys = np.array([1.0, 3.0, 5.0])

        """

    @Test func legacyLearningRateSpellingIsAcceptedWithOneNotice() throws {
        let s = KerasSession()
        s.run(
            Self.model + """
                optimizer = tf.keras.optimizers.RMSprop(lr=0.0001)
                again = tf.keras.optimizers.RMSprop(lr=0.0001)
                model.compile(optimizer=optimizer, loss='mse')
                """)
        #expect(abs(try s.double("optimizer.learning_rate") - 0.0001) < 1e-12)
        let notices = s.output.split(separator: "\n").filter { $0.contains("`lr`") }
        #expect(notices.count == 1)
        #expect(notices.first?.contains("learning_rate") == true)
    }

    @Test func fitGeneratorRunsFitAfterOneNotice() throws {
        let s2 = KerasSession()
        s2.run(
            """
            import numpy as np
            import tensorflow as tf
            model = tf.keras.Sequential([tf.keras.layers.Flatten(input_shape=(2, 2, 1)), tf.keras.layers.Dense(1)])
            model.compile(optimizer='sgd', loss='mse')
            flow = tf.keras.preprocessing.image.ImageDataGenerator(rescale=0.5).flow(np.ones((6, 2, 2, 1)), np.ones(6), batch_size=2)
            history = model.fit_generator(flow, steps_per_epoch=3, epochs=2, verbose=0)
            history2 = model.fit_generator(flow, epochs=1, verbose=0)
            """)
        #expect(try s2.repr("len(history.history['loss'])") == "2")
        #expect(s2.output.split(separator: "\n").filter { $0.contains("fit_generator") }.count == 1)
        #expect(s2.output.contains("model.fit"))
    }

    @Test func predictOnAPythonListIsAcceptedWithOneNotice() throws {
        let s = KerasSession()
        s.run(
            Self.model + """
                first = model.predict([10.0], verbose=0)
                second = model.predict([[1.0], [2.0]], verbose=0)
                """)
        #expect(try s.repr("first.shape") == "(1, 1)")
        #expect(try s.repr("second.shape") == "(2, 1)")
        let notices = s.output.split(separator: "\n").filter { $0.contains("Keras 3 rejects a Python list") }
        #expect(notices.count == 1)
    }
}
