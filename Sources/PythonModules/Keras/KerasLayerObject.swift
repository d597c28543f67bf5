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
    /// The model the layer was added to (for `layer.output` of a Sequential model).
    weak var owner: KerasModelObject?
    /// The session whose counters name the tensors this layer makes.
    weak var runtime: KerasRuntime?

    init(cls: PyClass, runtime: KerasRuntime?) {
        self.runtime = runtime
        super.init(cls: cls)
    }

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
        return try KerasErrors.translating {
            if let (tensors, isList) = try KerasSymbolicTensor.tensors(in: input, interp) {
                let call = { isList ? try layer(tensors) : try layer(tensors[0]) }
                let output = try runtime?.naming(call) ?? call()
                return KerasSymbolicTensor.value(output)
            }
            if let merge = layer as? MergeLayer {
                let items = try interp.iterateToArray(input)
                let xs = try items.enumerated().map { try KerasArrays.tensor(from: $0.element, interp, argument: "inputs[\($0.offset)]").cast(to: .float32) }
                return try KerasArrays.value(of: try Tensor.withoutGradients { try merge(xs, training: false) }, interp)
            }
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

    /// The symbolic output of `object`'s layer (building a Sequential owner's chain first).
    static func output(of object: KerasLayerObject) throws -> Value {
        let layer = try object.requireLayer()
        if layer.output == nil, let model = object.owner?.model {
            let build = { _ = model.inputs }
            if let runtime = object.runtime { runtime.naming(build) } else { build() }
        }
        guard let output = layer.output else {
            throw PythonError.attributeError(
                "The layer \"\(layer.name)\" has never been called and thus has no defined output. Call it on a tensor (x = layer(inputs)) or add it to a Sequential model that has an input_shape first."
            )
        }
        return KerasSymbolicTensor.value(output)
    }

    static func makeClass(runtime: KerasRuntime) -> PyClass {
        let owner = "Layer"
        let attributes: [(String, Value)] = [
            ("name", KerasNative.property { v, _ in .str(try layer(v).name) }),
            (
                "trainable",
                KerasNative.property(
                    { v, _ in .bool(try layer(v).isTrainable) },
                    set: { v, new, i in try layer(v).isTrainable = try i.isTruthy(new) })
            ),
            ("built", KerasNative.property { v, _ in .bool(try layer(v).isBuilt) }),
            (
                "output",
                KerasNative.property { v, _ in
                    try output(of: try KerasNative.payload(v, as: KerasLayerObject.self, expected: "a Keras layer"))
                }
            ),
            (
                "input",
                KerasNative.property { v, _ in
                    let object = try KerasNative.payload(v, as: KerasLayerObject.self, expected: "a Keras layer")
                    guard case .object(let o as KerasSymbolicTensor) = try output(of: object), let input = o.tensor.inputs.first ?? (o.tensor.isInput ? o.tensor : nil) else {
                        throw PythonError.attributeError("The layer has never been called and thus has no defined input.")
                    }
                    return KerasSymbolicTensor.value(input)
                }
            ),
            ("weights", KerasNative.property { v, i in try arrays(try layer(v).weights, i) }),
            ("trainable_weights", KerasNative.property { v, i in try arrays(try layer(v).trainableWeights, i) }),
            (
                "non_trainable_weights",
                KerasNative.property { v, i in
                    try arrays(try layer(v).nonTrainableWeights, i)
                }
            ),
            (
                "input_shape",
                KerasNative.property { v, _ in
                    let l = try layer(v)
                    guard let shape = l.builtInputShape ?? l.declaredInputShape else {
                        throw PythonError.attributeError(
                            "The layer \"\(l.name)\" has never been called and thus has no defined input shape. Build the model first (give input_shape= or call fit).")
                    }
                    return batchShape(shape)
                }
            ),
            (
                "output_shape",
                KerasNative.property { v, _ in
                    let l = try layer(v)
                    guard let input = l.builtInputShape else {
                        throw PythonError.attributeError(
                            "The layer \"\(l.name)\" has never been called and thus has no defined output shape. Build the model first (give input_shape= or call fit).")
                    }
                    // A merge layer's output depends on all its inputs, which its first alone does not show.
                    return batchShape(try l.builtOutputShape ?? l.outputShape(for: input))
                }
            ),
            KerasNative.method("get_weights", "", owner: owner) { a in try arrays(try layer(a["self"]).weights.map { $0.copy() }, a.interpreter) },
            KerasNative.method("set_weights", "weights", owner: owner) { a in
                try setWeights(try layer(a["self"]), a["weights"], a.interpreter)
                return .none
            },
            KerasNative.method("count_params", "", owner: owner) { a in
                let l = try layer(a["self"])
                guard l.isBuilt else {
                    throw PythonError.valueError(
                        "You tried to call `count_params` on layer '\(l.name)', but the layer isn't built. Build it first by giving the model an input_shape or calling fit.")
                }
                return .int(l.parameterCount)
            },
        ]
        return KerasNative.makeClass("Layer", module: "keras.src.layers.layer", attributes: attributes) { [weak runtime] in
            KerasLayerObject(cls: $0, runtime: runtime)
        }
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
            throw PythonError.valueError(
                "Layer \(layer.name) weight shape mismatch: you called `set_weights(weights)` with a weight list of length \(given.count), but the layer was expecting \(current.count) weights. Pass the list that get_weights() returns for this layer."
            )
        }
        let tensors = try given.enumerated().map { try KerasArrays.tensor(from: $0.element, interp, argument: "weights[\($0.offset)]") }
        for (target, new) in zip(current, tensors) where target.shape != new.shape {
            throw PythonError.valueError(
                "Layer \(layer.name) weight shape \(describeShape(target.shape)) is not compatible with provided weight shape \(describeShape(new.shape)). Pass arrays of the shapes get_weights() returns."
            )
        }
        for (target, new) in zip(current, tensors) { try target.assign(try new.cast(to: .float32)) }
    }
}
