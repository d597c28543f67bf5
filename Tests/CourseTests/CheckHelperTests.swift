import Testing
@testable import Course

struct HelperCase: CustomTestStringConvertible, Sendable {
    let name: String
    let check: String
    let code: String
    let status: CheckLine.Status
    let message: String
    var testDescription: String { name }
}

let helloModel = "model = keras.Sequential([keras.layers.Dense(1, input_shape=[1])])\n"

let helperCases: [HelperCase] = [
    HelperCase(
        name: "expect_close passes within tolerance", check: "expect_close(y, [1.0, 2.0], atol=0.01)",
        code: "y = np.array([1.001, 1.999])", status: .passed, message: ""),
    HelperCase(
        name: "expect_close names index and errors", check: "expect_close(y, [[1.0, 2.0], [3.0, 4.0]], name='y')",
        code: "y = np.array([[1.0, 2.0], [3.0, 4.5]])", status: .failed,
        message: "`y` is not close enough to the expected value at index (1, 1): found 4.5, expected 4 (max abs error 0.5"),
    HelperCase(
        name: "expect_close reports shape", check: "expect_close(y, [1.0, 2.0, 3.0])",
        code: "y = np.array([1.0, 2.0])", status: .failed, message: "should have shape (3,), found shape (2,)"),
    HelperCase(
        name: "expect_close counts NaN", check: "expect_close(y, [1.0, 2.0])",
        code: "y = np.array([1.0, 0.0]) / np.array([1.0, 0.0])", status: .failed, message: "1 value is NaN"),
    HelperCase(
        name: "expect_close shows dtype", check: "expect_close(y, [1.0, 2.0])",
        code: "y = np.array([1.0, 3.0], dtype='float32')", status: .failed, message: "dtype float32"),
    HelperCase(
        name: "expect_equal on plain values", check: "expect_equal(d, {'a': [1, 2], 'b': 'x'})",
        code: "d = {'b': 'x', 'a': [1, 2]}", status: .passed, message: ""),
    HelperCase(
        name: "expect_equal mismatch", check: "expect_equal(s, 'hello', name='s')",
        code: "s = 'Hello'", status: .failed, message: "`s` should be 'hello', found 'Hello'"),
    HelperCase(
        name: "expect_shape with None", check: "expect_shape(y, (None, 3))",
        code: "y = np.zeros((7, 3))", status: .passed, message: ""),
    HelperCase(
        name: "expect_shape mismatch", check: "expect_shape(y, (28, 28), name='image')",
        code: "y = np.zeros((784,))", status: .failed, message: "`image` should have shape (28, 28), found shape (784,)"),
    HelperCase(
        name: "expect_layers compares settings",
        check: """
            expect_layers(model, [{'type': 'Conv2D', 'filters': 8, 'kernel_size': 3, 'activation': 'relu'}, 'MaxPooling2D', 'Flatten', {'type': 'Dense', 'units': 10, 'activation': 'softmax'}])
            """,
        code: """
            model = keras.Sequential([keras.layers.Conv2D(8, (3, 3), activation='relu', input_shape=(8, 8, 1)), keras.layers.MaxPooling2D(2, 2), keras.layers.Flatten(), keras.layers.Dense(10, activation='relu')])
            """, status: .failed, message: "layer 4 (Dense) should have activation='softmax', found activation='relu'"),
    HelperCase(
        name: "expect_layers counts layers", check: "expect_layers(model, ['Flatten', 'Dense'])",
        code: "model = keras.Sequential([keras.layers.Dense(1, input_shape=[1])])", status: .failed,
        message: "the model should have 2 layers (Flatten, Dense), found 1 (Dense)"),
    HelperCase(
        name: "expect_layers on a list of layers", check: "expect_layers(model.layers[-2:], ['Flatten', {'type': 'Dense', 'units': 3}])",
        code: "model = keras.Sequential([keras.layers.Dense(4, input_shape=[2, 2]), keras.layers.Flatten(), keras.layers.Dense(2)])",
        status: .failed, message: "layer 2 (Dense) should have units=3, found units=2"),
    HelperCase(
        name: "expect_layers on a list of other values", check: "expect_layers([1, 2], ['Dense', 'Dense'])",
        code: "x = 1", status: .failed, message: "a list of its layers"),
    HelperCase(
        name: "expect_params", check: "expect_params(model, 20)",
        code: "model = keras.Sequential([keras.layers.Dense(10, input_shape=[1])])", status: .passed, message: ""),
    HelperCase(
        name: "expect_params mismatch", check: "expect_params(model, 21)",
        code: "model = keras.Sequential([keras.layers.Dense(10, input_shape=[1])])", status: .failed,
        message: "should have 21 parameters, found 20"),
    HelperCase(
        name: "expect_accuracy on held-back data",
        check: """
            expect_accuracy(model, np.array([[1.0], [-1.0], [2.0], [-3.0]]), np.array([1, 0, 1, 0]), 0.99)
            """,
        code: """
            model = keras.Sequential([keras.layers.Dense(1, input_shape=[1], activation='sigmoid')])
            model.layers[0].set_weights([np.array([[5.0]]), np.array([0.0])])
            """, status: .passed, message: ""),
    HelperCase(
        name: "expect_accuracy too low",
        check: """
            expect_accuracy(model, np.array([[1.0], [-1.0]]), np.array([[0.0, 1.0], [1.0, 0.0]]), 0.9)
            """,
        code: """
            model = keras.Sequential([keras.layers.Dense(2, input_shape=[1], activation='softmax')])
            model.layers[0].set_weights([np.array([[5.0, -5.0]]), np.array([0.0, 0.0])])
            """, status: .failed, message: "accuracy on held-back data should be at least 0.9, found 0"),
    HelperCase(name: "expect_output", check: "expect_output('loss: 0.1')", code: "print('epoch 1 loss: 0.1')", status: .passed, message: ""),
    HelperCase(
        name: "expect_output exact", check: "expect_output('loss', exact=True)", code: "print('loss!')", status: .failed,
        message: "your code should print exactly \"loss\", it printed \"loss!\\n\""),
    HelperCase(
        name: "expect_raises passes on a subclass", check: "expect_raises(LookupError, f)",
        code: "def f():\n    return {}['x']", status: .passed, message: ""),
    HelperCase(
        name: "expect_raises when nothing is raised", check: "expect_raises(ValueError, f, 1)",
        code: "def f(x):\n    return x", status: .failed, message: "should raise ValueError, it returned normally"),
    HelperCase(
        name: "expect_raises on a learner class named like a built-in", check: "expect_raises(ValueError, f)",
        code: "class ValueError(Exception):\n    pass\ndef f():\n    raise ValueError()", status: .failed,
        message: "should raise ValueError, it raised ValueError"),
    HelperCase(
        name: "retrain reaches the loss", check: "retrain(model, xs, 2 * xs - 1, epochs=300, maximum_loss=0.05)",
        code: helloModel + "model.compile(optimizer='sgd', loss='mean_squared_error')\nmodel.layers[0].set_weights([np.array([[0.0]]), np.array([0.0])])",
        status: .passed, message: ""),
    HelperCase(
        name: "retrain judges settings, not trained weights", check: "retrain(model, xs, 2 * xs - 1, epochs=300, maximum_loss=0.05)",
        code: helloModel
            + "model.compile(optimizer=keras.optimizers.SGD(learning_rate=1e-6), loss='mean_squared_error')\nmodel.layers[0].set_weights([np.array([[2.0]]), np.array([-1.0])])",
        status: .failed, message: "retrained from scratch (seed 0, 300 epochs), your model ends with loss"),
    HelperCase(
        name: "retrain classification accuracy",
        check: """
            retrain(model, np.array([[-2.0], [-1.0], [1.0], [2.0]]), np.array([0, 0, 1, 1]), epochs=60, minimum_accuracy=1.0, validation_data=(np.array([[-3.0], [3.0]]), np.array([0, 1])))
            """,
        code: """
            model = keras.Sequential([keras.layers.Dense(1, input_shape=[1], activation='sigmoid')])
            model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.1), loss='binary_crossentropy', metrics=['accuracy'])
            """, status: .passed, message: ""),
    HelperCase(
        name: "retrain needs a compiled model", check: "retrain(model, xs, xs, maximum_loss=1.0)",
        code: helloModel, status: .failed, message: "the model is not compiled"),
    HelperCase(
        name: "assert message", check: "assert n == 3, f'n should be 3, found {n}'", code: "n = 2",
        status: .failed, message: "n should be 3, found 2"),
    HelperCase(
        name: "helper misused is a lesson error", check: "expect_close(y)", code: "y = 1",
        status: .lessonError, message: "the check misuses a helper: expect_close()"),
    HelperCase(
        name: "bad helper argument is a lesson error", check: "expect_shape(y, 'wide')", code: "y = 1",
        status: .lessonError, message: "`shape` must be a tuple of ints"),
    HelperCase(
        name: "unknown name in the check is a lesson error", check: "assert undefined_thing == 1", code: "y = 1",
        status: .lessonError, message: "the check uses the name 'undefined_thing'"),
    HelperCase(
        name: "syntax error in the check is a lesson error", check: "assert (y ==", code: "y = 1",
        status: .lessonError, message: "the check does not parse"),
]

