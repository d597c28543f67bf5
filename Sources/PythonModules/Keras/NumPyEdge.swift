import Interpreter
import Tensors

/// The two calls Keras needs from the NumPy binding: the tensor inside an ndarray, and an ndarray around a tensor.
enum NumPyEdge {
    /// The tensor an ndarray wraps, or nil when `value` is not an ndarray.
    static func tensor(of value: Value) -> Tensor? {
        if case .object(let o) = value, let array = o as? InterimArray { return array.tensor }
        return nil
    }

    /// An ndarray wrapping `tensor`.
    static func array(_ tensor: Tensor, _ interp: PythonInterpreter) throws -> Value {
        .object(InterimArray(tensor))
    }
}

/// Stands in for numpy.ndarray until the NumPy binding lands: shape, indexing by int, float().
final class InterimArray: PyObject {
    let tensor: Tensor
    init(_ tensor: Tensor) { self.tensor = tensor }
    override func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        switch name {
        case "shape": return .tuple(tensor.shape.map { .int($0) })
        case "ndim": return .int(tensor.rank)
        default: return try super.getAttribute(name, interp)
        }
    }
    override func getItem(_ key: Value, _ interp: PythonInterpreter) throws -> Value {
        guard case .int(let i) = key else { throw PythonError.typeError("index must be int") }
        let row = try tensor[.at(i)]
        return row.rank == 0 ? .float(try row.item(Double.self)) : .object(InterimArray(row))
    }
    override func length(_ interp: PythonInterpreter) throws -> Int { tensor.shape.first ?? 0 }
    override func asDouble() throws -> Double? { tensor.count == 1 ? try tensor.reshaped(to: []).item(Double.self) : nil }
    override func repr(_ interp: PythonInterpreter) throws -> String { "\(tensor)" }
}
