/// `left op right` for operators without a dedicated fast path.
class BinaryNode: ExprNode {
    let op: BinaryOp
    let left: ExprNode, right: ExprNode
    /// An int literal on the right (`i % 256`), read without a node call.
    let rightInt: Int?
    /// Local-variable operands are read straight from their slots.
    let leftSlot: Int, rightSlot: Int
    init(_ op: BinaryOp, _ l: ExprNode, _ r: ExprNode, span: Span) {
        self.op = op; left = l; right = r
        if let c = r as? ConstantNode, case .int(let i) = c.value { rightInt = i } else { rightInt = nil }
        leftSlot = (l as? LocalNode)?.slot ?? -1
        rightSlot = (r as? LocalNode)?.slot ?? -1
        super.init(span: span)
    }

    @inline(__always)
    final func operands(_ f: Frame) throws -> (Value, Value) {
        let a: Value
        if leftSlot >= 0, let v = f.slots[leftSlot] { a = v } else { a = try left.eval(f) }
        if let c = rightInt { return (a, .int(c)) }
        if rightSlot >= 0, let v = f.slots[rightSlot] { return (a, v) }
        return (a, try right.eval(f))
    }

    static func make(_ op: BinaryOp, _ l: ExprNode, _ r: ExprNode, span: Span) -> BinaryNode {
        switch op {
        case .add: return AddNode(op, l, r, span: span)
        case .sub: return SubNode(op, l, r, span: span)
        case .mul: return MulNode(op, l, r, span: span)
        case .mod: return ModNode(op, l, r, span: span)
        case .floorDiv: return FloorDivNode(op, l, r, span: span)
        default: return BinaryNode(op, l, r, span: span)
        }
    }

    override func eval(_ f: Frame) throws -> Value {
        let (a, b) = try operands(f)
        return try slow(a, b, f)
    }

    @inline(never)
    final func slow(_ a: Value, _ b: Value, _ f: Frame) throws -> Value {
        try located(span, f) { try f.interp.binary(op, a, b) }
    }
}

final class AddNode: BinaryNode {
    override func eval(_ f: Frame) throws -> Value {
        let (a, b) = try operands(f)
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.addingReportingOverflow(y)
            if !o { return .int(r) }
        } else if case .float(let x) = a, case .float(let y) = b {
            return .float(x + y)
        }
        return try slow(a, b, f)
    }
}

final class SubNode: BinaryNode {
    override func eval(_ f: Frame) throws -> Value {
        let (a, b) = try operands(f)
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.subtractingReportingOverflow(y)
            if !o { return .int(r) }
        } else if case .float(let x) = a, case .float(let y) = b {
            return .float(x - y)
        }
        return try slow(a, b, f)
    }
}

final class MulNode: BinaryNode {
    override func eval(_ f: Frame) throws -> Value {
        let (a, b) = try operands(f)
        if case .int(let x) = a, case .int(let y) = b {
            let (r, o) = x.multipliedReportingOverflow(by: y)
            if !o { return .int(r) }
        } else if case .float(let x) = a, case .float(let y) = b {
            return .float(x * y)
        }
        return try slow(a, b, f)
    }
}

final class ModNode: BinaryNode {
    override func eval(_ f: Frame) throws -> Value {
        let (a, b) = try operands(f)
        if case .int(let x) = a, case .int(let y) = b, y > 0 {
            let r = x % y
            return .int(r < 0 ? r + y : r)
        }
        return try slow(a, b, f)
    }
}

final class FloorDivNode: BinaryNode {
    override func eval(_ f: Frame) throws -> Value {
        let (a, b) = try operands(f)
        if case .int(let x) = a, case .int(let y) = b, y > 0 {
            let q = x / y
            return .int(x % y < 0 ? q - 1 : q)
        }
        return try slow(a, b, f)
    }
}

final class UnaryNode: ExprNode {
    let op: UnaryOp
    let operand: ExprNode
    init(_ op: UnaryOp, _ operand: ExprNode, span: Span) { self.op = op; self.operand = operand; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        let v = try operand.eval(f)
        if op == .neg, case .int(let i) = v, i != Int.min { return .int(-i) }
        return try located(span, f) { try f.interp.unary(op, v) }
    }
}

/// A single comparison `a op b` with an int fast path.
final class CompareNode: ExprNode {
    let op: CompareOp
    let left: ExprNode, right: ExprNode
    let rightInt: Int?
    let leftSlot: Int, rightSlot: Int
    init(_ op: CompareOp, _ l: ExprNode, _ r: ExprNode, span: Span) {
        self.op = op; left = l; right = r
        if let c = r as? ConstantNode, case .int(let i) = c.value { rightInt = i } else { rightInt = nil }
        leftSlot = (l as? LocalNode)?.slot ?? -1
        rightSlot = (r as? LocalNode)?.slot ?? -1
        super.init(span: span)
    }
    override func eval(_ f: Frame) throws -> Value {
        let a: Value
        if leftSlot >= 0, let v = f.slots[leftSlot] { a = v } else { a = try left.eval(f) }
        let b: Value
        if let c = rightInt { b = .int(c) } else if rightSlot >= 0, let v = f.slots[rightSlot] { b = v } else { b = try right.eval(f) }
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .lt: return .bool(x < y)
            case .le: return .bool(x <= y)
            case .gt: return .bool(x > y)
            case .ge: return .bool(x >= y)
            case .eq: return .bool(x == y)
            case .ne: return .bool(x != y)
            default: break
            }
        }
        return try located(span, f) { try f.interp.compare(op, a, b) }
    }
}

/// `a < b < c`: each operand evaluated once, short-circuiting.
final class ChainCompareNode: ExprNode {
    let first: ExprNode
    let rest: [(CompareOp, ExprNode)]
    init(_ first: ExprNode, _ rest: [(CompareOp, ExprNode)], span: Span) { self.first = first; self.rest = rest; super.init(span: span) }
    override func eval(_ f: Frame) throws -> Value {
        var left = try first.eval(f)
        var result: Value = .bool(true)
        for (op, node) in rest {
            let right = try node.eval(f)
            result = try located(span, f) { try f.interp.compare(op, left, right) }
            if !(try f.interp.isTruthy(result)) { return result }
            left = right
        }
        return result
    }
}