@Test(arguments: helperCases)
func helpersJudgeAndExplain(_ testCase: HelperCase) throws {
    let text = """
        ```python
        import numpy as np
        from tensorflow import keras
        y = None
        xs = np.array([-1.0, 0.0, 1.0, 2.0, 3.0, 4.0])
        ```

        ```exercise id=e
        pass
        ```

        ```hint id=e
        h
        ```

        ```solution id=e
        pass
        ```

        ```check id=e
        \(testCase.check)
        ```

        """
    let lesson = try Fixtures.parse(text)
    let session = Fixtures.session(lesson)
    session.runCell(at: 0)
    let result = try session.submit(testCase.code, for: "e")
    #expect(result.runFailure == nil, "\(testCase.name): \(result.runFailure?.traceback ?? "")")
    let line = try #require(result.lines.first, "\(testCase.name): no verdict")
    #expect(line.status == testCase.status, "\(testCase.name): \(line)")
    #expect(testCase.message.isEmpty ? line.message.isEmpty : line.message.contains(testCase.message), "\(testCase.name): \(line.message)")
    #expect(line.line == 25)
}

@Test func laterStatementsRunAfterAFailure() throws {
    let text = """
        ```exercise id=e
        pass
        ```

        ```hint id=e
        h
        ```

        ```solution id=e
        a = 1
        ```

        ```check id=e
        assert a == 1, "a should be 1"
        total = a + 1
        if total:
            assert total == 2, "total should be 2"
        expect_equal(a, 1); expect_equal(a, 2)
        ```

        """
    let session = Fixtures.session(try Fixtures.parse(text))
    let result = try session.submit("a = 5", for: "e")
    #expect(result.lines.map(\.line) == [18, 20, 22, 22])
    #expect(result.lines.map(\.status) == [.failed, .failed, .failed, .failed])
    let passed = try session.submit("a = 1", for: "e")
    #expect(passed.lines.map(\.status) == [.passed, .passed, .failed])
}

@Test func retrainIsDeterministic() throws {
    let text = """
        ```python
        import numpy as np
        from tensorflow import keras
        xs = np.array([-1.0, 0.0, 1.0, 2.0, 3.0, 4.0])
        ```

        ```exercise id=e
        pass
        ```

        ```hint id=e
        h
        ```

        ```solution id=e
        pass
        ```

        ```check id=e
        retrain(model, xs, 2 * xs - 1, epochs=20, maximum_loss=1e-9, seed=7)
        ```

        """
    let lesson = try Fixtures.parse(text)
    var messages: [String] = []
    for _ in 0..<2 {
        let session = Fixtures.session(lesson)
        session.runCell(at: 0)
        let code = "model = keras.Sequential([keras.layers.Dense(1, input_shape=[1])])\nmodel.compile(optimizer='sgd', loss='mse')"
        messages.append(try session.submit(code, for: "e").lines.first?.message ?? "")
    }
    #expect(messages[0].contains("ends with loss"))
    #expect(messages[0] == messages[1])
}
