import BigInt

/// A Python value. Small scalars are stored inline; everything else is a reference.
///
///     let v: Value = .int(3)
///     let s: Value = "hello"          // string literal
///     let l = Value.list([1, 2.5, "x"])
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case str(String)
    case tuple([Value])
    case list(PyList)
    case dict(PyDict)
    case object(PyObject)

    /// A new Python list holding `items`.
    public static func list(_ items: [Value]) -> Value { .list(PyList(items)) }
    /// A new Python dict with string keys, in the given order.
    public static func dict(_ pairs: KeyValuePairs<String, Value>) -> Value {
        let d = PyDict()
        for (k, v) in pairs { d.setString(k, v) }
        return .dict(d)
    }
    /// An arbitrary-size integer, stored inline when it fits in `Int`.
    public static func bigInt(_ v: BigInt) -> Value {
        if let small = Int(exactly: v) { return .int(small) }
        return .object(PyLong(v))
    }

    /// True for `None`.
    public var isNone: Bool { if case .none = self { return true }; return false }
}

extension Value: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
    /// `3` as a Python int.
    public init(integerLiteral value: Int) { self = .int(value) }
    /// `2.5` as a Python float.
    public init(floatLiteral value: Double) { self = .float(value) }
    /// `"text"` as a Python str.
    public init(stringLiteral value: String) { self = .str(value) }
    /// `true` as a Python bool.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    /// `[1, "a"]` as a new Python list.
    public init(arrayLiteral elements: Value...) { self = .list(PyList(elements)) }
}

/// A Swift type that converts to and from Python values at the host edge.
///
///     let n = try Int(python: value)      // TypeError if value is not an int
///     let v = [1, 2, 3].pythonValue      // a Python list
public protocol PythonConvertible {
    /// Converts from Python, throwing `TypeError` when the value has the wrong type.
    init(python: Value) throws
    /// The Python value for this Swift value.
    var pythonValue: Value { get }
}

extension Int: PythonConvertible {
    public init(python v: Value) throws {
        switch v {
        case .int(let i): self = i
        case .bool(let b): self = b ? 1 : 0
        default:
            if case .object(let o) = v, let l = o as? PyLong, let i = Int(exactly: l.value) { self = i; return }
            throw PythonError.typeError("expected an int, got '\(v.typeName)'")
        }
    }
    public var pythonValue: Value { .int(self) }
}

extension Double: PythonConvertible {
    public init(python v: Value) throws {
        switch v {
        case .float(let d): self = d
        case .int(let i): self = Double(i)
        case .bool(let b): self = b ? 1 : 0
        default:
            if case .object(let o) = v, let l = o as? PyLong { self = Double(l.value); return }
            if case .object(let o) = v, let d = try o.asDouble() { self = d; return }
            throw PythonError.typeError("must be real number, not \(v.typeName)")
        }
    }
    public var pythonValue: Value { .float(self) }
}

extension Float: PythonConvertible {
    public init(python v: Value) throws { self = Float(try Double(python: v)) }
    public var pythonValue: Value { .float(Double(self)) }
}

extension String: PythonConvertible {
    public init(python v: Value) throws {
        guard case .str(let s) = v else { throw PythonError.typeError("expected str, got '\(v.typeName)'") }
        self = s
    }
    public var pythonValue: Value { .str(self) }
}

extension Bool: PythonConvertible {
    public init(python v: Value) throws {
        switch v {
        case .bool(let b): self = b
        case .int(let i): self = i != 0
        default: throw PythonError.typeError("expected bool, got '\(v.typeName)'")
        }
    }
    public var pythonValue: Value { .bool(self) }
}

extension Array: PythonConvertible where Element: PythonConvertible {
    /// Accepts a list or tuple.
    public init(python v: Value) throws {
        switch v {
        case .list(let l): self = try l.items.map { try Element(python: $0) }
        case .tuple(let t): self = try t.map { try Element(python: $0) }
        default: throw PythonError.typeError("expected a list or tuple, got '\(v.typeName)'")
        }
    }
    public var pythonValue: Value { .list(PyList(map(\.pythonValue))) }
}

extension Optional: PythonConvertible where Wrapped: PythonConvertible {
    public init(python v: Value) throws { self = v.isNone ? nil : try Wrapped(python: v) }
    public var pythonValue: Value { self?.pythonValue ?? .none }
}

extension Dictionary: PythonConvertible where Key == String, Value: PythonConvertible {
    public init(python v: Interpreter.Value) throws {
        guard case .dict(let d) = v else { throw PythonError.typeError("expected a dict, got '\(v.typeName)'") }
        var out: [String: Value] = [:]
        for (k, item) in d.pairs {
            guard case .str(let s) = k else { throw PythonError.typeError("expected str keys, got '\(k.typeName)'") }
            out[s] = try Value(python: item)
        }
        self = out
    }
    public var pythonValue: Interpreter.Value {
        let d = PyDict()
        for (k, v) in self.sorted(by: { $0.key < $1.key }) { d.setString(k, v.pythonValue) }
        return .dict(d)
    }
}

extension Value: PythonConvertible {
    public init(python: Value) throws { self = python }
    public var pythonValue: Value { self }
}

extension Value: CustomStringConvertible {
    /// The Python `repr`, for debugging from Swift (Python-defined `__repr__` is not called).
    public var description: String {
        switch self {
        case .object(let o as PyInstance): return "<\(o.cls.name) object>"
        default: return (try? PythonInterpreter.scratch.repr(self)) ?? "<\(typeName)>"
        }
    }
}
