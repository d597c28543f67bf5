import Testing
@testable import PythonModules

@Suite struct KerasErrorTests {
    static let data = """
        import numpy as np
        import tensorflow as tf
        images = np.zeros((8, 28, 28))
        labels = np.array([0, 1, 2, 3, 4, 5, 6, 9])
        """

    struct Case: CustomTestStringConvertible, Sendable {
        let code: String
        let type: String
        let fragments: [String]
        var testDescription: String { fragments.first ?? code }
    }

    static let cases: [Case] = [
        Case(
            code:
                "model = tf.keras.Sequential([tf.keras.layers.Dense(128, activation='relu'), tf.keras.layers.Dense(10, activation='softmax')])\nmodel.compile(optimizer='adam', loss='sparse_categorical_crossentropy')\nmodel.fit(images, labels, epochs=1, verbose=0)",
            type: "ValueError", fragments: ["must have rank", "Flatten"]),
        Case(
            code:
                "model = tf.keras.Sequential([tf.keras.layers.Flatten(), tf.keras.layers.Dense(5, activation='softmax')])\nmodel.compile(optimizer='adam', loss='sparse_categorical_crossentropy')\nmodel.fit(images, labels, epochs=1, verbose=0)",
            type: "ValueError", fragments: ["outside the valid range of [0, 5)", "Dense(10"]),
        Case(
            code: "model = tf.keras.Sequential([tf.keras.layers.Flatten(input_shape=(28, 28)), tf.keras.layers.Dense(10)])\nmodel.fit(images, labels)",
            type: "RuntimeError", fragments: ["compile()"]),
        Case(
            code: "tf.keras.Sequential([tf.keras.layers.Conv2D(8, (3, 3), input_shape=(28, 28))])",
            type: "ValueError", fragments: ["expected ndim=4", "reshape"]),
        Case(code: "tf.keras.layers.Dense(3, activation='relux')", type: "ValueError", fragments: ["relux", "'relu'"]),
        Case(code: "tf.keras.layers.Dense()", type: "TypeError", fragments: ["missing 1 required positional argument: 'units'"]),
        Case(code: "tf.keras.layers.Dense(3, activaton='relu')", type: "TypeError", fragments: ["Unrecognized keyword arguments passed to Dense", "activaton"]),
        Case(
            code: "model = tf.keras.Sequential([tf.keras.layers.Dense(1, input_shape=[1])])\nmodel.compile(optimizer='adamw', loss='mse')",
            type: "ValueError", fragments: ["Could not interpret optimizer identifier: adamw", "'adam'"]),
        Case(
            code: "model = tf.keras.Sequential([tf.keras.layers.Dense(1, input_shape=[1])])\nmodel.compile(optimizer='adam', loss='mse', metrics='accuracy')",
            type: "TypeError", fragments: ["metrics=['accuracy']"]),
        Case(code: "tf.keras.datasets.mnist.load_data()", type: "FileNotFoundError", fragments: ["MNIST", "fashion_mnist"]),
        Case(code: "tf.keras.layers.Dropout(1.5)", type: "ValueError", fragments: ["rate", "Dropout(0.2)"]),
        Case(
            code: "tf.keras.Sequential([tf.keras.layers.Dense(1, input_shape=[1])]).get_layer('nope')",
            type: "ValueError", fragments: ["No such layer: nope"]),
        Case(code: "tf.keras.Sequential([3])", type: "TypeError", fragments: ["Only instances of `keras.Layer`"]),
        Case(code: "tf.keras.optimizers.Adam(learning_rat=0.1)", type: "TypeError", fragments: ["learning_rat"]),
        Case(
            code: "model = tf.keras.Sequential([tf.keras.layers.Flatten(input_shape=(28, 28)), tf.keras.layers.Dense(10)])\nmodel.predict(np.zeros((2, 27, 28)), verbose=0)",
            type: "ValueError", fragments: ["expected shape=(None, 28, 28)", "found shape=(2, 27, 28)"]),
    ]

    @Test(arguments: cases)
    func kerasErrorsArePythonExceptionsWithAdvice(_ c: Case) throws {
        let s = KerasSession()
        s.run(Self.data)
        guard let failure = s.failure(c.code) else { return }
        #expect(failure.type == c.type, "\(failure.message)")
        for fragment in c.fragments {
            #expect(failure.message.contains(fragment), "'\(failure.message)' lacks '\(fragment)'")
        }
        #expect(!failure.message.contains("\n"), "the message should be one line: \(failure.message)")
    }
}
