final class WhileNode: StmtNode {
    let test: ExprNode
    let body: StmtNode, orElse: StmtNode?
    init(_ test: ExprNode, _ body: StmtNode, _ orElse: StmtNode?, span: Span) { self.test = test; self.body = body; self.orElse = orElse; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow {
        let interp = f.interp
        while true {
            let t = try test.eval(f)
            let truth: Bool
            if case .bool(let b) = t { truth = b } else { truth = try located(test.span, f) { try interp.isTruthy(t) } }
            if !truth { break }
            try interp.tick(span, f)
            switch try body.exec(f) {
            case .breakLoop: return .normal
            case .returned: return .returned
            default: break
            }
        }
        return try orElse?.exec(f) ?? .normal
    }
}

final class ForNode: StmtNode {
    let target: TargetNode
    let iterable: ExprNode
    let body: StmtNode, orElse: StmtNode?
    let localSlot: Int?
    init(_ target: TargetNode, _ iterable: ExprNode, _ body: StmtNode, _ orElse: StmtNode?, span: Span) {
        self.target = target; self.iterable = iterable; self.body = body; self.orElse = orElse
        localSlot = (target as? StoreLocal)?.slot
        super.init(span: span)
    }

    /// Binds one element and runs the body; returns nil to continue, or the flow that ends the loop.
    @inline(__always)
    func iteration(_ v: Value, _ f: Frame) throws -> Flow? {
        if let s = localSlot { f.slots[s] = v } else { try target.assign(v, f) }
        try f.interp.tick(span, f)
        switch try body.exec(f) {
        case .breakLoop: return .breakLoop
        case .returned: return .returned
        default: return nil
        }
    }

    override func exec(_ f: Frame) throws -> Flow {
        let sequence: Value
        if let range = iterable as? RangeCallNode, let bounds = try range.bounds(f) {
            var i = bounds.start
            while bounds.step > 0 ? i < bounds.stop : i > bounds.stop {
                if let flow = try iteration(.int(i), f) { return flow == .returned ? .returned : .normal }
                let (next, overflow) = i.addingReportingOverflow(bounds.step)
                if overflow { break }
                i = next
            }
            return try orElse?.exec(f) ?? .normal
        }
        sequence = try iterable.eval(f)
        if case .list(let l) = sequence {
            var i = 0
            while i < l.items.count {
                if let flow = try iteration(l.items[i], f) { return flow == .returned ? .returned : .normal }
                i += 1
            }
        } else if case .tuple(let t) = sequence {
            for v in t { if let flow = try iteration(v, f) { return flow == .returned ? .returned : .normal } }
        } else {
            let it = try located(iterable.span, f) { try f.interp.makeIterator(sequence) }
            while let v = try it.next(f.interp) {
                if let flow = try iteration(v, f) { return flow == .returned ? .returned : .normal }
            }
        }
        return try orElse?.exec(f) ?? .normal
    }
}

/// `range(...)` written directly as a `for` iterable: loops without allocating while the name
/// `range` still means the built-in.
final class RangeCallNode: ExprNode {
    let call: CallNode
    let name: Globals.Slot
    init(call: CallNode, name: Globals.Slot) { self.call = call; self.name = name; super.init(span: call.span) }

    override func eval(_ f: Frame) throws -> Value { try call.eval(f) }

    func bounds(_ f: Frame) throws -> (start: Int, stop: Int, step: Int)? {
        guard name.value == nil, case .object(let o)? = f.interp.builtins["range"], o === PyTypes.range else { return nil }
        var p = [Int](repeating: 0, count: call.arguments.positional.count)
        for (i, a) in call.arguments.positional.enumerated() {
            let v = try a.eval(f)
            if case .int(let n) = v { p[i] = n } else { p[i] = try located(a.span, f) { try f.interp.requireInt(v) } }
        }
        switch p.count {
        case 1: return (0, p[0], 1)
        case 2: return (p[0], p[1], 1)
        case 3:
            if p[2] == 0 { throw located(span, PythonError.valueError("range() arg 3 must not be zero")) }
            return (p[0], p[1], p[2])
        default: return nil
        }
    }
}
