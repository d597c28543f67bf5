import Interpreter
import NeuralNet

/// The layer classes of `keras.layers`, each an `__init__` with Keras' parameter names and
/// defaults that creates the matching `NeuralNet` layer.
///
///     tf.keras.layers.Conv2D(64, (3,3), activation='relu', input_shape=(28, 28, 1))
///     tf.keras.layers.MaxPooling2D(2, 2)      # the second positional argument is strides
enum KerasLayerClasses {
    /// Keyword arguments every layer accepts.
    static let common = "name=None, input_shape=None, input_dim=None, trainable=True, dtype=None, **kwargs"

    /// `Dense`, `Conv2D`, … as (name, class) pairs, all subclasses of `base`.
    static func make(base: PyClass, runtime: KerasRuntime) -> [(String, PyClass)] {
        let pooling = "pool_size=(2, 2), strides=None, padding='valid', data_format=None"
        let classes: [(String, String, String, (BoundArguments, Options) throws -> Layer)] = [
            (
                "Dense", "keras.src.layers.core.dense",
                "units, activation=None, use_bias=True, kernel_initializer='glorot_uniform', bias_initializer='zeros'",
                { a, o in
                    try Dense(
                        units: try a.int("units"), activation: try KerasArguments.activation(a["activation"], a.interpreter),
                        useBias: try a.bool("use_bias"),
                        kernelInitializer: try KerasInitializers.resolve(a["kernel_initializer"], a.interpreter, fallback: .glorotUniform),
                        biasInitializer: try KerasInitializers.resolve(a["bias_initializer"], a.interpreter, fallback: .zeros),
                        name: o.name, inputShape: o.inputShape)
                }
            ),
            (
                "Conv2D", "keras.src.layers.convolutional.conv2d",
                "filters, kernel_size, strides=(1, 1), padding='valid', data_format=None, dilation_rate=(1, 1), groups=1, activation=None, use_bias=True, kernel_initializer='glorot_uniform', bias_initializer='zeros'",
                { a, o in
                    try requireDefault(a, "dilation_rate", .tuple([1, 1]), alternative: .int(1))
                    try requireDefault(a, "groups", .int(1))
                    guard let kernel = try KerasArguments.pair(a, "kernel_size") else {
                        throw PythonError.valueError("Conv2D needs a kernel_size, e.g. Conv2D(64, (3, 3)).")
                    }
                    return try Conv2D(
                        filters: try a.int("filters"), kernelSize: kernel,
                        strides: try KerasArguments.pair(a, "strides") ?? (1, 1), padding: try KerasArguments.padding(a),
                        activation: try KerasArguments.activation(a["activation"], a.interpreter),
                        useBias: try a.bool("use_bias"),
                        kernelInitializer: try KerasInitializers.resolve(a["kernel_initializer"], a.interpreter, fallback: .glorotUniform),
                        biasInitializer: try KerasInitializers.resolve(a["bias_initializer"], a.interpreter, fallback: .zeros),
                        name: o.name, inputShape: o.inputShape)
                }
            ),
            (
                "MaxPooling2D", "keras.src.layers.pooling.max_pooling2d", pooling,
                { a, o in
                    try MaxPooling2D(
                        poolSize: try KerasArguments.pair(a, "pool_size") ?? (2, 2), strides: try KerasArguments.pair(a, "strides"),
                        padding: try KerasArguments.padding(a), name: o.name, inputShape: o.inputShape)
                }
            ),
            (
                "AveragePooling2D", "keras.src.layers.pooling.average_pooling2d", pooling,
                { a, o in
                    try AveragePooling2D(
                        poolSize: try KerasArguments.pair(a, "pool_size") ?? (2, 2), strides: try KerasArguments.pair(a, "strides"),
                        padding: try KerasArguments.padding(a), name: o.name, inputShape: o.inputShape)
                }
            ),
            (
                "Flatten", "keras.src.layers.reshaping.flatten", "data_format=None",
                { _, o in
                    Flatten(name: o.name, inputShape: o.inputShape)
                }
            ),
            (
                "Dropout", "keras.src.layers.regularization.dropout", "rate, noise_shape=None, seed=None",
                { a, o in
                    try Dropout(rate: try a.double("rate"), name: o.name, inputShape: o.inputShape)
                }
            ),
            (
                "Activation", "keras.src.layers.activations.activation", "activation",
                { a, o in
                    ActivationLayer(try KerasArguments.activation(a["activation"], a.interpreter), name: o.name, inputShape: o.inputShape)
                }
            ),
            (
                "BatchNormalization", "keras.src.layers.normalization.batch_normalization",
                "axis=-1, momentum=0.99, epsilon=0.001, center=True, scale=True, beta_initializer='zeros', gamma_initializer='ones', moving_mean_initializer='zeros', moving_variance_initializer='ones', beta_regularizer=None, gamma_regularizer=None, beta_constraint=None, gamma_constraint=None, synchronized=False",
                { a, o in
                    try requireDefault(a, "axis", .int(-1), alternative: .int(3))
                    return try BatchNormalization(
                        momentum: try a.double("momentum"), epsilon: try a.double("epsilon"), center: try a.bool("center"),
                        scale: try a.bool("scale"),
                        initializers: (
                            try KerasInitializers.resolve(a["gamma_initializer"], a.interpreter, fallback: .ones),
                            try KerasInitializers.resolve(a["beta_initializer"], a.interpreter, fallback: .zeros),
                            try KerasInitializers.resolve(a["moving_mean_initializer"], a.interpreter, fallback: .zeros),
                            try KerasInitializers.resolve(a["moving_variance_initializer"], a.interpreter, fallback: .ones)
                        ),
                        name: o.name, inputShape: o.inputShape)
                }
            ),
            (
                "Concatenate", "keras.src.layers.merging.concatenate", "axis=-1",
                { a, o in
                    Concatenate(axis: try a.int("axis"), name: o.name)
                }
            ),
            (
                "GlobalAveragePooling2D", "keras.src.layers.pooling.global_average_pooling2d", "data_format=None, keepdims=False",
                { a, o in
                    GlobalAveragePooling2D(keepDims: try a.bool("keepdims"), name: o.name, inputShape: o.inputShape)
                }
            ),
            (
                "GlobalMaxPooling2D", "keras.src.layers.pooling.global_max_pooling2d", "data_format=None, keepdims=False",
                { a, o in
                    GlobalMaxPooling2D(keepDims: try a.bool("keepdims"), name: o.name, inputShape: o.inputShape)
                }
            ),
            (
                "InputLayer", "keras.src.layers.core.input_layer", "shape=None, batch_size=None, batch_shape=None",
                { a, o in
                    guard let shape = try KerasArguments.shape(a, "shape") ?? KerasArguments.shape(a, "batch_shape", withBatchAxis: true) ?? o.inputShape else {
                        throw PythonError.valueError("You must pass a `shape` argument, e.g. InputLayer(shape=(28, 28)).")
                    }
                    return try InputLayer(shape: shape, name: o.name)
                }
            ),
        ]
        var result: [(String, PyClass)] = []
        for (name, module, signature, build) in classes {
            let initializer = PyNativeFunction("\(name).__init__", "self, \(signature), \(common)") { a in
                try KerasErrors.translating {
                    let object = try KerasNative.payload(a["self"], as: KerasLayerObject.self, expected: "a Keras layer")
                    try KerasNative.rejectUnknown(a, in: name)
                    let options = try Options(a, automaticName: { runtime.uniqueName(for: name) })
                    let layer = try build(a, options)
                    layer.isTrainable = try a.bool("trainable")
                    object.layer = layer
                    runtime.register(object)
                    return .none
                }
            }
            let cls = KerasNative.makeClass(name, module: module, bases: [base], attributes: [("__init__", .object(initializer))])
            result.append((name, cls))
        }
        return result
    }

