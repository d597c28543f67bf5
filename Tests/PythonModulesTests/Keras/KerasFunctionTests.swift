import Testing
@testable import PythonModules

@Suite struct KerasFunctionTests {
    @Test func activationsAndLossesWorkOnArrays() throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            import tensorflow as tf
            relu = tf.nn.relu(np.array([-1.0, 2.0]))
            soft = tf.keras.activations.softmax(np.array([[1.0, 1.0]]))
            mse = tf.keras.losses.mean_squared_error(np.array([[1.0, 2.0]]), np.array([[1.0, 4.0]]))
            """)
        #expect(try s.repr("relu.tolist()") == "[0.0, 2.0]")
        #expect(try s.repr("soft.tolist()") == "[[0.5, 0.5]]")
        #expect(try s.double("float(mse)") == 2)
    }

    @Test func lossObjectsValidationSplitAndVerboseTwoLogs() throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            import tensorflow as tf
            x = np.array([[i / 10.0, 1 - i / 10.0] for i in range(12)])
            y = np.array([i % 2 for i in range(12)])
            model = tf.keras.Sequential([tf.keras.layers.Dense(2, activation='softmax', input_shape=(2,))])
            model.compile(optimizer=tf.keras.optimizers.SGD(learning_rate=0.1),
                          loss=tf.keras.losses.SparseCategoricalCrossentropy(), metrics=['accuracy'])
            history = model.fit(x, y, epochs=2, batch_size=4, validation_split=0.25, verbose=2)
            lines = []
            model.summary(print_fn=lambda line: lines.append(line))
            """)
        #expect(try s.repr("sorted(history.history.keys())") == "['accuracy', 'loss', 'val_accuracy', 'val_loss']")
        #expect(s.output.contains("Epoch 1/2\n"))
        #expect(s.output.contains(" - loss: "))
        let summaryLines = try s.repr("lines")
        #expect(summaryLines.contains("Trainable params: 6"), "\(summaryLines)")
        let failure = s.failure("tf.keras.losses.BinaryCrossentropy(from_logits=True)")
        #expect(failure?.type == "ValueError")
    }
}
