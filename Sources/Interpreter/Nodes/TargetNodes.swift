/// Something assignable: a name, attribute, subscript or (nested) tuple/list pattern.
class TargetNode {
    let span: Span
    init(span: Span) { self.span = span }
    func assign(_ value: Value, _ f: Frame) throws {}
    func delete(_ f: Frame) throws {}
}

final class StoreLocal: TargetNode {
    let slot: Int, name: String
    init(slot: Int, name: String, span: Span) { self.slot = slot; self.name = name; super.init(span: span) }
    override func assign(_ value: Value, _ f: Frame) throws { f.slots[slot] = value }
    override func delete(_ f: Frame) throws {
        if f.slots[slot] == nil { throw nameError(name, f, span) }
        f.slots[slot] = nil
    }
}

final class StoreCell: TargetNode {
    let index: Int, name: String
    init(index: Int, name: String, span: Span) { self.index = index; self.name = name; super.init(span: span) }
    override func assign(_ value: Value, _ f: Frame) throws { f.cells[index].value = value }
    override func delete(_ f: Frame) throws { f.cells[index].value = nil }
}

final class StoreGlobal: TargetNode {
    let slot: Globals.Slot
    init(slot: Globals.Slot, span: Span) { self.slot = slot; super.init(span: span) }
    override func assign(_ value: Value, _ f: Frame) throws { slot.value = value }
    override func delete(_ f: Frame) throws {
        if slot.value == nil { throw nameError(slot.name, f, span) }
        slot.value = nil
    }
}

final class StoreClassName: TargetNode {
    let name: String
    init(name: String, span: Span) { self.name = name; super.init(span: span) }
    override func assign(_ value: Value, _ f: Frame) throws { f.classNamespace?[name] = value }
    override func delete(_ f: Frame) throws {
        if f.classNamespace?.removeValue(forKey: name) == nil { throw nameError(name, f, span) }
    }
}

final class StoreAttribute: TargetNode {
    let object: ExprNode, name: String
    init(object: ExprNode, name: String, span: Span) { self.object = object; self.name = name; super.init(span: span) }
    override func assign(_ value: Value, _ f: Frame) throws {
        let o = try object.eval(f)
        try located(span, f) { try f.interp.setAttribute(o, name, value) }
    }
    override func delete(_ f: Frame) throws {
        let o = try object.eval(f)
        try located(span, f) {
            guard case .object(let obj) = o else { throw PythonError.attributeError("'\(o.typeName)' object has no attribute '\(name)'") }
            try obj.deleteAttribute(name, f.interp)
        }
    }
}

final class StoreSubscript: TargetNode {
    let object: ExprNode, index: ExprNode
    init(object: ExprNode, index: ExprNode, span: Span) { self.object = object; self.index = index; super.init(span: span) }
    override func assign(_ value: Value, _ f: Frame) throws {
        let o = try object.eval(f), i = try index.eval(f)
        if case .list(let l) = o, case .int(var n) = i {
            if n < 0 { n += l.items.count }
            if n >= 0 && n < l.items.count { l.items[n] = value; return }
        }
        try located(span, f) { try f.interp.setItem(o, i, value) }
    }
    override func delete(_ f: Frame) throws {
        let o = try object.eval(f), i = try index.eval(f)
        try located(span, f) { try f.interp.deleteItem(o, i) }
    }
}

/// `a, (b, *c) = value`.
final class StoreSequence: TargetNode {
    let items: [TargetNode]
    let starIndex: Int?
    init(items: [TargetNode], starIndex: Int?, span: Span) { self.items = items; self.starIndex = starIndex; super.init(span: span) }

    override func assign(_ value: Value, _ f: Frame) throws {
        let values: [Value]
        switch value {
        case .tuple(let t): values = t
        case .list(let l): values = l.items
        default: values = try located(span, f) { try f.interp.iterateToArray(value) }
        }
        try located(span, f) {
            if let star = starIndex {
                let after = items.count - star - 1
                guard values.count >= items.count - 1 else {
                    throw PythonError.valueError("not enough values to unpack (expected at least \(items.count - 1), got \(values.count))")
                }
                for i in 0..<star { try items[i].assign(values[i], f) }
                try items[star].assign(.list(PyList(Array(values[star..<(values.count - after)]))), f)
                for i in 0..<after { try items[star + 1 + i].assign(values[values.count - after + i], f) }
                return
            }
            guard values.count == items.count else {
                if values.count > items.count { throw PythonError.valueError("too many values to unpack (expected \(items.count))") }
                throw PythonError.valueError("not enough values to unpack (expected \(items.count), got \(values.count))")
            }
            for (t, v) in zip(items, values) { try t.assign(v, f) }
        }
    }

    override func delete(_ f: Frame) throws { for t in items { try t.delete(f) } }
}

/// A list/set/dict comprehension or generator expression, evaluated eagerly.
final class ComprehensionNode: ExprNode {
    enum Kind { case list, set, dict, generator }
    struct Clause {
        let target: TargetNode
        let iterable: ExprNode
        let conditions: [ExprNode]
    }
    let kind: Kind
    let clauses: [Clause]
    let element: ExprNode
    let value: ExprNode?

    init(kind: Kind, clauses: [Clause], element: ExprNode, value: ExprNode?, span: Span) {
        self.kind = kind; self.clauses = clauses; self.element = element; self.value = value; super.init(span: span)
    }

    override func eval(_ f: Frame) throws -> Value {
        if kind == .generator && clauses.count == 1 { return .object(try lazyGenerator(f)) }
        var items: [Value] = []
        let dict = kind == .dict ? PyDict() : nil
        let first = try clauses[0].iterable.eval(f)
        try run(0, iterable: first, f) {
            if let dict {
                let k = try element.eval(f)
                try dict.set(k, try value!.eval(f), f.interp)
            } else {
                items.append(try element.eval(f))
            }
        }
        switch kind {
        case .list: return .list(PyList(items))
        case .dict: return .dict(dict!)
        case .set:
            let s = PySet()
            for v in items { try s.add(v, f.interp) }
            return .object(s)
        case .generator: return .object(ArrayIterator(items))
        }
    }

    /// `(expr for x in source if cond)` produced one element at a time, as CPython does, so
    /// `sum(i for i in range(10**8))` needs no list of 10**8 elements.
    func lazyGenerator(_ f: Frame) throws -> PyIterator {
        let clause = clauses[0]
        let source = try f.interp.makeIterator(try clause.iterable.eval(f))
        let element = self.element, span = self.span
        return ClosureIterator { interp in
            while let v = try source.next(interp) {
                try interp.tick(span, f)
                try clause.target.assign(v, f)
                var keep = true
                for c in clause.conditions where !(try interp.isTruthy(try c.eval(f))) { keep = false; break }
                if keep { return try element.eval(f) }
            }
            return nil
        }
    }

    func run(_ level: Int, iterable: Value, _ f: Frame, _ emit: () throws -> Void) throws {
        let clause = clauses[level]
        try f.interp.forEach(iterable, span: clause.iterable.span, f) { v in
            try f.interp.tick(span, f)
            try clause.target.assign(v, f)
            for c in clause.conditions where !(try f.interp.isTruthy(try c.eval(f))) { return true }
            if level + 1 == clauses.count { try emit() } else { try run(level + 1, iterable: try clauses[level + 1].iterable.eval(f), f, emit) }
            return true
        }
    }
}
