import Testing
@testable import PythonModules

/// fit, evaluate and compile of functional models with several inputs or outputs, from Python;
/// the keys and orders expected are those Keras 3.15 (TensorFlow backend) gives.
@Suite struct KerasSeveralArraysTests {
    static let setup = """
        import numpy as np
        import tensorflow as tf
        from tensorflow.keras import layers, Model, Input
        def data(*shape, step=7):
            count = 1
            for n in shape: count *= n
            return np.array([((i * step) % 11) / 11.0 for i in range(count)]).reshape(shape)
        a = data(120, 2)
        b = data(120, 2, step=5)
        y_sum = (a[:, 0] + b[:, 1] > 1).astype('float32')
        y_kind = (a[:, 0] * 2.99).astype('int32')
        in_a = Input(shape=(2,), name='a')
        in_b = Input(shape=(2,), name='b')
        hidden = layers.Dense(16, activation='relu')(layers.concatenate([in_a, in_b]))
        out_sum = layers.Dense(1, activation='sigmoid', name='sum')(hidden)
        out_kind = layers.Dense(3, activation='softmax', name='kind')(hidden)

        """

    @Test func twoInputsTwoOutputsLearnWithKerasKeys() throws {
        let s = KerasSession()
        s.run(
            Self.setup + """
                model = Model(inputs=[in_a, in_b], outputs=[out_sum, out_kind])
                model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.02),
                              loss=['binary_crossentropy', 'sparse_categorical_crossentropy'],
                              metrics={'kind': 'accuracy', 'sum': ['acc']})
                history = model.fit({'a': a, 'b': b}, {'sum': y_sum, 'kind': y_kind}, epochs=30, batch_size=16,
                                    validation_data=([a, b], [y_sum, y_kind]), verbose=0)
                keys = list(history.history.keys())
                losses = history.history['loss']
                result = model.evaluate([a, b], [y_sum, y_kind], verbose=0)
                named = model.evaluate((a, b), (y_sum, y_kind), verbose=0, return_dict=True)
                """)
        #expect(
            try s.repr("keys")
                == "['kind_accuracy', 'kind_loss', 'loss', 'sum_acc', 'sum_loss', 'val_kind_accuracy', 'val_kind_loss', 'val_loss', 'val_sum_acc', 'val_sum_loss']"
        )
        #expect(try s.repr("losses[-1] < 0.5 * losses[0]") == "True")
        #expect(try s.double("history.history['sum_acc'][-1]") > 0.85)
        #expect(try s.double("history.history['kind_accuracy'][-1]") > 0.85)
        #expect(try s.repr("model.metrics_names") == "['loss', 'sum_loss', 'kind_loss', 'kind_accuracy', 'sum_acc']")
        #expect(try s.repr("list(named.keys())") == "['kind_accuracy', 'kind_loss', 'loss', 'sum_acc', 'sum_loss']")
        #expect(try s.repr("result == [named[key] for key in model.metrics_names]") == "True")
        #expect(try s.repr("model.output_names") == "['sum', 'kind']")
        #expect(try s.repr("[p.shape for p in model.predict({'b': b, 'a': a}, verbose=0)]") == "[(120, 1), (120, 3)]")
    }

    @Test func lossWeightsWeighTheTotal() throws {
        let s = KerasSession()
        s.run(
            Self.setup + """
                model = Model(inputs=[in_a, in_b], outputs=[out_sum, out_kind])
                model.compile(optimizer='sgd', loss={'kind': 'sparse_categorical_crossentropy', 'sum': 'binary_crossentropy'},
                              loss_weights={'sum': 2.0, 'kind': 0.5})
                total, sum_loss, kind_loss = model.evaluate([a, b], [y_sum, y_kind], verbose=0)
                """)
        #expect(abs(try s.double("total - (2.0 * sum_loss + 0.5 * kind_loss)")) < 1e-5)
        #expect(try s.double("sum_loss") > 0.1)
    }

    @Test func aLossWeightScalesTheLossOfAModelOfOneOutput() throws {
        let s = KerasSession()
        s.run(
            Self.setup + """
                model = tf.keras.Sequential([layers.Dense(1, activation='sigmoid', input_shape=(2,))])
                model.compile(optimizer='sgd', loss='binary_crossentropy')
                plain = model.evaluate(a, y_sum, verbose=0)
                model.compile(optimizer='sgd', loss='binary_crossentropy', loss_weights=[3.0], metrics=['accuracy'])
                weighted, accuracy = model.evaluate(a, y_sum, verbose=0)
                history = model.fit(a, y_sum, epochs=2, verbose=0)
                """)
        #expect(abs(try s.double("weighted - 3.0 * plain")) < 1e-5)
        #expect(try s.repr("sorted(history.history.keys())") == "['accuracy', 'loss']")
    }

    @Test func twoInputsOneOutputTrainsAndEvaluatesToAFloat() throws {
        let s = KerasSession()
        s.run(
            Self.setup + """
                model = Model(inputs=[in_a, in_b], outputs=out_sum)
                model.compile(optimizer=tf.keras.optimizers.Adam(learning_rate=0.02), loss='binary_crossentropy')
                history = model.fit([a, b], y_sum, epochs=20, batch_size=16, validation_split=0.25, verbose=0)
                score = model.evaluate([a, b], y_sum, verbose=0)
                """)
        #expect(try s.repr("sorted(history.history.keys())") == "['loss', 'val_loss']")
        #expect(try s.repr("history.history['loss'][-1] < history.history['loss'][0]") == "True")
        #expect(try s.repr("type(score).__name__") == "'float'")
    }

    @Test func aFlatMetricsListForEveryOutputIsAppliedWithANotice() throws {
        let s = KerasSession()
        s.run(
            Self.setup + """
                model = Model(inputs=[in_a, in_b], outputs=[out_sum, out_kind])
                model.compile(optimizer='adam', loss=['binary_crossentropy', 'sparse_categorical_crossentropy'], metrics=['accuracy'])
                history = model.fit([a, b], [y_sum, y_kind], epochs=1, verbose=0)
                """)
        #expect(s.output.contains("Notice: Keras 3 rejects metrics=['accuracy'] for a model of 2 outputs"))
        #expect(try s.repr("sorted(history.history.keys())") == "['kind_accuracy', 'kind_loss', 'loss', 'sum_accuracy', 'sum_loss']")
    }

    @Test func mistakesAreValueErrorsThatSayTheFix() throws {
        let s = KerasSession()
        s.run(
            Self.setup + """
                model = Model(inputs=[in_a, in_b], outputs=[out_sum, out_kind])
                model.compile(optimizer='adam', loss=['binary_crossentropy', 'sparse_categorical_crossentropy'])
                """)
        let inputs = s.failure("model.fit(a, [y_sum, y_kind], verbose=0)")
        #expect(inputs?.type == "ValueError")
        #expect(inputs?.message.contains("expects 2 input(s), but it received 1 input tensors") == true)
        let targets = s.failure("model.fit([a, b], [y_sum], verbose=0)")
        #expect(targets?.message.contains("received 1 target array(s)") == true)
        let rows = s.failure("model.fit([a, b[:100]], [y_sum, y_kind], verbose=0)")
        #expect(rows?.message.contains("'x' sizes: 120, 100. 'y' sizes: 120, 120.") == true)
        let shape = s.failure("model.fit([a, b], [y_sum, np.eye(3)[y_kind]], verbose=0)")
        #expect(shape?.message.contains("Targets for output 'kind' (y[1])") == true)
        let lossName = s.failure("model.compile(optimizer='adam', loss={'sum': 'mse', 'kinds': 'mse'})")
        #expect(lossName?.message.contains("Expected keys ['sum', 'kind'] in loss dict, but found loss.keys()=['kinds', 'sum']") == true)
        let metricName = s.failure("model.compile(optimizer='adam', loss='mse', metrics={'summ': 'accuracy'})")
        #expect(metricName?.message.contains("'summ' is not an output of the model") == true)
        let inputName = s.failure("model.evaluate({'a': a, 'c': b}, [y_sum, y_kind], verbose=0)")
        #expect(inputName?.message.contains("Missing data for input \"b\"") == true)
        let targetName = s.failure("model.evaluate([a, b], {'sum': y_sum, 'kinds': y_kind}, verbose=0)")
        #expect(targetName?.message.contains("Unknown output name 'kinds'") == true)
    }
}
