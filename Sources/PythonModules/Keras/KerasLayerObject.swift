import Interpreter
import NeuralNet
import Tensors

/// A Keras layer as a Python object: the `NeuralNet` layer built by the class's `__init__`.
///
///     layer = tf.keras.layers.Dense(10)
///     layer.name, layer.trainable, layer.get_weights()
final class KerasLayerObject: PyInstance {
    /// The layer, set by `__init__`.
    var layer: Layer?
    /// The model the layer was added to (for `layer.output`).
    weak var owner: KerasModelObject?

    /// The layer, or the error for an object whose `__init__` did not run.
    func requireLayer() throws -> Layer {
        guard let layer else {
            throw PythonError.runtimeError("This \(cls.name) layer was not initialized. Call \(cls.name)(...) to create it.")
        }
        return layer
    }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        guard let layer else { return try super.repr(interp) }
        return "<\(layer.typeName) name=\(layer.name), built=\(layer.isBuilt ? "True" : "False")>"
    }

    override func call(_ args: Arguments) throws -> Value {
        let interp = args.interpreter
        let layer = try requireLayer()
        guard let input = args.positional.first else {
            throw PythonError.typeError("\(layer.typeName).call() missing 1 required positional argument: 'inputs'")
        }
        if case .object(let o) = input, o is KerasSymbolicTensor {
            throw PythonError(PyTypes.NotImplementedError, "Calling a layer on a model's tensor (the functional API, as in layers.Flatten()(last_output)) is not supported here. Build the network with tf.keras.Sequential([...]) and add layers with model.add(...).")
        }
        return try KerasErrors.translating {
            let x = try KerasArrays.tensor(from: input, interp, argument: "inputs").cast(to: .float32)
            let y = try Tensor.withoutGradients { try layer(x, training: false) }
            return try KerasArrays.value(of: y, interp)
        }
    }
}

/// The `Layer` base class: properties and methods every layer shares.
enum KerasLayerBase {
    static func layer(_ value: Value) throws -> Layer {
        try KerasNative.payload(value, as: KerasLayerObject.self, expected: "a Keras layer").requireLayer()
    }

    static func makeClass() -> PyClass {
        let owner = "Layer"
        let attributes: [(String, Value)] = [
            ("name", KerasNative.property { v, _ in .str(try layer(v).name) }),
            ("trainable", KerasNative.property({ v, _ in .bool(try layer(v).isTrainable) },
                                               set: { v, new, i in try layer(v).isTrainable = try i.isTruthy(new) })),
            ("built", KerasNative.property { v, _ in .bool(try layer(v).isBuilt) }),
            ("output", KerasNative.property { v, _ in
                try KerasSymbolicTensor.output(of: try KerasNative.payload(v, as: KerasLayerObject.self, expected: "a Keras layer"))
            }),
            ("weights", KerasNative.property { v, i in try arrays(try layer(v).weights, i) }),
            ("trainable_weights", KerasNative.property { v, i in try arrays(try layer(v).parameters, i) }),
            ("non_trainable_weights", KerasNative.property { v, i in
                let l = try layer(v)
                return try arrays(l.isTrainable ? [] : l.weights, i)
            }),
            ("input_shape", KerasNative.property { v, _ in
                let l = try layer(v)
                guard let shape = l.builtInputShape ?? l.declaredInputShape else {
                    throw PythonError.attributeError("The layer \"\(l.name)\" has never been called and thus has no defined input shape. Build the model first (give input_shape= or call fit).")
                }
                return batchShape(shape)
            }),
            ("output_shape", KerasNative.property { v, _ in
                let l = try layer(v)
                guard let input = l.builtInputShape else {
                    throw PythonError.attributeError("The layer \"\(l.name)\" has never been called and thus has no defined output shape. Build the model first (give input_shape= or call fit).")
                }
                return batchShape(try l.outputShape(for: input))
            }),
            KerasNative.method("get_weights", "", owner: owner) { a in try arrays(try layer(a["self"]).weights.map { $0.copy() }, a.interpreter) },
            KerasNative.method("set_weights", "weights", owner: owner) { a in
                try setWeights(try layer(a["self"]), a["weights"], a.interpreter)
                return .none
            },
            KerasNative.method("count_params", "", owner: owner) { a in
                let l = try layer(a["self"])
                guard l.isBuilt else {
                    throw PythonError.valueError("You tried to call `count_params` on layer '\(l.name)', but the layer isn't built. Build it first by giving the model an input_shape or calling fit.")
                }
                return .int(l.parameterCount)
            },
        ]
        return KerasNative.makeClass("Layer", module: "keras.src.layers.layer", attributes: attributes) { KerasLayerObject(cls: $0) }
    }

    /// A Python list of NumPy arrays.
    static func arrays(_ tensors: [Tensor], _ interp: PythonInterpreter) throws -> Value {
        .list(try tensors.map { try KerasArrays.value(of: $0, interp) })
    }

    /// `(None, 28, 28)`.
    static func batchShape(_ shape: [Int]) -> Value {
        .tuple([.none] + shape.map { .int($0) })
    }

    /// Keras' `layer.set_weights`: same count and shapes, values copied in place.
    static func setWeights(_ layer: Layer, _ value: Value, _ interp: PythonInterpreter) throws {
        let current = layer.weights
        let given = try interp.iterateToArray(value)
        guard given.count == current.count else {
            throw PythonError.valueError("Layer \(layer.name) weight shape mismatch: you called `set_weights(weights)` with a weight list of length \(given.count), but the layer was expecting \(current.count) weights. Pass the list that get_weights() returns for this layer.")
        }
        let tensors = try given.enumerated().map { try KerasArrays.tensor(from: $0.element, interp, argument: "weights[\($0.offset)]") }
        for (target, new) in zip(current, tensors) where target.shape != new.shape {
            throw PythonError.valueError("Layer \(layer.name) weight shape \(describeShape(target.shape)) is not compatible with provided weight shape \(describeShape(new.shape)). Pass arrays of the shapes get_weights() returns.")
        }
        for (target, new) in zip(current, tensors) { try target.assign(try new.cast(to: .float32)) }
    }
}