    /// `keras.layers.concatenate(inputs, axis=-1)`: a `Concatenate` layer called on `inputs`.
    static func concatenateFunction(runtime: KerasRuntime) -> (String, Value) {
        KerasNative.function("concatenate", "inputs, axis=-1, **kwargs") { a in
            guard let cls = runtime.classes.layers.first(where: { $0.0 == "Concatenate" })?.1 else { return .none }
            var keywords: [(name: String, value: Value)] = [("axis", a["axis"])]
            for (key, value) in a.keywordArgs { if case .str(let name) = key { keywords.append((name, value)) } }
            let layer = try a.interpreter.call(.object(cls), [], keywords: keywords)
            return try a.interpreter.call(layer, [a["inputs"]])
        }
    }

    /// The options every layer takes.
    struct Options {
        var name: String?
        var inputShape: [Int]?

        init(_ a: BoundArguments, automaticName: () -> String) throws {
            name = try a.optional("name", as: String.self) ?? automaticName()
            inputShape = try KerasArguments.shape(a, "input_shape")
            if inputShape == nil, !a.isNone("input_dim") { inputShape = [try a.int("input_dim")] }
        }
    }

    /// Rejects a non-default value of an argument `NeuralNet` does not implement.
    static func requireDefault(_ a: BoundArguments, _ name: String, _ expected: Value, alternative: Value? = nil) throws {
        let interp = a.interpreter
        let value = a[name]
        if try interp.equals(value, expected) { return }
        if let alternative, try interp.equals(value, alternative) { return }
        throw PythonError.valueError("\(name)=\(try interp.repr(value)) is not supported by this Keras; leave \(name) at its default \(try interp.repr(expected)).")
    }
}
