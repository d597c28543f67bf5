extension PythonInterpreter {
    /// Iterates any iterable, calling `body` until it returns false.
    func forEach(_ value: Value, span: Span, _ f: Frame, _ body: (Value) throws -> Bool) throws {
        switch value {
        case .list(let l):
            var i = 0
            while i < l.items.count { if !(try body(l.items[i])) { return }; i += 1 }
        case .tuple(let t): for v in t { if !(try body(v)) { return } }
        default:
            let it = try located(span, f) { try makeIterator(value) }
            while let v = try it.next(self) { if !(try body(v)) { return } }
        }
    }

    /// `iter(value)`.
    public func makeIterator(_ value: Value) throws -> PyIterator {
        switch value {
        case .str(let s): return ArrayIterator(s.unicodeScalars.map { .str(String($0)) })
        case .tuple(let t): return ArrayIterator(t)
        case .list(let l): return try l.makeIterator(self)
        case .dict(let d): return try d.makeIterator(self)
        case .object(let o): return try o.makeIterator(self)
        default: throw PythonError.typeError("'\(value.typeName)' object is not iterable")
        }
    }

    /// Collects an iterable into an array.
    public func iterateToArray(_ value: Value) throws -> [Value] {
        switch value {
        case .list(let l): return l.items
        case .tuple(let t): return t
        default:
            let it = try makeIterator(value)
            var out: [Value] = []
            while let v = try it.next(self) {
                out.append(v)
                try countStep()
            }
            return out
        }
    }

    /// `value in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item else { throw PythonError.typeError("'in <string>' requires string as left operand, not \(item.typeName)") }
            return sub.isEmpty || s.contains(sub)
        case .list(let l): return try l.items.contains { try equals($0, item) }
        case .tuple(let t): return try t.contains { try equals($0, item) }
        case .dict(let d): return try d.get(item, self) != nil
        case .object(let o): return try o.contains(item, self)
        default: throw PythonError.typeError("argument of type '\(container.typeName)' is not iterable")
        }
    }
}
