import Interpreter
import Tensors

/// Converting Python values to tensors and back, for this binding and the keras binding.
public enum NumPyConversion {
    /// A tensor for any array-like Python value: an `ndarray` (shared, no copy unless a cast is
    /// needed), nested lists/tuples of numbers or arrays, or a scalar. `dtype == nil` infers as
    /// NumPy does (Python floats → float64, ints → int64, bools → bool, arrays keep theirs).
    ///
    ///     let x = try NumPyConversion.tensor(from: arguments["x"], dtype: .float32)
    public static func tensor(from value: Value, dtype: DType? = nil) throws -> Tensor {
        try numpyCall {
            let tensor = try tensorFrom(value)
            guard let dtype else { return tensor }
            return try tensor.cast(to: dtype)
        }
    }

    /// A Python value for a tensor: an `ndarray`, or a Python number when it is 0-d.
    public static func value(from tensor: Tensor) -> Value { arrayOrScalar(tensor) }

    /// The single element of `tensor` as a Python number (float32 values keep their shortest
    /// float32 spelling, so `print(y[0][0])` shows `18.98` as NumPy does).
    public static func scalar(from tensor: Tensor) -> Value { scalarValue(of: tensor) }
}

/// `.object(NDArray)` for arrays with axes, a Python number for 0-d results (indexing to an
/// element, reductions without an axis), as NumPy returns scalars there.
func arrayOrScalar(_ tensor: Tensor) -> Value {
    tensor.rank == 0 ? scalarValue(of: tensor) : NDArray.wrap(tensor)
}

/// The first element of `tensor` as a Python number.
func scalarValue(of tensor: Tensor) -> Value {
    switch tensor.dtype {
    case .float32: return .float(shortestDouble(tensor.asArray(Float.self)[0]))
    case .float64: return .float(tensor.asArray(Double.self)[0])
    case .bool: return .bool(tensor.asArray(Bool.self)[0])
    default: return .int(Int(tensor.asArray(Int64.self)[0]))
    }
}

/// The Double whose shortest spelling equals the float32's shortest spelling: `0.1f` → `0.1`.
@inline(__always) func shortestDouble(_ value: Float) -> Double {
    guard value.isFinite else { return Double(value) }
    return Double(value.description) ?? Double(value)
}

/// What a nested list holds so far, for NumPy's dtype inference.
private enum LeafKind: Int, Comparable {
    case bool, int, float
    static func < (a: LeafKind, b: LeafKind) -> Bool { a.rawValue < b.rawValue }
}

/// A tensor for an array-like value with NumPy's inference.
func tensorFrom(_ value: Value) throws -> Tensor {
    switch value {
    case .object(let o as NDArray): return o.tensor
    case .int(let i): return Tensor(Int64(i))
    case .float(let d): return Tensor(d)
    case .bool(let b): return Tensor(b)
    case .list, .tuple: return try tensorFromNested(value)
    case .object(let o as StringArray):
        throw PythonError.valueError("could not convert string to float: np.str_('\(o.values.first ?? "")'); convert the strings first with .astype('float')")
    case .object(let o):
        if let d = try o.asDouble() { return Tensor(d) }
        throw PythonError.typeError("expected an array-like value (a list, tuple, number or numpy array), received '\(value.typeName)'")
    default:
        throw PythonError.typeError("expected an array-like value (a list, tuple, number or numpy array), received '\(value.typeName)'")
    }
}

private func items(_ value: Value) -> [Value]? {
    switch value {
    case .list(let l): return l.items
    case .tuple(let t): return t
    default: return nil
    }
}

private func tensorFromNested(_ value: Value) throws -> Tensor {
    // A list of same-shaped arrays (images collected in a loop) stacks without a Double detour.
    if let children = items(value), let first = children.first, case .object(let head as NDArray) = first {
        let arrays = children.compactMap { child -> Tensor? in
            if case .object(let a as NDArray) = child, a.tensor.shape == head.tensor.shape { return a.tensor }
            return nil
        }
        if arrays.count == children.count { return try ModuleFunctions.stack(arrays, axis: 0) }
    }
    var shape: [Int] = []
    var probe = value
    var arrayLeafDType: DType? = nil
    while true {
        if let children = items(probe) {
            shape.append(children.count)
            guard let first = children.first else { break }
            probe = first
        } else if case .object(let o as NDArray) = probe {
            shape += o.tensor.shape
            arrayLeafDType = o.tensor.dtype
            break
        } else {
            break
        }
    }
    var doubles: [Double] = []
    doubles.reserveCapacity(shape.reduce(1, *))
    var kind = LeafKind.bool
    var sawArray = false
    var sawPlain = false
    var arrayDType: DType? = arrayLeafDType
    func visit(_ v: Value, depth: Int) throws {
        if depth < shape.count, let children = items(v) {
            guard children.count == shape[depth] else { throw inhomogeneous(shape, depth) }
            for child in children { try visit(child, depth: depth + 1) }
            return
        }
        if case .object(let o as StringArray) = v {
            throw PythonError.valueError("could not convert string to float: np.str_('\(o.values.first ?? "")')")
        }
        if case .object(let o as NDArray) = v {
            guard Array(shape[depth...]) == o.tensor.shape else { throw inhomogeneous(shape, depth) }
            sawArray = true
            arrayDType = DType.promote(arrayDType ?? o.tensor.dtype, o.tensor.dtype)
            doubles.append(contentsOf: o.tensor.doubleValues())
            return
        }
        guard depth == shape.count else { throw inhomogeneous(shape, depth) }
        sawPlain = true
        switch v {
        case .bool(let b): doubles.append(b ? 1 : 0)
        case .int(let i): doubles.append(Double(i)); kind = max(kind, .int)
        case .float(let d): doubles.append(d); kind = .float
        case .str(let s):
            throw PythonError.valueError("could not convert string to float: '\(s)' (arrays of strings are not supported; convert with float() first)")
        case .object(let o) where (try? o.asDouble()) != nil:
            doubles.append(try o.asDouble()!); kind = .float
        default:
            throw PythonError.typeError("float() argument must be a string or a real number, not '\(v.typeName)'")
        }
    }
    try visit(value, depth: 0)
    var dtype: DType
    switch kind {
    case .bool: dtype = .bool
    case .int: dtype = .int64
    case .float: dtype = .float64
    }
    if let arrayDType, sawArray {
        dtype = sawPlain ? DType.promote(arrayDType, dtype) : arrayDType
    }
    if shape.reduce(1, *) == 0 && !sawArray { dtype = .float64 }
    return try Tensor(doubles, shape: shape).cast(to: dtype)
}

private func inhomogeneous(_ shape: [Int], _ depth: Int) -> PythonError {
    PythonError.valueError(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(describeShape(Array(shape[..<depth]))) + inhomogeneous part."
    )
}
