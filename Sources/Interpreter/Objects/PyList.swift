import BigInt

/// A Python list.
public final class PyList: PyObject {
    /// The elements.
    @exclusivity(unchecked) public var items: [Value]

    /// A list holding `items`.
    public init(_ items: [Value] = []) { self.items = items; super.init(); trackForCollection() }

    override public func visitReferences(_ visitor: inout ReferenceVisitor) { visitor.visit(all: items) }
    override public func clearReferences() { items = [] }

    override public var pyClass: PyClass { PyTypes.list }
    override public func length(_ interp: PythonInterpreter) throws -> Int { items.count }
    override public func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator {
        var i = 0
        return ClosureIterator { [self] _ in
            guard i < items.count else { return nil }
            defer { i += 1 }
            return items[i]
        }
    }
    override public func hashValue(_ interp: PythonInterpreter) throws -> Int { throw PythonError.typeError("unhashable type: 'list'") }
}

/// An integer too large for `Int`.
public final class PyLong: PyObject {
    /// The value.
    public let value: BigInt
    /// Wraps `value`; prefer `Value.bigInt(_:)`, which keeps small values inline.
    public init(_ value: BigInt) { self.value = value }
    override public var pyClass: PyClass { PyTypes.int }
    override public func repr(_ interp: PythonInterpreter) throws -> String {
        if Double(value.bitWidth) * 0.30103 > 4300 {
            throw PythonError.valueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
        }
        return value.description
    }
    override public func asDouble() throws -> Double? { Double(value) }
    override public func hashValue(_ interp: PythonInterpreter) throws -> Int { value.hashValue }
}

/// A `slice(start, stop, step)` object, as passed to `getItem` for `a[1:3]`.
public final class PySlice: PyObject {
    /// The bounds as written; `None` when omitted.
    public let start: Value, stop: Value, step: Value
    /// Creates a slice.
    public init(start: Value, stop: Value, step: Value) { self.start = start; self.stop = stop; self.step = step }
    override public var pyClass: PyClass { PyTypes.slice }

    override public func repr(_ interp: PythonInterpreter) throws -> String {
        "slice(\(try interp.repr(start)), \(try interp.repr(stop)), \(try interp.repr(step)))"
    }

    override public func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        switch name {
        case "start": return start
        case "stop": return stop
        case "step": return step
        default: return try super.getAttribute(name, interp)
        }
    }

    /// Resolves the slice against a sequence of `count` elements: (start, stop, step, length).
    public func indices(count: Int) throws -> (start: Int, stop: Int, step: Int, length: Int) {
        func int(_ v: Value) throws -> Int? {
            switch v {
            case .none: return nil
            case .int(let i): return i
            case .bool(let b): return b ? 1 : 0
            case .object(let o): if let i = try o.asInt() { return i }; fallthrough
            default: throw PythonError.typeError("slice indices must be integers or None or have an __index__ method")
            }
        }
        let step = max(try int(self.step) ?? 1, -Int.max)
        if step == 0 { throw PythonError.valueError("slice step cannot be zero") }
        func clamp(_ v: Int?, _ def: Int, low: Int, high: Int) -> Int {
            guard var x = v else { return def }
            if x < 0 { x += count }
            return Swift.min(Swift.max(x, low), high)
        }
        let start: Int, stop: Int
        if step > 0 {
            start = clamp(try int(self.start), 0, low: 0, high: count)
            stop = clamp(try int(self.stop), count, low: 0, high: count)
        } else {
            start = clamp(try int(self.start), count - 1, low: -1, high: count - 1)
            stop = clamp(try int(self.stop), -1, low: -1, high: count - 1)
        }
        let length = step > 0 ? (stop > start ? (stop - start - 1) / step + 1 : 0) : (start > stop ? (start - stop - 1) / (-step) + 1 : 0)
        return (start, stop, step, length)
    }
}

/// `range(start, stop, step)`.
public final class PyRange: PyObject {
    let start: Int, stop: Int, step: Int
    init(_ start: Int, _ stop: Int, _ step: Int) { self.start = start; self.stop = stop; self.step = step }
    override public var pyClass: PyClass { PyTypes.range }

    var count: Int {
        let span = step > 0 ? stop.subtractingReportingOverflow(start) : start.subtractingReportingOverflow(stop)
        guard span.partialValue > 0 || span.overflow else { return 0 }
        let width = UInt(bitPattern: span.partialValue) - 1
        return Int(clamping: width / step.magnitude + 1)
    }

    override public func length(_ interp: PythonInterpreter) throws -> Int { count }

