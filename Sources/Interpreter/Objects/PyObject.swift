/// Base class of every Python object that is not stored inline in `Value`, and the protocol
/// native Swift objects implement: override what your type supports; the defaults raise
/// CPython's `TypeError`/`AttributeError`.
///
///     final class Counter: PyObject {
///         var n = 0
///         override var pyClass: PyClass { Counter.type }
///         override func length(_ interp: PythonInterpreter) throws -> Int { n }
///     }
open class PyObject: Collectable {
    /// Creates the object; subclasses add their own state.
    override public init() {}

    /// The object's class, used by `type()`, `isinstance` and method lookup.
    open var pyClass: PyClass { PyTypes.object }

    /// The type name used in error messages.
    public var typeName: String { pyClass.name }

    /// Reads `obj.name`. The default looks the name up in the class (binding methods, calling
    /// properties) and raises `AttributeError` with "Did you mean" on a miss.
    open func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        if let v = try pyClass.lookupBound(name, on: .object(self), interp) { return v }
        throw attributeError(name)
    }

    /// Writes `obj.name = value`. Properties with setters in the class are honoured.
    open func setAttribute(_ name: String, _ value: Value, _ interp: PythonInterpreter) throws {
        if case .object(let o)? = pyClass.lookup(name), let p = o as? PyProperty, let setter = p.setter {
            try setter(.object(self), value, interp); return
        }
        if pyClass.lookup(name) != nil {
            throw PythonError.attributeError("'\(typeName)' object attribute '\(name)' is read-only")
        }
        throw PythonError.attributeError("'\(typeName)' object has no attribute '\(name)'")
    }

    /// Deletes `obj.name`.
    open func deleteAttribute(_ name: String, _ interp: PythonInterpreter) throws {
        throw attributeError(name)
    }

    /// Names for `dir()` and for "Did you mean" suggestions.
    open func attributeNames() -> [String] { pyClass.allAttributeNames() }

    /// Calls the object: `obj(*args, **kwargs)`.
    open func call(_ args: Arguments) throws -> Value {
        throw PythonError.typeError("'\(typeName)' object is not callable")
    }

    /// `obj[key]`; `key` may be a tuple (multi-axis), `PySlice`, `Ellipsis` or `None`.
    open func getItem(_ key: Value, _ interp: PythonInterpreter) throws -> Value {
        throw PythonError.typeError("'\(typeName)' object is not subscriptable")
    }

    /// `obj[key] = value`.
    open func setItem(_ key: Value, _ value: Value, _ interp: PythonInterpreter) throws {
        throw PythonError.typeError("'\(typeName)' object does not support item assignment")
    }

    /// `del obj[key]`.
    open func deleteItem(_ key: Value, _ interp: PythonInterpreter) throws {
        throw PythonError.typeError("'\(typeName)' object does not support item deletion")
    }

    /// An iterator for `for x in obj`.
    open func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator {
        throw PythonError.typeError("'\(typeName)' object is not iterable")
    }

    /// `len(obj)`.
    open func length(_ interp: PythonInterpreter) throws -> Int {
        throw PythonError.typeError("object of type '\(typeName)' has no len()")
    }

    /// `bool(obj)`; defaults to `len(obj) != 0` when `length` is implemented, else true.
    open func isTruthy(_ interp: PythonInterpreter) throws -> Bool {
        do { return try length(interp) != 0 } catch let e as PythonError where e.exception.cls === PyTypes.TypeError { return true }
    }

    /// `x in obj`; defaults to iterating.
    open func contains(_ item: Value, _ interp: PythonInterpreter) throws -> Bool {
        let it = try makeIterator(interp)
        while let v = try it.next(interp) { if try interp.equals(v, item) { return true } }
        return false
    }

    /// A binary operator with `self` on the left (`reflected == false`) or on the right
    /// (`reflected == true`, as in `2 * array`). Return `nil` for NotImplemented.
    open func binaryOperation(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: PythonInterpreter) throws -> Value? { nil }

    /// In-place operator (`x += y`); `nil` falls back to the binary operator.
    open func inPlaceOperation(_ op: BinaryOp, _ other: Value, _ interp: PythonInterpreter) throws -> Value? { nil }

    /// A unary operator (`-x`, `+x`, `~x`).
    open func unaryOperation(_ op: UnaryOp, _ interp: PythonInterpreter) throws -> Value {
        throw PythonError.typeError("bad operand type for unary \(op.rawValue): '\(typeName)'")
    }

    /// A rich comparison (`==`, `!=`, `<`, `<=`, `>`, `>=`); `nil` for NotImplemented.
    /// Equality defaults to identity.
    open func compare(_ op: CompareOp, _ other: Value, _ interp: PythonInterpreter) throws -> Value? {
        switch op {
        case .eq: if case .object(let o) = other { return .bool(o === self) }; return .bool(false)
        case .ne: if case .object(let o) = other { return .bool(o !== self) }; return .bool(true)
        default: return nil
        }
    }

    /// A hash for use as a dict key or set member; throw `TypeError` for unhashable objects.
    open func hashValue(_ interp: PythonInterpreter) throws -> Int { ObjectIdentifier(self).hashValue }

    /// `repr(obj)`.
    open func repr(_ interp: PythonInterpreter) throws -> String {
        "<\(pyClass.qualifiedName) object at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))>"
    }

    /// `str(obj)`; defaults to `repr`.
    open func str(_ interp: PythonInterpreter) throws -> String { try repr(interp) }

    /// A float view for `float(obj)` and numeric conversion (e.g. a one-element array); `nil` if none.
    open func asDouble() throws -> Double? { nil }

    /// An int view for `int(obj)` and indexing; `nil` if none.
    open func asInt() throws -> Int? { nil }

    /// The `AttributeError` for a missing attribute, with CPython's "Did you mean" suggestion.
    public func attributeError(_ name: String) -> PythonError {
        var message = "'\(typeName)' object has no attribute '\(name)'"
        if let s = suggestion(for: name, among: attributeNames()) { message += ". Did you mean: '\(s)'?" }
        let e = PythonError.attributeError(message)
        e.exception.attributes["name"] = .str(name)
        return e
    }
}

/// An iterator over Python values; `next` returns `nil` when exhausted.
open class PyIterator: PyObject {
    override public init() {}
    /// The next value, or `nil` at the end.
    open func next(_ interp: PythonInterpreter) throws -> Value? { nil }
    override open var pyClass: PyClass { PyTypes.iterator }
    override open func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator { self }
    override open func isTruthy(_ interp: PythonInterpreter) throws -> Bool { true }
}

/// An iterator over a Swift array snapshot.
final class ArrayIterator: PyIterator {
    let items: [Value]
    var index = 0
    init(_ items: [Value]) { self.items = items; super.init(); trackForCollection() }
    override func visitReferences(_ visitor: inout ReferenceVisitor) { visitor.visit(all: items) }
    override func next(_ interp: PythonInterpreter) throws -> Value? {
        guard index < items.count else { return nil }
        defer { index += 1 }
        return items[index]
    }
}

/// An iterator driven by a Swift closure.
public final class ClosureIterator: PyIterator {
    let body: (PythonInterpreter) throws -> Value?
    /// Creates an iterator that calls `body` until it returns `nil`.
    public init(_ body: @escaping (PythonInterpreter) throws -> Value?) { self.body = body }
    override public func next(_ interp: PythonInterpreter) throws -> Value? {
        // Ranges, map, zip and generator expressions run here: native loops over them
        // (`sum(range(10**12))`, `any(…)`) count their elements like Python loops.
        try interp.countStep()
        return try body(interp)
    }
}
