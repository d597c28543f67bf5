/// A hashable wrapper for dict keys and set members, with Python's equality (`1 == 1.0 == True`).
struct DictKey: Hashable {
    let value: Value
    let hash: Int

    /// Builds a key, raising `TypeError` for unhashable values.
    init(_ value: Value, _ interp: PythonInterpreter) throws {
        self.value = value
        self.hash = try DictKey.hashOf(value, interp)
    }

    init(string: String) { value = .str(string); hash = string.hashValue }

    static func hashOf(_ v: Value, _ interp: PythonInterpreter) throws -> Int {
        switch v {
        case .none: return 0x5eed
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return i.hashValue
        case .float(let d):
            if let i = Int(exactly: d) { return i.hashValue }
            return d.hashValue
        case .str(let s): return s.hashValue
        case .tuple(let items):
            var h = Hasher()
            for item in items { h.combine(try hashOf(item, interp)) }
            return h.finalize()
        case .list: throw PythonError.typeError("unhashable type: 'list'")
        case .dict: throw PythonError.typeError("unhashable type: 'dict'")
        case .object(let o):
            if let l = o as? PyLong { return l.value.hashValue }
            if o is PySet { throw PythonError.typeError("unhashable type: 'set'") }
            return try o.hashValue(interp)
        }
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    static func == (a: DictKey, b: DictKey) -> Bool { a.hash == b.hash && keyEquals(a.value, b.value) }

    /// Equality for hashing: structural for built-in values, identity for other objects.
    static func keyEquals(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.str(let x), .str(let y)): return x == y
        case (.none, .none): return true
        case (.tuple(let x), .tuple(let y)): return x.count == y.count && zip(x, y).allSatisfy { keyEquals($0, $1) }
        case (.object(let x), .object(let y)):
            if let l = x as? PyLong, let r = y as? PyLong { return l.value == r.value }
            return x === y
        default:
            if let x = numericValue(a), let y = numericValue(b) { return x == y }
            return false
        }
    }

    static func numericValue(_ v: Value) -> Double? {
        switch v {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .float(let d): return d
        default: return nil
        }
    }
}

/// A Python dict: insertion-ordered, with Python key semantics.
public final class PyDict: PyObject {
    var index: [DictKey: Int] = [:]
    var entries: [(key: Value, value: Value)?] = []
    var liveCount = 0

    /// An empty dict.
    override public init() {}

    override public var pyClass: PyClass { PyTypes.dict }

    /// Number of entries.
    public var count: Int { liveCount }

    /// The entries in insertion order.
    public var pairs: [(key: Value, value: Value)] { entries.compactMap { $0 } }
    /// The keys in insertion order.
    public var keys: [Value] { entries.compactMap { $0?.key } }
    /// The values in insertion order.
    public var values: [Value] { entries.compactMap { $0?.value } }

    /// Looks up `key`; `nil` when absent.
    public func get(_ key: Value, _ interp: PythonInterpreter) throws -> Value? {
        guard let i = index[try DictKey(key, interp)] else { return nil }
        return entries[i]?.value
    }

    /// Looks up a string key.
    public func getString(_ key: String) -> Value? {
        guard let i = index[DictKey(string: key)] else { return nil }
        return entries[i]?.value
    }

    /// Inserts or replaces `key`.
    public func set(_ key: Value, _ value: Value, _ interp: PythonInterpreter) throws {
        insert(try DictKey(key, interp), value)
    }

    /// Inserts or replaces a string key.
    public func setString(_ key: String, _ value: Value) { insert(DictKey(string: key), value) }

    func insert(_ k: DictKey, _ value: Value) {
        if let i = index[k] { entries[i]!.value = value; return }
        index[k] = entries.count
        entries.append((k.value, value))
        liveCount += 1
    }

    /// Removes `key`, returning its value, or `nil` if absent.
    @discardableResult
    public func remove(_ key: Value, _ interp: PythonInterpreter) throws -> Value? {
        let k = try DictKey(key, interp)
        guard let i = index.removeValue(forKey: k) else { return nil }
        let v = entries[i]?.value
        entries[i] = nil
        liveCount -= 1
        if entries.count > 32 && liveCount < entries.count / 2 { compact() }
        return v
    }

