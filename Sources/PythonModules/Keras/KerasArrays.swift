import Interpreter
import Tensors

/// Converts between the Python values learners pass (NumPy arrays, nested lists, numbers) and
/// `Tensor`s at the edge of the binding, through the NumPy binding; the numbers stay in the tensor.
///
///     let x = try KerasArrays.tensor(from: args["x"], interp, argument: "x")
///     return try KerasArrays.value(of: predictions, interp)     // a numpy.ndarray
enum KerasArrays {
    /// The ndarray's own tensor, or a new float32 tensor from (nested) lists and numbers.
    static func tensor(from value: Value, _ interp: PythonInterpreter, argument: String) throws -> Tensor {
        if let tensor = array(value) { return tensor }
        switch value {
        case .list, .tuple, .int, .float, .bool:
            return try NumPyConversion.tensor(from: value, dtype: .float32)
        default:
            throw PythonError.valueError(
                "Unrecognized data type: \(argument)=\(try interp.repr(value)) (of type \(value.typeName)). Pass a NumPy array (or a list of numbers), e.g. np.array(\(argument)).")
        }
    }

    /// Like `tensor(from:)`, but `nil` for `None`.
    static func optionalTensor(from value: Value, _ interp: PythonInterpreter, argument: String) throws -> Tensor? {
        value.isNone ? nil : try tensor(from: value, interp, argument: argument)
    }

    /// A NumPy array holding `tensor`.
    static func value(of tensor: Tensor, _ interp: PythonInterpreter) throws -> Value {
        NDArray.wrap(tensor)
    }

    /// The tensor of an ndarray, or nil when `value` is not one.
    static func array(_ value: Value) -> Tensor? {
        if case .object(let o) = value, let array = o as? NDArray { return array.tensor }
        return nil
    }
}
