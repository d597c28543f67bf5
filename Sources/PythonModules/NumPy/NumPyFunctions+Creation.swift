import Interpreter
import Tensors

/// `np.` functions, grouped by kind; each converts its arguments and calls `Tensors`.
enum NumPyFunctions {
    /// The dtype NumPy infers for a Python fill value.
    static func inferredDType(_ value: Value) -> DType {
        switch value {
        case .bool: return .bool
        case .int: return .int64
        case .object(let o as NDArray): return o.tensor.dtype
        default: return .float64
        }
    }

    static func shapeArgument(_ value: Value) throws -> [Int] {
        let shape = try ArrayOperations.shape([value])
        if shape.contains(where: { $0 < 0 }) { throw PythonError.valueError("negative dimensions are not allowed") }
        _ = try checkedElementCount(shape)
        return shape
    }

    static var creation: [PyNativeFunction] {
        [
            PyNativeFunction("array", "object, dtype=None, *, copy=True, ndmin=0") { a in
                let dtype = try parseDType(a["dtype"])
                if let strings = try StringArray.make(from: a["object"]) {
                    return try dtype.map { NDArray.wrap(try strings.parsed(as: $0)) } ?? .object(strings)
                }
                var t = try NumPyConversion.tensor(from: a["object"], dtype: dtype)
                if case .object(let o as NDArray) = a["object"], t === o.tensor, try a.bool("copy") { t = t.copy() }
                let ndmin = try a.int("ndmin")
                if t.rank < ndmin { t = try numpyCall { try t.reshaped(to: [Int](repeating: 1, count: ndmin - t.rank) + t.shape) } }
                return NDArray.wrap(t)
            },
            PyNativeFunction("asarray", "a, dtype=None") { a in
                if let strings = try StringArray.make(from: a["a"]) {
                    return try parseDType(a["dtype"]).map { NDArray.wrap(try strings.parsed(as: $0)) } ?? .object(strings)
                }
                return NDArray.wrap(try NumPyConversion.tensor(from: a["a"], dtype: try parseDType(a["dtype"])))
            },
            PyNativeFunction("zeros", "shape, dtype=None") { a in
                NDArray.wrap(Tensor.zeros(try shapeArgument(a["shape"]), dtype: try parseDType(a["dtype"]) ?? .float64))
            },
            PyNativeFunction("empty", "shape, dtype=None") { a in
                NDArray.wrap(Tensor.zeros(try shapeArgument(a["shape"]), dtype: try parseDType(a["dtype"]) ?? .float64))
            },
            PyNativeFunction("ones", "shape, dtype=None") { a in
                NDArray.wrap(Tensor.ones(try shapeArgument(a["shape"]), dtype: try parseDType(a["dtype"]) ?? .float64))
            },
            PyNativeFunction("full", "shape, fill_value, dtype=None") { a in
                let value = try Double(python: a["fill_value"])
                let dtype = try parseDType(a["dtype"]) ?? inferredDType(a["fill_value"])
                return NDArray.wrap(Tensor.full(try shapeArgument(a["shape"]), value: value, dtype: dtype))
            },
            like("zeros_like") { t, dtype, _ in Tensor.zeros(t.shape, dtype: dtype) },
            like("empty_like") { t, dtype, _ in Tensor.zeros(t.shape, dtype: dtype) },
            like("ones_like") { t, dtype, _ in Tensor.ones(t.shape, dtype: dtype) },
            PyNativeFunction("full_like", "a, fill_value, dtype=None") { a in
                let t = try NumPyConversion.tensor(from: a["a"])
                return NDArray.wrap(Tensor.full(t.shape, value: try Double(python: a["fill_value"]), dtype: try parseDType(a["dtype"]) ?? t.dtype))
            },
            PyNativeFunction("arange", "start, stop=None, step=None, dtype=None") { a in
                let bounds = a.isNone("stop") ? [Value.int(0), a["start"]] : [a["start"], a["stop"]]
                let step = a.isNone("step") ? Value.int(1) : a["step"]
                let allInts = (bounds + [step]).allSatisfy {
                    if case .int = $0 { return true }; return false
                }
                let dtype = try parseDType(a["dtype"]) ?? (allInts ? .int64 : .float64)
                let values = try (bounds + [step]).map { try Double(python: $0) }
                if values[2] == 0 { throw PythonError(PyTypes.ZeroDivisionError, "division by zero") }
                let count = ((values[1] - values[0]) / values[2]).rounded(.up)
                guard !count.isNaN else { throw PythonError.valueError("arange: cannot compute length") }
                if count > 0 { _ = try checkedElementCount([count > 1e15 ? Int.max : Int(count)]) }
                return NDArray.wrap(try numpyCall { try Tensor.arange(values[0], values[1], step: values[2], dtype: dtype) })
            },
            PyNativeFunction("linspace", "start, stop, num=50, endpoint=True, retstep=False, dtype=None") { a in
                let start = try Double(python: a["start"]), stop = try Double(python: a["stop"])
                let num = try a.int("num")
                guard num >= 0 else { throw PythonError.valueError("Number of samples, \(num), must be non-negative.") }
                _ = try checkedElementCount([num])
                let dtype = try parseDType(a["dtype"]) ?? .float64
                let t: Tensor
                if try a.bool("endpoint") {
                    t = try numpyCall { try Tensor.linspace(start, stop, count: num, dtype: dtype) }
                } else {
                    let step = num > 0 ? (stop - start) / Double(num) : 0
                    t = try numpyCall { try Tensor.linspace(start, start + step * Double(max(num - 1, 0)), count: num, dtype: dtype) }
                }
                return NDArray.wrap(t)
            },
            PyNativeFunction("copy", "a") { a in NDArray.wrap(try NumPyConversion.tensor(from: a["a"]).copy()) },
            PyNativeFunction("dtype", "dtype") { a in
                guard let d = try parseDType(a["dtype"]) else { return .object(DTypeObject(.float64)) }
                return .object(DTypeObject(d))
            },
            PyNativeFunction("eye", "N, M=None, k=0, dtype=None") { a in
                let n = try a.int("N"), m = try a.optional("M", as: Int.self) ?? n, k = try a.int("k")
                guard n >= 0, m >= 0 else { throw PythonError.valueError("negative dimensions are not allowed") }
                _ = try checkedElementCount([n, m])
                var values = [Double](repeating: 0, count: n * m)
                for i in 0..<n where i + k >= 0 && i + k < m { values[i * m + i + k] = 1 }
                return NDArray.wrap(try numpyCall { try Tensor(values, shape: [n, m]).cast(to: try parseDType(a["dtype"]) ?? .float64) })
            },
        ]
    }

    private static func like(_ name: String, _ make: @escaping (Tensor, DType, BoundArguments) throws -> Tensor) -> PyNativeFunction {
        PyNativeFunction(name, "a, dtype=None") { a in
            let t = try NumPyConversion.tensor(from: a["a"])
            return NDArray.wrap(try make(t, try parseDType(a["dtype"]) ?? t.dtype, a))
        }
    }
}
