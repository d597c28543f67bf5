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
        case .int(let i): return i
        case .float(let d):
            if let i = Int(exactly: d) { return i }
            return Int(bitPattern: UInt(d.bitPattern) &* 0x9E3779B97F4A7C15)
        case .str(let s): return s.hashValue
        case .tuple(let items):
            var h = Hasher()
            for item in items { h.combine(try hashOf(item, interp)) }
            return h.finalize()
        case .list: throw PythonError.typeError("unhashable type: 'list'")
        case .dict: throw PythonError.typeError("unhashable type: 'dict'")
        case .object(let o):
            if let l = o as? PyLong { return Int(truncatingIfNeeded: l.value) ^ l.value.hashValue }
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

/// A Python dict: insertion-ordered, with Python key semantics. Storage follows CPython's
/// compact dict: an open-addressing index table pointing into an ordered entry array.
public final class PyDict: PyObject {
    struct Entry {
        var hash: Int
        var key: Value
        var value: Value
    }
    @exclusivity(unchecked) var entries: [Entry?] = []
    /// Entry hashes, parallel to `entries`, so probing compares ints before touching keys.
    @exclusivity(unchecked) var hashes: [Int] = []
    @exclusivity(unchecked) var table: [Int32] = []
    @exclusivity(unchecked) var liveCount = 0

    /// An empty dict.
    override public init() { super.init(); trackForCollection() }

    override public func visitReferences(_ visitor: inout ReferenceVisitor) {
        for case let entry? in entries { visitor.visit(entry.key); visitor.visit(entry.value) }
    }
    override public func clearReferences() { removeAll() }

    override public var pyClass: PyClass { PyTypes.dict }

    /// Number of entries.
    public var count: Int { liveCount }

    /// The entries in insertion order.
    public var pairs: [(key: Value, value: Value)] { entries.compactMap { $0.map { ($0.key, $0.value) } } }
    /// The keys in insertion order.
    public var keys: [Value] { entries.compactMap { $0?.key } }
    /// The values in insertion order.
    public var values: [Value] { entries.compactMap { $0?.value } }

    @inline(__always)
    static func mix(_ h: Int) -> Int { h ^ (h >> 17) }

    /// The entry index for `key` with hash `hash`, or nil; `slot` receives the table position.
    func find(_ key: Value, hash: Int, slot: inout Int) -> Int? {
        if table.isEmpty { slot = -1; return nil }
        let mask = table.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = PyDict.mix(hash) & mask
        while true {
            let e = Int(table[i])
            if e == -1 { slot = i; return nil }
            if e >= 0, hashes[e] == hash, let entry = entries[e], DictKey.keyEquals(entry.key, key) { slot = i; return e }
            perturb >>= 5
            i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
        }
    }

    func rebuild(capacity: Int) {
        var size = 8
        while size < capacity * 3 / 2 + 1 { size <<= 1 }
        entries = entries.filter { $0 != nil }
        hashes = entries.map { $0!.hash }
        table = [Int32](repeating: -1, count: size)
        let mask = size - 1
        for (n, e) in entries.enumerated() {
            var perturb = UInt(bitPattern: e!.hash)
            var i = PyDict.mix(e!.hash) & mask
            while table[i] != -1 {
                perturb >>= 5
                i = (i &* 5 &+ 1 &+ Int(bitPattern: perturb)) & mask
            }
            table[i] = Int32(n)
        }
    }

    /// Looks up `key`; `nil` when absent.
    public func get(_ key: Value, _ interp: PythonInterpreter) throws -> Value? {
        let h = try DictKey.hashOf(key, interp)
        var slot = 0
        guard let e = find(key, hash: h, slot: &slot) else { return nil }
        return entries[e]!.value
    }

    /// Looks up a string key.
    public func getString(_ key: String) -> Value? {
        var slot = 0
        guard let e = find(.str(key), hash: key.hashValue, slot: &slot) else { return nil }
        return entries[e]!.value
    }

    /// Inserts or replaces `key`.
    public func set(_ key: Value, _ value: Value, _ interp: PythonInterpreter) throws {
        insert(key, hash: try DictKey.hashOf(key, interp), value)
    }

    /// Inserts or replaces a string key.
    public func setString(_ key: String, _ value: Value) { insert(.str(key), hash: key.hashValue, value) }

    func insert(_ key: Value, hash: Int, _ value: Value) {
        var slot = 0
        if let e = find(key, hash: hash, slot: &slot) { entries[e]!.value = value; return }
        if (entries.count + 1) * 3 >= table.count * 2 {
            rebuild(capacity: liveCount + 1 + liveCount / 2)
            _ = find(key, hash: hash, slot: &slot)
        }
        table[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, key: key, value: value))
        hashes.append(hash)
        liveCount += 1
    }

    /// Removes `key`, returning its value, or `nil` if absent.
    @discardableResult
    public func remove(_ key: Value, _ interp: PythonInterpreter) throws -> Value? {
        let h = try DictKey.hashOf(key, interp)
        var slot = 0
        guard let e = find(key, hash: h, slot: &slot) else { return nil }
        let v = entries[e]!.value
        entries[e] = nil
        table[slot] = -2
        liveCount -= 1
        return v
    }

    /// Removes every entry.
    public func removeAll() { table = []; entries = []; hashes = []; liveCount = 0 }

    /// A shallow copy.
    public func copy() -> PyDict {
        let d = PyDict()
        d.table = table; d.entries = entries; d.hashes = hashes; d.liveCount = liveCount
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

/// A Python set (iteration follows insertion order).
public final class PySet: PyObject {
    var storage = PyDict()

    /// An empty set.
    override public init() { super.init(); trackForCollection() }

    override public func visitReferences(_ visitor: inout ReferenceVisitor) { visitor.visit(storage) }
    override public func clearReferences() { storage = PyDict() }

    override public var pyClass: PyClass { PyTypes.set }

    /// The members in insertion order.
    public var items: [Value] { storage.keys }

    /// Adds a member.
    public func add(_ v: Value, _ interp: PythonInterpreter) throws { try storage.set(v, .none, interp) }

    override public func length(_ interp: PythonInterpreter) throws -> Int { storage.count }
    override public func contains(_ item: Value, _ interp: PythonInterpreter) throws -> Bool { try storage.get(item, interp) != nil }
    override public func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator { ArrayIterator(items) }
    override public func hashValue(_ interp: PythonInterpreter) throws -> Int { throw PythonError.typeError("unhashable type: 'set'") }

    override public func repr(_ interp: PythonInterpreter) throws -> String {
        if storage.count == 0 { return "set()" }
        return try interp.guardRecursion(self, "{...}") { "{" + (try items.map { try interp.nestedRepr($0) }).joined(separator: ", ") + "}" }
    }

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
