import Interpreter
import NeuralNet
import Tensors

/// A `NeuralNet` symbolic tensor as Python's `KerasTensor`: what `Input(...)`, `layer.output`
/// and `model.input` give, and what layers are called on to build a functional model.
///
///     inputs = tf.keras.Input(shape=(150, 150, 3))
///     x = layers.Conv2D(16, 3)(inputs)      # <KerasTensor shape=(None, 148, 148, 16), …>
final class KerasSymbolicTensor: PyObject {
    let tensor: SymbolicTensor

    init(_ tensor: SymbolicTensor) {
        self.tensor = tensor
    }

    override var pyClass: PyClass { Self.type }

    nonisolated(unsafe) static let type = PyClass(name: "KerasTensor", module: "keras.src.backend.common.keras_tensor")

    override func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        switch name {
        case "shape": return KerasLayerBase.batchShape(tensor.shape)
        case "dtype": return .str("float32")
        case "name": return .str(tensor.name)
        case "ndim": return .int(tensor.shape.count + 1)
        default: return try super.getAttribute(name, interp)
        }
    }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        let shape = tensor.shape
        let shapeText = "(" + (["None"] + shape.map(String.init)).joined(separator: ", ") + (shape.isEmpty ? ",)" : ")")
        return "<KerasTensor shape=\(shapeText), dtype=float32, sparse=False, name=\(tensor.name)>"
    }

    /// The Python value of `tensor`.
    static func value(_ tensor: SymbolicTensor) -> Value {
        .object(KerasSymbolicTensor(tensor))
    }

    /// The symbolic tensors in `value` (one, or a list or tuple of them), or nil when it holds none.
    static func tensors(in value: Value, _ interp: PythonInterpreter) throws -> (tensors: [SymbolicTensor], isList: Bool)? {
        if case .object(let o as KerasSymbolicTensor) = value { return ([o.tensor], false) }
        switch value {
        case .list, .tuple:
            let items = try interp.iterateToArray(value)
            let tensors = items.compactMap { item -> SymbolicTensor? in
                if case .object(let o as KerasSymbolicTensor) = item { return o.tensor }
                return nil
            }
            guard !tensors.isEmpty else { return nil }
            guard tensors.count == items.count else {
                throw PythonError.typeError(
                    "Expected only KerasTensors in the list (the outputs of Input(...) or of layers), but some items are of other types. Pass e.g. [x1, x2].")
            }
            return (tensors, true)
        default:
            return nil
        }
    }

    /// `keras.Input(shape=...)`.
    static func inputFunction(runtime: KerasRuntime) -> (String, Value) {
        KerasNative.function("Input", "shape=None, batch_size=None, dtype=None, sparse=None, batch_shape=None, name=None, tensor=None, optional=False") { a in
            guard let shape = try KerasArguments.shape(a, "shape") ?? KerasArguments.shape(a, "batch_shape", withBatchAxis: true) else {
                throw PythonError.valueError("You must pass a `shape` argument, e.g. Input(shape=(150, 150, 3)).")
            }
            let name = try a.optional("name", as: String.self)
            let tensor = try runtime.naming { try NeuralNet.Input(shape: shape, name: name) }
            return value(tensor)
        }
    }
}
