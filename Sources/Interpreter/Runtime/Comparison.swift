extension PythonInterpreter {
    /// `a == b` as a Swift Bool.
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x == y
        case (.str(let x), .str(let y)): return x == y
        case (.none, .none): return true
        default: return try isTruthy(try compare(.eq, a, b))
        }
    }

    func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.str(let x), .str(let y)): return x == y
        case (.tuple(let x), .tuple(let y)): return x.isEmpty && y.isEmpty
        case (.list(let x), .list(let y)): return x === y
        case (.dict(let x), .dict(let y)): return x === y
        case (.object(let x), .object(let y)): return x === y
        default: return false
        }
    }

    static func swapped(_ op: CompareOp) -> CompareOp {
        switch op {
        case .lt: return .gt
        case .gt: return .lt
        case .le: return .ge
        case .ge: return .le
        default: return op
        }
    }

    func ordered<T: Comparable>(_ op: CompareOp, _ x: T, _ y: T) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        case .ge: return x >= y
        case .eq: return x == y
        default: return x != y
        }
    }

    func compareSequences(_ op: CompareOp, _ x: [Value], _ y: [Value]) throws -> Bool {
        for (p, q) in zip(x, y) where !(try equals(p, q)) {
            if op == .eq { return false }
            if op == .ne { return true }
            return try isTruthy(try compare(op, p, q))
        }
        return ordered(op, x.count, y.count)
    }

    /// A comparison (`==`, `<`, `in`, `is`, …) with Python's rules.
    public func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .is: return .bool(identical(a, b))
        case .isNot: return .bool(!identical(a, b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        default: break
        }
        if let x = Number(a), let y = Number(b) {
            switch (x, y) {
            case (.int(let i), .int(let j)): return .bool(ordered(op, i, j))
            case (.float, _), (_, .float): return .bool(ordered(op, x.double, y.double))
            default: return .bool(ordered(op, x.big, y.big))
            }
        }
        switch (a, b) {
        case (.str(let x), .str(let y)):
            if op == .eq || op == .ne { return .bool(ordered(op, x, y)) }
            return .bool(ordered(op, Array(x.unicodeScalars.map(\.value)).lexicographicallyPrecedesKey, Array(y.unicodeScalars.map(\.value)).lexicographicallyPrecedesKey))
        case (.list(let x), .list(let y)): return .bool(try compareSequences(op, x.items, y.items))
        case (.tuple(let x), .tuple(let y)): return .bool(try compareSequences(op, x, y))
        case (.none, .none) where op == .eq || op == .ne: return .bool(op == .eq)
        case (.dict(let x), .dict(let y)) where op == .eq || op == .ne:
            var same = x.count == y.count
            if same {
                for (k, v) in x.pairs {
                    guard let w = try y.get(k, self), try equals(v, w) else { same = false; break }
                }
            }
            return .bool(op == .eq ? same : !same)
        default: break
        }
        if case .object(let o) = a, let v = try o.compare(op, b, self) {
            if !(op == .eq || op == .ne) || !(o is PyInstance) || b.isNone || identical(v, .bool(true)) { return v }
            if case .object(let r) = b, let w = try r.compare(PythonInterpreter.swapped(op), a, self) { return w }
            return v
        }
        if case .object(let o) = b, let v = try o.compare(PythonInterpreter.swapped(op), a, self) { return v }
        switch op {
        case .eq: return .bool(identical(a, b))
        case .ne: return .bool(!identical(a, b))
        default:
            throw PythonError.typeError("'\(op.rawValue)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
        }
    }
}

struct ScalarKey: Comparable {
    let values: [UInt32]
    static func < (a: ScalarKey, b: ScalarKey) -> Bool { a.values.lexicographicallyPrecedes(b.values) }
}

extension Array where Element == UInt32 {
    var lexicographicallyPrecedesKey: ScalarKey { ScalarKey(values: self) }
}
