import Interpreter
import Tensors

/// The reductions `ndarray` methods and module functions share.
enum Reduction: String {
    case sum, mean, std, `var`, max, min, argmax, argmin, any, all
}

/// Shape, reduction and transposition logic shared by `ndarray` methods and `np.` functions,
/// with NumPy's argument forms and error messages.
enum ArrayOperations {
    /// `axis=None`, an int, or a tuple of ints, normalised for `rank`.
    static func axes(_ value: Value, rank: Int) throws -> [Int]? {
        switch value {
        case .none: return nil
        case .tuple(let t): return try t.map { try normalizedAxis(try intValue($0), rank: rank) }
        case .list(let l): return try l.items.map { try normalizedAxis(try intValue($0), rank: rank) }
        default:
            guard let i = try? Int(python: value) else {
                throw PythonError.typeError("'\(value.typeName)' object cannot be interpreted as an integer")
            }
            return [try normalizedAxis(i, rank: rank)]
        }
    }

    /// `a.sum(axis, keepdims)` and friends; a Python number when the result is 0-d.
    static func reduce(_ kind: Reduction, _ tensor: Tensor, axis: Value, keepdims: Bool, ddof: Int = 0) throws -> Value {
        let axes = try self.axes(axis, rank: tensor.rank)
        return try numpyCall {
            if tensor.count == 0, kind == .max || kind == .min || kind == .argmax || kind == .argmin, axes == nil {
                let name = kind == .max ? "maximum" : kind == .min ? "minimum" : kind.rawValue
                throw PythonError.valueError(
                    kind == .argmax || kind == .argmin
                        ? "attempt to get \(kind.rawValue) of an empty sequence"
                        : "zero-size array to reduction operation \(name) which has no identity")
            }
            let result: Tensor
            switch kind {
            case .sum: result = try tensor.sum(axes: axes, keepDims: keepdims)
            case .mean: result = try tensor.mean(axes: axes, keepDims: keepdims)
            case .std: result = try tensor.standardDeviation(axes: axes, keepDims: keepdims, ddof: ddof)
            case .var: result = try tensor.variance(axes: axes, keepDims: keepdims, ddof: ddof)
            case .max: result = try tensor.max(axes: axes, keepDims: keepdims)
            case .min: result = try tensor.min(axes: axes, keepDims: keepdims)
            case .argmax, .argmin:
                guard (axes?.count ?? 1) == 1 else { throw PythonError.typeError("'tuple' object cannot be interpreted as an integer") }
                let flat = axes == nil ? try tensor.reshaped(to: [-1]) : tensor
                let r =
                    kind == .argmax
                    ? try flat.argMax(axis: axes?.first ?? 0, keepDims: keepdims)
                    : try flat.argMin(axis: axes?.first ?? 0, keepDims: keepdims)
                result = axes == nil && keepdims ? try r.reshaped(to: [Int](repeating: 1, count: tensor.rank)) : r
            case .any, .all:
                let truth = try tensor.dtype == .bool ? tensor : (tensor .!= 0.0)
                let count = try truth.cast(to: .int64).sum(axes: axes, keepDims: keepdims)
                let needed = kind == .any ? 1.0 : Double(axes.map { $0.map { tensor.shape[$0] }.reduce(1, *) } ?? tensor.count)
                result = try count .>= needed
            }
            return arrayOrScalar(result)
        }
    }

    /// A shape argument: an int, a tuple/list of ints, or varargs of ints.
    static func shape(_ values: [Value]) throws -> [Int] {
        if values.count == 1 {
            switch values[0] {
            case .tuple(let t): return try t.map(intValue)
            case .list(let l): return try l.items.map(intValue)
            default: break
            }
        }
        return try values.map(intValue)
    }

    static func intValue(_ v: Value) throws -> Int {
        if case .object(let o) = v, let i = try o.asInt() { return i }
        if case .float = v { throw PythonError.typeError("'float' object cannot be interpreted as an integer") }
        do { return try Int(python: v) } catch {
            throw PythonError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    /// `a.reshape(shape)` with NumPy's message for sizes that do not match.
    static func reshape(_ tensor: Tensor, _ shape: [Int]) throws -> Tensor {
        let known = shape.filter { $0 != -1 }
        let product = try checkedElementCount(known)
        let unknowns = shape.count - known.count
        if unknowns > 1 { throw PythonError.valueError("can only specify one unknown dimension") }
        if unknowns == 1 && product == 0 {
            let written = "(" + shape.map { $0 == -1 ? "newaxis" : String($0) }.joined(separator: ",") + ")"
            throw PythonError.valueError("cannot reshape array of size \(tensor.count) into shape \(written)")
        }
        let fits = unknowns == 1 ? (product != 0 && tensor.count % product == 0) || (product == 0 && tensor.count == 0) : product == tensor.count
        guard fits, !known.contains(where: { $0 < 0 }) else {
            let written = unknowns == 1 ? "(" + known.map(String.init).joined(separator: ",") + ")" : numpyShape(shape)
            throw PythonError.valueError("cannot reshape array of size \(tensor.count) into shape \(written)")
        }
        return try numpyCall {
            if tensor.isContiguous { return try tensor.reshaped(to: shape) }
            return try tensor.copy().reshaped(to: shape)
        }
    }

    /// `a.transpose(*axes)`: reverses the axes when none are given.
    static func transpose(_ tensor: Tensor, _ values: [Value]) throws -> Tensor {
        if values.isEmpty || (values.count == 1 && values[0].isNone) { return tensor.transposed() }
        let axes = try shape(values).map { try normalizedAxis($0, rank: tensor.rank) }
        guard axes.count == tensor.rank else { throw PythonError.valueError("axes don't match array") }
        guard Set(axes).count == axes.count else { throw PythonError.valueError("repeated axis in transpose") }
        return try numpyCall { try tensor.transposed(axes: axes) }
    }

    /// Nested Python lists of Python numbers (`a.tolist()`).
    static func toList(_ tensor: Tensor) -> Value {
        let values = elementValues(tensor)
        if tensor.rank == 0 { return values[0] }
        var position = 0
        func build(_ axis: Int) -> Value {
            if axis == tensor.rank - 1 {
                let n = tensor.shape[axis]
                defer { position += n }
                return .list(Array(values[position..<position + n]))
            }
            return .list((0..<tensor.shape[axis]).map { _ in build(axis + 1) })
        }
        return build(0)
    }

    /// Every element as a Python number, in row-major order.
    static func elementValues(_ tensor: Tensor) -> [Value] {
        switch tensor.dtype {
        case .float32: return tensor.asArray(Float.self).map { .float(shortestDouble($0)) }
        case .float64: return tensor.asArray(Double.self).map { .float($0) }
        case .bool: return tensor.asArray(Bool.self).map { .bool($0) }
        default: return tensor.asArray(Int64.self).map { .int(Int($0)) }
        }
    }
}
