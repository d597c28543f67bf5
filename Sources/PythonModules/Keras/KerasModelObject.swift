import Interpreter
import NeuralNet
import Tensors

/// A Keras `Sequential` model as a Python object: the `NeuralNet` model and the Python layer
/// objects it was given, so `model.layers[0]` is the very object the learner created.
///
///     model = tf.keras.models.Sequential([tf.keras.layers.Dense(1, input_shape=[1])])
///     model.layers[0].name      # 'dense'
final class KerasModelObject: PyInstance {
    /// The model, set by `__init__`.
    var model: Sequential?
    /// The Python object of each layer, in model order.
    var layerObjects: [Value] = []
    /// The History of the last `fit` (Keras' `model.history`).
    var history: Value = .none
    /// The optimizer object given to `compile` (or made from its name).
    var optimizerObject: Value = .none
    /// The loss as given to `compile`.
    var lossValue: Value = .none

    // `model.history.model is model`: every fitted model is in a cycle.
    override func visitReferences(_ visitor: inout ReferenceVisitor) {
        super.visitReferences(&visitor)
        visitor.visit(all: layerObjects)
        visitor.visit(history)
        visitor.visit(optimizerObject)
        visitor.visit(lossValue)
    }
    override func clearReferences() {
        super.clearReferences()
        layerObjects = []
        history = .none
        optimizerObject = .none
        lossValue = .none
        model = nil
    }

    /// The model, or the error for an object whose `__init__` did not run.
    func requireModel() throws -> Sequential {
        guard let model else {
            throw PythonError.runtimeError("This \(cls.name) model was not initialized. Call \(cls.name)([...]) to create it.")
        }
        return model
    }

    /// Adds a Python layer object, keeping both lists in step.
    func add(_ value: Value, _ interp: PythonInterpreter) throws {
        let model = try requireModel()
        guard case .object(let o) = value, let object = o as? KerasLayerObject else {
            throw PythonError.typeError("Only instances of `keras.Layer` can be added to a Sequential model. Received: \(try interp.repr(value)) (of type \(value.typeName)). Pass layers such as tf.keras.layers.Dense(10).")
        }
        try KerasErrors.translating { try model.add(try object.requireLayer()) }
        object.owner = self
        layerObjects.append(value)
    }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        guard let model else { return try super.repr(interp) }
        return "<Sequential name=\(model.name), built=\(model.isBuilt ? "True" : "False")>"
    }

    override func call(_ args: Arguments) throws -> Value {
        let interp = args.interpreter
        let model = try requireModel()
        guard let input = args.positional.first else {
            throw PythonError.typeError("Sequential.call() missing 1 required positional argument: 'inputs'")
        }
        return try KerasErrors.translating {
            let x = try KerasArrays.tensor(from: input, interp, argument: "inputs")
            return try KerasArrays.value(of: try model.predict(x, verbose: 0), interp)
        }
    }
}
