import Interpreter
import Tensors

/// Converts Python arguments (arrays, lists, tuples, ranges, History lists, scalars) into the
/// plain numbers the plotting model takes, with matplotlib's messages for what cannot be plotted.
enum PlotValues {
    /// A 1-D run of numbers for `plot`: a scalar becomes one point; an (N, 1) or (1, N) array is
    /// flattened; wider 2-D arrays are refused with the per-column spelling that works.
    static func numbers(_ value: Value, _ interp: PythonInterpreter, function: String = "plot") throws -> [Double] {
        switch value {
        case .int(let number): return [Double(number)]
        case .float(let number): return [number]
        case .bool(let flag): return [flag ? 1 : 0]
        case .none:
            throw PythonError.typeError("\(function)() cannot use None here; pass a list or array of numbers")
        case .str(let text):
            throw PythonError.typeError("\(function)() expects numbers here, not the string '\(text)'")
        default:
            let tensor = try tensor(value, interp)
            let nonUnit = tensor.shape.filter { $0 != 1 }
            guard nonUnit.count <= 1 else {
                let shape = "(" + tensor.shape.map(String.init).joined(separator: ", ") + ")"
                throw PythonError.valueError(
                    "plotting an array of shape \(shape) column by column is not supported here; "
                        + "plot one column at a time, e.g. plt.plot(x, y[:, 0])")
            }
            return tensor.doubleValues()
        }
    }

    /// Image data for `imshow`: the values as floats, the shape, and whether they are integers
    /// (0…255 for RGB data, as matplotlib reads `uint8` images).
    static func image(_ value: Value, _ interp: PythonInterpreter) throws -> (values: [Float], shape: [Int], isInteger: Bool) {
        let data = try NumPyConversion.tensor(from: try arrayInterface(value, interp))
        let shapeText = "(" + data.shape.map(String.init).joined(separator: ", ") + (data.rank == 1 ? ",)" : ")")
        guard data.rank == 2 || data.rank == 3 else {
            throw PythonError.typeError("Invalid shape \(shapeText) for image data")
        }
        return (data.asArray(Float.self), data.shape, data.dtype.isInteger)
    }

    /// A tensor for an array-like value: ndarrays and nested lists through NumPy's conversion,
    /// any other iterable (a `range`, `dict.values()`) element by element.
    static func tensor(_ value: Value, _ interp: PythonInterpreter) throws -> Tensor {
        if isArrayLike(value) { return try NumPyConversion.tensor(from: value) }
        let items: [Value]
        do {
            items = try interp.iterateToArray(value)
        } catch {
            throw PythonError.typeError("expected a list or array of numbers, not '\(value.typeName)'")
        }
        var numbers: [Double] = []
        numbers.reserveCapacity(items.count)
        for item in items {
            guard let number = try? Double(python: item) else {
                throw PythonError.typeError("expected numbers, but an element is '\(item.typeName)'")
            }
            numbers.append(number)
        }
        return try Tensor(numbers, shape: [numbers.count])
    }

    /// `value` itself when NumPy's conversion takes it, else what its `__array__()` returns (how
    /// PIL-like images from `load_img` offer their pixels), else matplotlib's `TypeError`.
    static func arrayInterface(_ value: Value, _ interp: PythonInterpreter) throws -> Value {
        if isArrayLike(value) { return value }
        let refusal = PythonError.typeError("Image data of dtype object cannot be converted to float")
        guard case .object = value, (try? interp.getAttribute(value, "__array__")) != nil else { throw refusal }
        let converted = try interp.callMethod(value, "__array__", [])
        guard isArrayLike(converted) else { throw refusal }
        return converted
    }

    /// Whether NumPy's conversion handles `value` directly.
    static func isArrayLike(_ value: Value) -> Bool {
        switch value {
        case .list, .tuple, .int, .float, .bool: return true
        case .object(let object): return object is NDArray
        default: return false
        }
    }

    /// A `(width, height)` pair such as `figsize=(10, 5)`; `name` is the keyword for messages.
    static func pair(_ value: Value, name: String) throws -> (Double, Double) {
        let items: [Value]
        switch value {
        case .tuple(let elements): items = elements
        case .list(let list): items = list.items
        case .object(let object as NDArray): items = object.tensor.doubleValues().map(Value.float)
        default:
            throw PythonError.typeError("\(name) must be a (width, height) pair of numbers, not '\(value.typeName)'")
        }
        guard items.count == 2, let first = try? Double(python: items[0]), let second = try? Double(python: items[1]) else {
            throw PythonError.valueError("\(name) must be a (width, height) pair of numbers, e.g. \(name)=(10, 5)")
        }
        return (first, second)
    }

    /// An optional number argument; `None` is nil, anything else must convert to a float.
    static func optionalNumber(_ value: Value, name: String) throws -> Double? {
        if value.isNone { return nil }
        guard let number = try? Double(python: value) else {
            throw PythonError.typeError("\(name) must be a number, not '\(value.typeName)'")
        }
        return number
    }
}
