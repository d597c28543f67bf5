import Interpreter
import Tensors

/// Converts between the Python values learners pass (NumPy arrays, nested lists, numbers) and
/// `Tensor`s at the edge of the binding; the numbers themselves stay in the tensor.
///
///     let x = try KerasArrays.tensor(from: args["x"], interp, argument: "x")
///     return try KerasArrays.value(of: predictions, interp)     // a numpy.ndarray
enum KerasArrays {
    /// The tensor behind `value`: an ndarray's own tensor, or a new float32 tensor from (nested) lists and numbers.
    static func tensor(from value: Value, _ interp: PythonInterpreter, argument: String) throws -> Tensor {
        if let tensor = NumPyEdge.tensor(of: value) { return tensor }
        switch value {
        case .list, .tuple, .int, .float, .bool:
            var shape: [Int] = []
            var values: [Float] = []
            try flatten(value, depth: 0, shape: &shape, into: &values, argument: argument)
            return try Tensor(values, shape: shape)
        default:
            throw PythonError.valueError("Unrecognized data type: \(argument)=\(try interp.repr(value)) (of type \(value.typeName)). Pass a NumPy array (or a list of numbers), e.g. np.array(\(argument)).")
        }
    }

    /// Like `tensor(from:)`, but `nil` for `None`.
    static func optionalTensor(from value: Value, _ interp: PythonInterpreter, argument: String) throws -> Tensor? {
        value.isNone ? nil : try tensor(from: value, interp, argument: argument)
    }

    /// A NumPy array holding `tensor`.
    static func value(of tensor: Tensor, _ interp: PythonInterpreter) throws -> Value {
        try NumPyEdge.array(tensor, interp)
    }

    /// Whether `value` is a NumPy array.
    static func isArray(_ value: Value) -> Bool { NumPyEdge.tensor(of: value) != nil }

    private static func flatten(_ value: Value, depth: Int, shape: inout [Int], into values: inout [Float], argument: String) throws {
        switch value {
        case .int(let i): try scalar(Float(i), depth: depth, shape: &shape, into: &values, argument: argument)
        case .float(let d): try scalar(Float(d), depth: depth, shape: &shape, into: &values, argument: argument)
        case .bool(let b): try scalar(b ? 1 : 0, depth: depth, shape: &shape, into: &values, argument: argument)
        case .list(let list): try sequence(list.items, depth: depth, shape: &shape, into: &values, argument: argument)
        case .tuple(let items): try sequence(items, depth: depth, shape: &shape, into: &values, argument: argument)
        default:
            if let tensor = NumPyEdge.tensor(of: value) {
                let inner = tensor.shape
                if depth == shape.count { shape += inner } else if Array(shape[depth...]) != inner { throw ragged(argument) }
                values += try tensor.cast(to: .float32).asArray(Float.self)
                return
            }
            throw PythonError.valueError("Unrecognized data type in \(argument): \(value.typeName). Pass numbers only, e.g. [1.0, 2.0].")
        }
    }

    private static func scalar(_ x: Float, depth: Int, shape: inout [Int], into values: inout [Float], argument: String) throws {
        guard depth == shape.count else { throw ragged(argument) }
        values.append(x)
    }

    private static func sequence(_ items: [Value], depth: Int, shape: inout [Int], into values: inout [Float], argument: String) throws {
        if depth == shape.count { shape.append(items.count) } else if shape[depth] != items.count { throw ragged(argument) }
        for item in items { try flatten(item, depth: depth + 1, shape: &shape, into: &values, argument: argument) }
        if items.isEmpty, depth + 1 < shape.count { throw ragged(argument) }
    }

    private static func ragged(_ argument: String) -> PythonError {
        PythonError.valueError("setting an array element with a sequence. The requested array has an inhomogeneous shape (\(argument)). Make every row of the list the same length.")
    }
}
