import Interpreter
import Tensors

/// A NumPy `ndarray` as Python code sees it: a native object wrapping one `Tensor`.
///
///     let array = NDArray(tensor: try Tensor([1, 2, 3] as [Double], shape: [3]))
///     interpreter.setGlobal("x", .object(array))      // Python: print(x) → [1. 2. 3.]
///
/// Views (slices, `.T`, `reshape`) share the tensor's storage as NumPy's views do, and in-place
/// operators (`x /= x.std()`) write into that storage.
public final class NDArray: PyObject {
    /// The wrapped tensor; writes through it are visible to Python.
    public let tensor: Tensor

    /// The first element's address when the tensor is contiguous (its storage never moves), for
    /// element reads and writes in Python loops without per-access layout checks.
    lazy var elementBase: UnsafeMutableRawPointer? = {
        guard tensor.isContiguous, tensor.count > 0 else { return nil }
        func base<T: TensorElement>(_: T.Type) -> UnsafeMutableRawPointer? {
            (try? tensor.withUnsafeMutableBufferPointer(T.self) { UnsafeMutableRawPointer($0.baseAddress) }) ?? nil
        }
        switch tensor.dtype {
        case .float32: return base(Float.self)
        case .float64: return base(Double.self)
        case .int32: return base(Int32.self)
        case .int64: return base(Int64.self)
        case .uint8: return base(UInt8.self)
        case .bool: return base(Bool.self)
        }
    }()

    /// Wraps `tensor` without copying.
    public init(tensor: Tensor) {
        self.tensor = tensor
        super.init()
        CycleCollector.noteNativeAllocation(bytes: tensor.count * tensor.dtype.byteSize)
    }

    /// `tensor` wrapped as a Python value.
    ///
    ///     return NDArray.wrap(try predictions.softmax())
    public static func wrap(_ tensor: Tensor) -> Value { .object(NDArray(tensor: tensor)) }

    override public var pyClass: PyClass { NDArrayClass.type }

    override public func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        if pyClass.lookup(name) != nil { return try super.getAttribute(name, interp) }
        let message = "'numpy.ndarray' object has no attribute '\(name)'"
        throw PythonError.attributeError(message)
    }

    override public func setAttribute(_ name: String, _ value: Value, _ interp: PythonInterpreter) throws {
        if name == "shape" || name == "dtype" {
            throw PythonError.attributeError("setting the \(name) of an array is not supported here; use reshape or astype, which return a new array")
        }
        try super.setAttribute(name, value, interp)
    }

    override public func length(_ interp: PythonInterpreter) throws -> Int {
        guard let first = tensor.shape.first else { throw PythonError.typeError("len() of unsized object") }
        return first
    }

    override public func isTruthy(_ interp: PythonInterpreter) throws -> Bool {
        switch tensor.count {
        case 1: return try interp.isTruthy(scalarValue(of: tensor))
        case 0: throw PythonError.valueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
        default: throw PythonError.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
        }
    }

    override public func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator {
        guard let count = tensor.shape.first else { throw PythonError.typeError("iteration over a 0-d array") }
        var index = 0
        let base = tensor
        return ClosureIterator { _ in
            guard index < count else { return nil }
            defer { index += 1 }
            return try numpyCall { arrayOrScalar(try base.indexed([.at(index)])) }
        }
    }

    override public func hashValue(_ interp: PythonInterpreter) throws -> Int {
        throw PythonError.typeError("unhashable type: 'numpy.ndarray'")
    }

    override public func repr(_ interp: PythonInterpreter) throws -> String {
        ArrayFormatter(options: PrintOptions.of(interp)).repr(tensor)
    }

    override public func str(_ interp: PythonInterpreter) throws -> String {
        ArrayFormatter(options: PrintOptions.of(interp)).str(tensor)
    }

    override public func getItem(_ key: Value, _ interp: PythonInterpreter) throws -> Value { try subscriptGet(key) }

    override public func setItem(_ key: Value, _ value: Value, _ interp: PythonInterpreter) throws { try subscriptSet(key, value) }

    override public func binaryOperation(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: PythonInterpreter) throws -> Value? {
        try arithmetic(op, other, reflected: reflected)
    }

    override public func inPlaceOperation(_ op: BinaryOp, _ other: Value, _ interp: PythonInterpreter) throws -> Value? {
        try arithmeticInPlace(op, other)
    }

    override public func unaryOperation(_ op: UnaryOp, _ interp: PythonInterpreter) throws -> Value { try unaryArithmetic(op, interp) }

    override public func compare(_ op: CompareOp, _ other: Value, _ interp: PythonInterpreter) throws -> Value? {
        try comparison(op, other)
    }

    override public func asDouble() throws -> Double? {
        guard tensor.count == 1 else { throw PythonError.typeError("only length-1 arrays can be converted to Python scalars") }
        return tensor.asArray(Double.self)[0]
    }

    override public func asInt() throws -> Int? {
        guard tensor.count == 1, tensor.dtype.isInteger || tensor.dtype == .bool else { return nil }
        return Int(tensor.asArray(Int64.self)[0])
    }
}
