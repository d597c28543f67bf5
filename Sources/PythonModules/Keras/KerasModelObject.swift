import Interpreter
import NeuralNet
import Tensors

/// A Keras model as a Python object: the `NeuralNet` model and the Python object of each of its
/// layers, so `model.layers[0]` is the very object the learner created.
///
///     model = tf.keras.models.Sequential([tf.keras.layers.Dense(1, input_shape=[1])])
///     model.layers[0].name      # 'dense'
final class KerasModelObject: PyInstance {
    /// The model, set by `__init__`.
    var model: Model?
    /// Whether `predict` returns a list (the model's `outputs` were given as a list).
    var returnsList = false
    /// The Python objects of the model's layers, by layer identity.
    private var wrappers: [ObjectIdentifier: KerasLayerObject] = [:]
    /// The History of the last `fit` (Keras' `model.history`).
    var history: Value = .none
    /// The optimizer object given to `compile` (or made from its name).
    var optimizerObject: Value = .none
    /// The loss as given to `compile`.
    var lossValue: Value = .none
    /// The layer this model becomes when called on a KerasTensor (one per model, as Keras' node reuse).
    var asLayer: ModelLayer?

    // `model.history.model is model`: every fitted model is in a cycle.
    override func visitReferences(_ visitor: inout ReferenceVisitor) {
        super.visitReferences(&visitor)
        for wrapper in wrappers.values { visitor.visit(wrapper) }
        visitor.visit(history)
        visitor.visit(optimizerObject)
        visitor.visit(lossValue)
    }
    override func clearReferences() {
        super.clearReferences()
        wrappers = [:]
        history = .none
        optimizerObject = .none
        lossValue = .none
        model = nil
    }

    /// The model, or the error for an object whose `__init__` did not run.
    func requireModel() throws -> Model {
        guard let model else {
            throw PythonError.runtimeError("This \(cls.name) model was not initialized. Call \(cls.name)(...) to create it.")
        }
        return model
    }

    /// The Sequential model, or the error for a functional one.
    func requireSequential(_ method: String) throws -> Sequential {
        guard let sequential = try requireModel() as? Sequential else {
            throw PythonError.attributeError(
                "'Functional' object has no attribute '\(method)'. Only Sequential models grow layer by layer; call layers on tensors to extend a functional model.")
        }
        return sequential
    }

    /// The Python objects of the model's layers, in order.
    func layerObjects(_ runtime: KerasRuntime) -> [Value] {
        (model?.layers ?? []).map { .object(object(for: $0, runtime)) }
    }

    /// The Python object of `layer`, made once and kept while the model lives.
    func object(for layer: Layer, _ runtime: KerasRuntime) -> KerasLayerObject {
        if let known = wrappers[ObjectIdentifier(layer)] { return known }
        let object = runtime.object(for: layer)
        if object.owner == nil { object.owner = self }
        wrappers[ObjectIdentifier(layer)] = object
        return object
    }

    /// Adds a Python layer object to a Sequential model.
    func add(_ value: Value, _ interp: PythonInterpreter) throws {
        let model = try requireSequential("add")
        if let input = try inputShape(of: value) {
            guard model.layers.isEmpty else {
                throw PythonError.valueError("An Input can only be the first element of a Sequential model; the model already has layers. Put keras.Input(shape=...) first.")
            }
            try KerasErrors.translating { try model.build(inputShape: input) }
            return
        }
        guard case .object(let o) = value, let object = o as? KerasLayerObject else {
            throw PythonError.typeError(
                "Only instances of `keras.Layer` can be added to a Sequential model. Received: \(try interp.repr(value)) (of type \(value.typeName)). Pass layers such as tf.keras.layers.Dense(10)."
            )
        }
        let layer = try object.requireLayer()
        try KerasErrors.translating { try model.add(layer) }
        object.owner = self
        wrappers[ObjectIdentifier(layer)] = object
    }

    /// The shape a `keras.Input(...)` tensor or an `InputLayer` declares, as the first entry of a
    /// Sequential model (Keras 3's `Sequential([keras.Input(shape=(1,)), ...])`).
    private func inputShape(of value: Value) throws -> [Int]? {
        guard case .object(let o) = value else { return nil }
        if let tensor = o as? KerasSymbolicTensor, tensor.tensor.isInput { return tensor.tensor.shape }
        if let object = o as? KerasLayerObject, let input = object.layer as? InputLayer { return input.declaredInputShape }
        return nil
    }

    /// Removes the last layer of a Sequential model and returns its Python object.
    func pop(_ runtime: KerasRuntime) throws -> Value {
        let layer = try KerasErrors.translating { try requireSequential("pop").pop() }
        let object = self.object(for: layer, runtime)
        wrappers[ObjectIdentifier(layer)] = nil
        return .object(object)
    }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        guard let model else { return try super.repr(interp) }
        let kind = model is Sequential ? "Sequential" : "Functional"
        return "<\(kind) name=\(model.name), built=\(model.isBuilt ? "True" : "False")>"
    }

    override func call(_ args: Arguments) throws -> Value {
        let interp = args.interpreter
        let model = try requireModel()
        guard let input = args.positional.first else {
            throw PythonError.typeError("\(cls.name).call() missing 1 required positional argument: 'inputs'")
        }
        if let (tensors, _) = try KerasSymbolicTensor.tensors(in: input, interp) {
            // Keras: calling a model on a KerasTensor uses it as one layer of a new model.
            guard tensors.count == 1 else {
                throw PythonError.valueError("Model \"\(model.name)\" expects 1 input, but it received \(tensors.count) input tensors. Call it on one tensor.")
            }
            return try KerasErrors.translating {
                if asLayer == nil { asLayer = try ModelLayer(model) }
                guard let layer = asLayer else { return .none }
                return KerasSymbolicTensor.value(try layer(tensors[0]))
            }
        }
        return try KerasErrors.translating {
            let x = try KerasArrays.tensor(from: input, interp, argument: "inputs")
            return try KerasArrays.value(of: try model.predict(x, verbose: 0), interp)
        }
    }
}