    override public func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator {
        var current = start
        let stop = self.stop, step = self.step
        var done = false
        return ClosureIterator { _ in
            guard !done, step > 0 ? current < stop : current > stop else { return nil }
            defer {
                let (next, overflow) = current.addingReportingOverflow(step)
                if overflow { done = true } else { current = next }
            }
            return .int(current)
        }
    }

    override public func getItem(_ key: Value, _ interp: PythonInterpreter) throws -> Value {
        if case .object(let o) = key, let s = o as? PySlice {
            let r = try s.indices(count: count)
            let (a, o1) = step.multipliedReportingOverflow(by: r.start), (b, o2) = step.multipliedReportingOverflow(by: r.stop)
            let (c, o3) = step.multipliedReportingOverflow(by: r.step)
            guard !o1, !o2, !o3 else { throw PythonError(PyTypes.OverflowError, "range too large") }
            return .object(PyRange(start &+ a, start &+ b, c))
        }
        guard case .int(var i) = key else { throw PythonError.typeError("range indices must be integers or slices, not \(key.typeName)") }
        if i < 0 { i += count }
        guard i >= 0 && i < count else { throw PythonError.indexError("range object index out of range") }
        return .int(start &+ i &* step)
    }

    override public func contains(_ item: Value, _ interp: PythonInterpreter) throws -> Bool {
        guard case .int(let i) = item else { return try super.contains(item, interp) }
        if step > 0 { return i >= start && i < stop && (i - start) % step == 0 }
        return i <= start && i > stop && (start - i) % (-step) == 0
    }

    override public func repr(_ interp: PythonInterpreter) throws -> String {
        step == 1 ? "range(\(start), \(stop))" : "range(\(start), \(stop), \(step))"
    }

    override public func compare(_ op: CompareOp, _ other: Value, _ interp: PythonInterpreter) throws -> Value? {
        guard op == .eq || op == .ne, case .object(let o) = other, let r = o as? PyRange else { return try super.compare(op, other, interp) }
        let same = (count == 0 && r.count == 0) || (start == r.start && count == r.count && (count == 1 || step == r.step))
        return .bool(op == .eq ? same : !same)
    }
}

/// A module: a namespace with a name. Native modules fill `attributes` (or `lazyAttribute`).
///
///     let m = PyModule(name: "mylib")
///     m.attributes["answer"] = 42
public final class PyModule: PyObject {
    /// `__name__`.
    public let name: String
    /// The module namespace.
    public var attributes: [String: Value] = [:]
    /// Computes attributes on first access (for expensive submodules); return `nil` if unknown.
    public var lazyAttribute: ((String) throws -> Value?)?
    /// `__doc__`.
    public var doc: String?
    /// Globals of a Python-defined module, for `from m import x`.
    var globals: Globals?

    /// Creates an empty module.
    public init(name: String, doc: String? = nil) { self.name = name; self.doc = doc; super.init(); trackForCollection() }

    override public func visitReferences(_ visitor: inout ReferenceVisitor) {
        visitor.visit(all: attributes.values)
        visitor.visit(globals)
    }
    override public func clearReferences() { attributes = [:]; globals = nil }

    override public var pyClass: PyClass { PyTypes.module }

    /// Reads an attribute without raising.
    public func attribute(_ name: String) throws -> Value? {
        if let v = attributes[name] { return v }
        if let g = globals, let v = g.slots[name]?.value { return v }
        if let lazy = lazyAttribute, let v = try lazy(name) { attributes[name] = v; return v }
        return nil
    }

    override public func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        if name == "__name__" { return .str(self.name) }
        if name == "__doc__" { return doc.map(Value.str) ?? .none }
        if let v = try attribute(name) { return v }
        var message = "module '\(self.name)' has no attribute '\(name)'"
        if let s = suggestion(for: name, among: attributeNames()) { message += ". Did you mean: '\(s)'?" }
        throw PythonError.attributeError(message)
    }

    override public func setAttribute(_ name: String, _ value: Value, _ interp: PythonInterpreter) throws {
        if let g = globals { g.slot(name).value = value } else { attributes[name] = value }
    }

    override public func attributeNames() -> [String] {
        Array(attributes.keys) + (globals.map { g in g.slots.compactMap { $0.value.value == nil ? nil : $0.key } } ?? [])
    }

    override public func repr(_ interp: PythonInterpreter) throws -> String { "<module '\(name)'>" }
}

/// A closure cell holding a variable shared between a function and its nested functions.
final class PyCell: Collectable {
    @exclusivity(unchecked) var value: Value?
    init(_ value: Value? = nil) { self.value = value; super.init(); trackForCollection() }
    override func visitReferences(_ visitor: inout ReferenceVisitor) { visitor.visit(value) }
    override func clearReferences() { value = nil }
}
