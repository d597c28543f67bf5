import Foundation
import Testing
@testable import PythonModules

@Suite struct KerasTrainingTests {
    @Test func helloNeuralNetworkConvergesToNineteen() throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            from tensorflow import keras
            model = keras.Sequential([keras.layers.Dense(units=1, input_shape=[1])])
            model.compile(optimizer='sgd', loss='mean_squared_error')
            xs = np.array([-1.0, 0.0, 1.0, 2.0, 3.0, 4.0], dtype=float)
            ys = np.array([-3.0, -1.0, 1.0, 3.0, 5.0, 7.0], dtype=float)
            history = model.fit(xs, ys, epochs=500, verbose=0)
            y = model.predict(np.array([10.0]))
            """)
        #expect(try s.repr("y.shape") == "(1, 1)")
        #expect(abs(try s.double("float(y[0][0])") - 19) < 0.2)
        #expect(try s.repr("len(history.history['loss'])") == "500")
        #expect(try s.repr("history.epoch[-1]") == "499")
        #expect(try s.repr("history.history['loss'][-1] < history.history['loss'][0]") == "True")
    }

    @Test func seedScriptHelloNeuralNetworkPasses() throws {
        let path = "/work/shared/acceptance/seed/02_hello_nn.py"
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let s = KerasSession()
        s.run(source)
        #expect(s.output.contains("ok: hello neural network"))
        #expect(s.output.contains("Epoch 500/500"))
    }

    @Test(arguments: [
        ("['accuracy']", "['accuracy', 'loss', 'val_accuracy', 'val_loss']"),
        ("['acc']", "['acc', 'loss', 'val_acc', 'val_loss']"),
    ])
    func historyKeysFollowTheMetricNameGiven(metrics: String, keys: String) throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            import tensorflow as tf
            def data(*shape):
                count = 1
                for n in shape: count *= n
                return np.array([((i * 7) % 11) / 11.0 for i in range(count)]).reshape(shape)
            x = data(40, 4)
            y = (x[:, 0] > 0.5).astype('float32')
            model = tf.keras.models.Sequential([tf.keras.layers.Dense(8, activation='relu', input_shape=(4,)),
                                                tf.keras.layers.Dense(1, activation='sigmoid')])
            model.compile(optimizer=tf.keras.optimizers.RMSprop(learning_rate=0.01), loss='binary_crossentropy', metrics=\(metrics))
            history = model.fit(x, y, epochs=3, batch_size=8, validation_data=(x, y), verbose=0)
            keys = sorted(history.history.keys())
            """)
        #expect(try s.repr("keys") == keys)
        #expect(try s.repr("history.epoch") == "[0, 1, 2]")
        #expect(try s.repr("history.params['epochs']") == "3")
        #expect(try s.repr("model.history is history") == "True")
    }

    @Test func callbackSubclassStopsTraining() throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            import tensorflow as tf
            def data(*shape):
                count = 1
                for n in shape: count *= n
                return np.array([((i * 7) % 11) / 11.0 for i in range(count)]).reshape(shape)
            class MyCallback(tf.keras.callbacks.Callback):
                def on_epoch_end(self, epoch, logs={}):
                    self.seen = epoch
                    if logs.get('loss') is not None and epoch == 2:
                        print("Stopping after epoch", epoch)
                        self.model.stop_training = True
            callbacks = MyCallback()
            model = tf.keras.models.Sequential([tf.keras.layers.Dense(1, input_shape=[1])])
            model.compile(optimizer='sgd', loss='mse')
            history = model.fit(np.array([1.0, 2.0, 3.0]), np.array([2.0, 4.0, 6.0]), epochs=50, verbose=0, callbacks=[callbacks])
            """)
        #expect(try s.repr("len(history.history['loss'])") == "3")
        #expect(try s.repr("callbacks.seen") == "2")
        #expect(try s.repr("callbacks.model is model") == "True")
        #expect(s.output.contains("Stopping after epoch 2"))
    }

    @Test func evaluateReturnsLossAloneOrWithMetrics() throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            import tensorflow as tf
            def data(*shape):
                count = 1
                for n in shape: count *= n
                return np.array([((i * 7) % 11) / 11.0 for i in range(count)]).reshape(shape)
            x = data(20, 3)
            y = np.array([i % 3 for i in range(20)])
            model = tf.keras.Sequential([tf.keras.layers.Dense(3, activation=tf.nn.softmax, input_shape=(3,))])
            model.compile(optimizer=tf.optimizers.Adam(), loss='sparse_categorical_crossentropy')
            plain = model.evaluate(x, y, verbose=0)
            model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
            both = model.evaluate(x, y, verbose=0)
            as_dict = model.evaluate(x, y, verbose=0, return_dict=True)
            probabilities = model.predict(x, verbose=0)
            """)
        #expect(try s.repr("type(plain).__name__") == "'float'")
        #expect(try s.repr("len(both)") == "2")
        #expect(try s.repr("0.0 <= both[1] <= 1.0") == "True")
        #expect(try s.repr("sorted(as_dict.keys())") == "['accuracy', 'loss']")
        #expect(try s.repr("probabilities.shape") == "(20, 3)")
        #expect(abs(try s.double("float(probabilities[0].sum())") - 1) < 1e-4)
    }

    @Test func frozenLayerKeepsItsWeightsAndSetWeightsRoundTrips() throws {
        let s = KerasSession()
        s.run(
            """
            import numpy as np
            import tensorflow as tf
            def data(*shape):
                count = 1
                for n in shape: count *= n
                return np.array([((i * 7) % 11) / 11.0 for i in range(count)]).reshape(shape)
            model = tf.keras.Sequential([tf.keras.layers.Dense(4, input_shape=(2,)), tf.keras.layers.Dense(1)])
            model.layers[0].trainable = False
            before = model.layers[0].get_weights()
            model.compile(optimizer='sgd', loss='mse')
            model.fit(data(16, 2), data(16), epochs=2, verbose=0)
            after = model.layers[0].get_weights()
            unchanged = bool((before[0] == after[0]).all())
            weights = model.get_weights()
            weights[2] = weights[2] * 0 + 0.5
            model.set_weights(weights)
            kernel = model.layers[1].get_weights()[0]
            """)
        #expect(try s.repr("unchanged") == "True")
        #expect(try s.repr("len(weights)") == "4")
        #expect(try s.repr("[w.shape for w in weights]") == "[(2, 4), (4,), (4, 1), (1,)]")
        #expect(try s.double("float(kernel[0][0])") == 0.5)
        #expect(try s.repr("model.layers[0].trainable") == "False")
    }

    @Test func weightsSaveAndLoadThroughTheWorkspace() throws {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("keras-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: workspace) }
        let s = KerasSession()
        s.py.policy.workspaceFolder = workspace
        s.run(
            """
            import numpy as np
            import tensorflow as tf
            def data(*shape):
                count = 1
                for n in shape: count *= n
                return np.array([((i * 7) % 11) / 11.0 for i in range(count)]).reshape(shape)
            def make():
                return tf.keras.Sequential([tf.keras.layers.Dense(3, input_shape=(2,))])
            a = make()
            a.save_weights('model.weights.h5')
            b = make()
            b.load_weights('model.weights.h5')
            same = all(bool((p == q).all()) for p, q in zip(a.get_weights(), b.get_weights()))
            """)
        #expect(try s.repr("same") == "True")
        #expect(FileManager.default.fileExists(atPath: workspace + "/model.weights.h5"))
    }
}
