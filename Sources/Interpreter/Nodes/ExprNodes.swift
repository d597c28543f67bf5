/// An executable expression: the compiled form of an `Expr`.
class ExprNode {
    let span: Span
    init(span: Span) { self.span = span }
    func eval(_ f: Frame) throws -> Value { .none }
}

/// Attaches this node's span to an error escaping from `body`, converting foreign Swift errors.
@inline(__always)
func located<T>(_ span: Span, _ f: Frame, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as PythonError {
        e.exception.note(span); throw e
    } catch {
        let e = f.interp.pythonError(from: error)
        e.exception.note(span); throw e
    }
}

final class ConstantNode: ExprNode {
    let value: Value
    init(_ value: Value, span: Span) { self.value = value; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value { value }
}

final class LocalNode: ExprNode {
    let slot: Int
    let name: String
    init(slot: Int, name: String, span: Span) { self.slot = slot; self.name = name; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        if let v = f.slots[slot] { return v }
        let e = PythonError(PyTypes.UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
        e.exception.note(span)
        throw e
    }
}

final class CellNode: ExprNode {
    let index: Int
    let name: String
    init(index: Int, name: String, span: Span) { self.index = index; self.name = name; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        if let v = f.cells[index].value { return v }
        let e = PythonError(PyTypes.NameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
        e.exception.note(span)
        throw e
    }
}

final class GlobalNode: ExprNode {
    let slot: Globals.Slot
    init(slot: Globals.Slot, span: Span) { self.slot = slot; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        if let v = slot.value { return v }
        if let b = f.interp.builtins[slot.name] { return b }
        throw nameError(slot.name, f, span)
    }
}

func nameError(_ name: String, _ f: Frame, _ span: Span) -> PythonError {
    var candidates = f.globals.boundNames + Array(f.interp.builtins.keys)
    candidates += f.code.slotNames.enumerated().filter { f.slots[$0.offset] != nil }.map(\.element)
    candidates += f.code.cellNames
    if let ns = f.classNamespace { candidates += ns.keys }
    var message = "name '\(name)' is not defined"
    if let s = suggestion(for: name, among: candidates) { message += ". Did you mean: '\(s)'?" }
    let e = PythonError.nameError(message)
    e.exception.attributes["name"] = .str(name)
    e.exception.note(span)
    return e
}

/// A name read inside a class body: the class namespace first, then the enclosing resolution.
final class ClassNameNode: ExprNode {
    let name: String
    let fallback: ExprNode
    init(name: String, fallback: ExprNode, span: Span) { self.name = name; self.fallback = fallback; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        if let v = f.classNamespace?[name] { return v }
        return try fallback.eval(f)
    }
}

final class TupleNode: ExprNode {
    let items: [ExprNode]
    init(_ items: [ExprNode], span: Span) { self.items = items; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for item in items {
            if let star = item as? StarNode {
                out.append(contentsOf: try f.interp.iterateToArray(try star.inner.eval(f)))
            } else {
                out.append(try item.eval(f))
            }
        }
        return .tuple(out)
    }
}

final class ListNode: ExprNode {
    let items: [ExprNode]
    init(_ items: [ExprNode], span: Span) { self.items = items; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for item in items {
            if let star = item as? StarNode {
                out.append(contentsOf: try f.interp.iterateToArray(try star.inner.eval(f)))
            } else {
                out.append(try item.eval(f))
            }
        }
        return .list(PyList(out))
    }
}

final class SetNode: ExprNode {
    let items: [ExprNode]
    init(_ items: [ExprNode], span: Span) { self.items = items; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        let s = PySet()
        for item in items {
            if let star = item as? StarNode {
                for v in try f.interp.iterateToArray(try star.inner.eval(f)) { try s.add(v, f.interp) }
            } else {
                try located(item.span, f) { try s.add(try item.eval(f), f.interp) }
            }
        }
        return .object(s)
    }
}

final class DictNode: ExprNode {
    let entries: [(key: ExprNode?, value: ExprNode)]
    init(_ entries: [(key: ExprNode?, value: ExprNode)], span: Span) { self.entries = entries; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        let d = PyDict()
        for (k, v) in entries {
            if let k {
                let key = try k.eval(f)
                let value = try v.eval(f)
                try located(k.span, f) { try d.set(key, value, f.interp) }
            } else {
                let other = try v.eval(f)
                guard case .dict(let o) = other else {
                    throw PythonError.typeError("'\(other.typeName)' object is not a mapping")
                }
                for (key, value) in o.pairs { try d.set(key, value, f.interp) }
            }
        }
        return .dict(d)
    }
}

final class StarNode: ExprNode {
    let inner: ExprNode
    init(_ inner: ExprNode, span: Span) { self.inner = inner; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        throw PythonError(PyTypes.SyntaxError, "can't use starred expression here")
    }
}

final class SliceNode: ExprNode {
    let lower: ExprNode?, upper: ExprNode?, step: ExprNode?
    init(_ lower: ExprNode?, _ upper: ExprNode?, _ step: ExprNode?, span: Span) {
        self.lower = lower; self.upper = upper; self.step = step; super.init(span: span)
    }
    override func eval(_ f: Frame) throws -> Value {
        .object(PySlice(start: try lower?.eval(f) ?? .none, stop: try upper?.eval(f) ?? .none, step: try step?.eval(f) ?? .none))
    }
}

final class AttributeNode: ExprNode {
    let object: ExprNode
    let name: String
    init(_ object: ExprNode, _ name: String, span: Span) { self.object = object; self.name = name; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        let o = try object.eval(f)
        return try located(span, f) { try f.interp.getAttribute(o, name) }
    }
}

final class SubscriptNode: ExprNode {
    let object: ExprNode
    let index: ExprNode
    let objectSlot: Int
    init(_ object: ExprNode, _ index: ExprNode, span: Span) {
        self.object = object; self.index = index
        objectSlot = (object as? LocalNode)?.slot ?? -1
        super.init(span: span)
    }
    override func eval(_ f: Frame) throws -> Value {
        let o: Value
        if objectSlot >= 0, let v = f.slots[objectSlot] { o = v } else { o = try object.eval(f) }
        let i = try index.eval(f)
        if case .list(let l) = o, case .int(var n) = i {
            if n < 0 { n += l.items.count }
            if n >= 0 && n < l.items.count { return l.items[n] }
        } else if case .dict(let d) = o, let v = try located(span, f, { try d.get(i, f.interp) }) {
            return v
        }
        return try located(span, f) { try f.interp.getItem(o, i) }
    }
}

final class IfExpNode: ExprNode {
    let test: ExprNode, body: ExprNode, orElse: ExprNode
    init(_ test: ExprNode, _ body: ExprNode, _ orElse: ExprNode, span: Span) {
        self.test = test; self.body = body; self.orElse = orElse; super.init(span: span)
    }
    override func eval(_ f: Frame) throws -> Value {
        try f.interp.isTruthy(try test.eval(f)) ? try body.eval(f) : try orElse.eval(f)
    }
}

final class AndNode: ExprNode {
    let left: ExprNode, right: ExprNode
    init(_ l: ExprNode, _ r: ExprNode, span: Span) { left = l; right = r; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        let l = try left.eval(f)
        return try located(left.span, f) { try f.interp.isTruthy(l) } ? try right.eval(f) : l
    }
}

final class OrNode: ExprNode {
    let left: ExprNode, right: ExprNode
    init(_ l: ExprNode, _ r: ExprNode, span: Span) { left = l; right = r; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        let l = try left.eval(f)
        return try located(left.span, f) { try f.interp.isTruthy(l) } ? l : try right.eval(f)
    }
}

final class NotNode: ExprNode {
    let operand: ExprNode
    init(_ operand: ExprNode, span: Span) { self.operand = operand; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        let v = try operand.eval(f)
        if case .bool(let b) = v { return .bool(!b) }
        return .bool(!(try located(span, f) { try f.interp.isTruthy(v) }))
    }
}

final class FStringNode: ExprNode {
    enum Part { case literal(String), expr(ExprNode, Character?, FStringNode?) }
    let parts: [Part]
    init(_ parts: [Part], span: Span) { self.parts = parts; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        var out = ""
        for part in parts {
            switch part {
            case .literal(let s): out += s
            case .expr(let e, let conversion, let spec):
                var v = try e.eval(f)
                try located(e.span, f) {
                    if conversion == "r" || conversion == "a" { v = .str(try f.interp.repr(v)) } else if conversion == "s" { v = .str(try f.interp.str(v)) }
                    var specText = ""
                    if let spec, case .str(let s) = try spec.eval(f) { specText = s }
                    out += try f.interp.format(v, specText)
                }
            }
        }
        return .str(out)
    }
}

final class NamedExprNode: ExprNode {
    let target: TargetNode, value: ExprNode
    init(_ target: TargetNode, _ value: ExprNode, span: Span) { self.target = target; self.value = value; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        let v = try value.eval(f)
        try target.assign(v, f)
        return v
    }
}
