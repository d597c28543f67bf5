extension PythonInterpreter {
    func indexValue(_ key: Value) throws -> Int? {
        switch key {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o): return try o.asInt()
        default: return nil
        }
    }

    func slice(_ key: Value) -> PySlice? {
        if case .object(let o) = key { return o as? PySlice }
        return nil
    }

    func normalizedIndex(_ key: Value, count: Int, kind: String, assignment: Bool = false) throws -> Int {
        guard let raw = try indexValue(key) else {
            if kind == "string" { throw PythonError.typeError("string indices must be integers, not '\(key.typeName)'") }
            throw PythonError.typeError("\(kind) indices must be integers or slices, not \(key.typeName)")
        }
        let i = raw < 0 ? raw + count : raw
        guard i >= 0 && i < count else {
            throw PythonError.indexError("\(kind) \(assignment ? "assignment " : "")index out of range")
        }
        return i
    }

    func sliced<T>(_ items: [T], _ s: PySlice) throws -> [T] {
        let r = try s.indices(count: items.count)
        if r.step == 1 { return r.length == 0 ? [] : Array(items[r.start..<r.start + r.length]) }
        var out: [T] = []
        out.reserveCapacity(r.length)
        var i = r.start
        for _ in 0..<r.length { out.append(items[i]); i += r.step }
        return out
    }

    /// `container[key]`.
    public func getItem(_ container: Value, _ key: Value) throws -> Value {
        switch container {
        case .list(let l):
            if let s = slice(key) { return .list(PyList(try sliced(l.items, s))) }
            return l.items[try normalizedIndex(key, count: l.items.count, kind: "list")]
        case .tuple(let t):
            if let s = slice(key) { return .tuple(try sliced(t, s)) }
            return t[try normalizedIndex(key, count: t.count, kind: "tuple")]
        case .str(let str):
            let scalars = Array(str.unicodeScalars)
            if let s = slice(key) { return .str(String(String.UnicodeScalarView(try sliced(scalars, s)))) }
            return .str(String(scalars[try normalizedIndex(key, count: scalars.count, kind: "string")]))
        case .dict(let d):
            if let v = try d.get(key, self) { return v }
            throw PythonError.keyError(key)
        case .object(let o):
            return try o.getItem(key, self)
        default:
            throw PythonError.typeError("'\(container.typeName)' object is not subscriptable")
        }
    }

    /// `container[key] = value`.
    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        switch container {
        case .list(let l):
            if let s = slice(key) {
                let new = try iterateToArray(value)
                let r = try s.indices(count: l.items.count)
                if r.step == 1 {
                    l.items.replaceSubrange(r.start..<max(r.start, r.stop), with: new)
                } else {
                    guard new.count == r.length else {
                        throw PythonError.valueError("attempt to assign sequence of size \(new.count) to extended slice of size \(r.length)")
                    }
                    var i = r.start
                    for v in new { l.items[i] = v; i += r.step }
                }
                return
            }
            l.items[try normalizedIndex(key, count: l.items.count, kind: "list", assignment: true)] = value
        case .dict(let d): try d.set(key, value, self)
        case .object(let o): try o.setItem(key, value, self)
        case .str: throw PythonError.typeError("'str' object does not support item assignment")
        default: throw PythonError.typeError("'\(container.typeName)' object does not support item assignment")
        }
    }

    /// `del container[key]`.
    public func deleteItem(_ container: Value, _ key: Value) throws {
        switch container {
        case .list(let l):
            if let s = slice(key) {
                let r = try s.indices(count: l.items.count)
                var drop = Set<Int>()
                var i = r.start
                for _ in 0..<r.length { drop.insert(i); i += r.step }
                l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
                return
            }
            l.items.remove(at: try normalizedIndex(key, count: l.items.count, kind: "list", assignment: true))
        case .dict(let d): if try d.remove(key, self) == nil { throw PythonError.keyError(key) }
        case .object(let o): try o.deleteItem(key, self)
        default: throw PythonError.typeError("'\(container.typeName)' object doesn't support item deletion")
        }
    }
}