    func compact() {
        entries = entries.filter { $0 != nil }
        index.removeAll(keepingCapacity: true)
        for (i, e) in entries.enumerated() { index[DictKey(value: e!.key, hash: (try? DictKey.hashOf(e!.key, PythonInterpreter.scratch)) ?? 0)] = i }
    }

    /// Removes every entry.
    public func removeAll() { index = [:]; entries = []; liveCount = 0 }

    /// A shallow copy.
    public func copy() -> PyDict {
        let d = PyDict()
        d.index = index; d.entries = entries; d.liveCount = liveCount
        return d
    }

    override public func getItem(_ key: Value, _ interp: PythonInterpreter) throws -> Value {
        if let v = try get(key, interp) { return v }
        throw PythonError.keyError(key)
    }

    override public func setItem(_ key: Value, _ value: Value, _ interp: PythonInterpreter) throws {
        try set(key, value, interp)
    }

    override public func deleteItem(_ key: Value, _ interp: PythonInterpreter) throws {
        if try remove(key, interp) == nil { throw PythonError.keyError(key) }
    }

    override public func length(_ interp: PythonInterpreter) throws -> Int { liveCount }

    override public func contains(_ item: Value, _ interp: PythonInterpreter) throws -> Bool { try get(item, interp) != nil }

    override public func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator {
        var i = 0
        let expected = liveCount
        return ClosureIterator { [self] _ in
            guard liveCount == expected else { throw PythonError.runtimeError("dictionary changed size during iteration") }
            while i < entries.count {
                defer { i += 1 }
                if let e = entries[i] { return e.key }
            }
            return nil
        }
    }

    override public func hashValue(_ interp: PythonInterpreter) throws -> Int { throw PythonError.typeError("unhashable type: 'dict'") }
}

extension DictKey {
    init(value: Value, hash: Int) { self.value = value; self.hash = hash }
}

/// A Python set (iteration follows insertion order).
public final class PySet: PyObject {
    var storage = PyDict()

    /// An empty set.
    override public init() {}

    override public var pyClass: PyClass { PyTypes.set }

    /// The members in insertion order.
    public var items: [Value] { storage.keys }

    /// Adds a member.
    public func add(_ v: Value, _ interp: PythonInterpreter) throws { try storage.set(v, .none, interp) }

    override public func length(_ interp: PythonInterpreter) throws -> Int { storage.count }
    override public func contains(_ item: Value, _ interp: PythonInterpreter) throws -> Bool { try storage.get(item, interp) != nil }
    override public func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator { ArrayIterator(items) }
    override public func hashValue(_ interp: PythonInterpreter) throws -> Int { throw PythonError.typeError("unhashable type: 'set'") }

    override public func compare(_ op: CompareOp, _ other: Value, _ interp: PythonInterpreter) throws -> Value? {
        guard case .object(let o) = other, let s = o as? PySet else { return op == .eq ? .bool(false) : op == .ne ? .bool(true) : nil }
        let sub = try items.allSatisfy { try s.contains($0, interp) }
        let sup = try s.items.allSatisfy { try contains($0, interp) }
        switch op {
        case .eq: return .bool(sub && sup)
        case .ne: return .bool(!(sub && sup))
        case .le: return .bool(sub)
        case .ge: return .bool(sup)
        case .lt: return .bool(sub && !sup)
        case .gt: return .bool(sup && !sub)
        default: return nil
        }
    }

    override public func binaryOperation(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: PythonInterpreter) throws -> Value? {
        guard case .object(let o) = other, let s = o as? PySet else { return nil }
        let (a, b) = reflected ? (s, self) : (self, s)
        let out = PySet()
        switch op {
        case .bitOr: for v in a.items + b.items { try out.add(v, interp) }
        case .bitAnd: for v in a.items where try b.contains(v, interp) { try out.add(v, interp) }
        case .sub: for v in a.items where !(try b.contains(v, interp)) { try out.add(v, interp) }
        case .bitXor:
            for v in a.items where !(try b.contains(v, interp)) { try out.add(v, interp) }
            for v in b.items where !(try a.contains(v, interp)) { try out.add(v, interp) }
        default: return nil
        }
        return .object(out)
    }
}
