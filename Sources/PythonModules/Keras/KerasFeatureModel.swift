import Interpreter
import NeuralNet
import Tensors

/// `model.input` and `layer.output` of a built Sequential model: a symbolic reference to the
/// model's input (`index == -1`) or to the output of its layer `index`.
///
///     successive_outputs = [layer.output for layer in model.layers[1:]]
final class KerasSymbolicTensor: PyObject {
    let model: KerasModelObject
    let index: Int
    let shape: [Int]

    init(model: KerasModelObject, index: Int, shape: [Int]) {
        self.model = model
        self.index = index
        self.shape = shape
    }

    override var pyClass: PyClass { Self.type }

    nonisolated(unsafe) static let type = PyClass(name: "KerasTensor", module: "keras.src.backend.common.keras_tensor")

    override func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        switch name {
        case "shape": return KerasLayerBase.batchShape(shape)
        case "dtype": return .str("float32")
        default: return try super.getAttribute(name, interp)
        }
    }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        let shapeText = "(" + (["None"] + shape.map(String.init)).joined(separator: ", ") + (shape.isEmpty ? ",)" : ")")
        return "<KerasTensor shape=\(shapeText), dtype=float32, sparse=False, name=keras_tensor_\(index + 1)>"
    }

    /// The symbolic input of `object`'s model, or Keras' error when it has no defined input yet.
    static func input(of object: KerasModelObject) throws -> Value {
        let model = try object.requireModel()
        guard let shape = model.inputShape else {
            throw PythonError.attributeError("The model \"\(model.name)\" has never been called and thus has no defined input. Give the first layer an input_shape (or call fit first).")
        }
        return .object(KerasSymbolicTensor(model: object, index: -1, shape: shape))
    }

    /// The symbolic output of `layer` in the model that holds it.
    static func output(of layer: KerasLayerObject) throws -> Value {
        let inner = try layer.requireLayer()
        guard let owner = layer.owner, let model = owner.model,
              let index = model.layers.firstIndex(where: { $0 === inner }), index < model.layerOutputShapes.count, model.isBuilt else {
            throw PythonError.attributeError("The layer \"\(inner.name)\" has never been called and thus has no defined output. Add it to a Sequential model that has an input_shape first.")
        }
        return .object(KerasSymbolicTensor(model: owner, index: index, shape: model.layerOutputShapes[index]))
    }
}

/// `tf.keras.models.Model(inputs=model.input, outputs=[layer.output, …])` over a Sequential model:
/// `predict` runs the layers once and returns the requested intermediate outputs (feature maps).
final class KerasFeatureModelObject: PyInstance {
    var source: KerasModelObject?
    var indices: [Int] = []
    var returnsList = true

    static func makeClass() -> PyClass {
        let owner = "Model"
        let attributes: [(String, Value)] = [
            ("__init__", .object(PyNativeFunction("Model.__init__", "self, inputs=None, outputs=None, name=None, **kwargs") { a in
                try KerasErrors.translating {
                    let me = try KerasNative.payload(a["self"], as: KerasFeatureModelObject.self, expected: "a Model")
                    try me.configure(inputs: a["inputs"], outputs: a["outputs"], a.interpreter)
                    return .none
                }
            })),
            KerasNative.method("predict", "x, batch_size=None, verbose='auto', steps=None, callbacks=None", owner: owner) { a in
                let me = try KerasNative.payload(a["self"], as: KerasFeatureModelObject.self, expected: "a Model")
                return try me.predict(a["x"], a.interpreter)
            },
            ("layers", KerasNative.property { v, _ in
                let me = try KerasNative.payload(v, as: KerasFeatureModelObject.self, expected: "a Model")
                return .list(Array((me.source?.layerObjects ?? []).prefix((me.indices.max() ?? -1) + 1)))
            }),
        ]
        return KerasNative.makeClass("Model", module: "keras.src.models.model", attributes: attributes) {
            KerasFeatureModelObject(cls: $0)
        }
    }

    func configure(inputs: Value, outputs: Value, _ interp: PythonInterpreter) throws {
        let unsupported = PythonError(PyTypes.NotImplementedError, "This Keras builds Model(inputs=..., outputs=...) only from a Sequential model's own tensors, e.g. Model(inputs=model.input, outputs=[layer.output for layer in model.layers]). Build new networks with tf.keras.Sequential([...]).")
        guard case .object(let i as KerasSymbolicTensor) = inputs, i.index == -1 else { throw unsupported }
        let items: [Value]
        switch outputs {
        case .list, .tuple: items = try interp.iterateToArray(outputs)
        default: items = [outputs]; returnsList = false
        }
        indices = try items.map { item in
            guard case .object(let o as KerasSymbolicTensor) = item, o.model === i.model, o.index >= 0 else { throw unsupported }
            return o.index
        }
        source = i.model
    }

    func predict(_ value: Value, _ interp: PythonInterpreter) throws -> Value {
        guard let source, let model = source.model else { throw PythonError.runtimeError("This Model was not initialized.") }
        var current = try KerasArrays.tensor(from: value, interp, argument: "x").cast(to: .float32)
        if let expected = model.inputShape, current.rank == expected.count { current = try current.expandedDimensions(axis: 0) }
        let last = indices.max() ?? -1
        var collected: [Int: Tensor] = [:]
        try Tensor.withoutGradients {
            for (index, layer) in model.layers.enumerated() where index <= last {
                current = try layer(current, training: false)
                if indices.contains(index) { collected[index] = current }
            }
        }
        let arrays = try indices.map { index -> Value in
            guard let output = collected[index] else {
                throw PythonError.valueError("The model this Model was built from no longer has a layer \(index); build the Model again from model.input and the current layers' outputs.")
            }
            return try KerasArrays.value(of: output, interp)
        }
        return returnsList ? .list(arrays) : arrays[0]
    }
}
