/// An executable statement: the compiled form of a `Stmt`.
class StmtNode {
    let span: Span
    init(span: Span) { self.span = span }
    func exec(_ f: Frame) throws -> Flow { .normal }
}

final class PassNode: StmtNode {}

final class BlockNode: StmtNode {
    let body: [StmtNode]
    /// The statements again, unretained: `body` owns them, and calling through `Unmanaged`
    /// spares a retain/release pair per statement executed.
    let fast: UnsafeMutableBufferPointer<Unmanaged<StmtNode>>
    init(_ body: [StmtNode], span: Span) {
        self.body = body
        fast = .allocate(capacity: body.count)
        _ = fast.initialize(from: body.map { Unmanaged.passUnretained($0) })
        super.init(span: span)
    }
    deinit { fast.deallocate() }
    override func exec(_ f: Frame) throws -> Flow {
        for i in 0..<fast.count {
            let flow = try fast[i]._withUnsafeGuaranteedRef { s -> Flow in
                do { return try s.exec(f) } catch let e as PythonError {
                    e.exception.note(s.span); throw e
                }
            }
            if flow != .normal { return flow }
        }
        return .normal
    }
}

final class ExprStmtNode: StmtNode {
    let expr: ExprNode
    init(_ expr: ExprNode, span: Span) { self.expr = expr; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow { _ = try expr.eval(f); return .normal }
}

/// Interactive mode: evaluates an expression statement and echoes its repr unless it is None.
final class EchoNode: StmtNode {
    let expr: ExprNode
    init(_ expr: ExprNode, span: Span) { self.expr = expr; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow {
        let v = try expr.eval(f)
        if !v.isNone {
            try located(span, f) { try f.interp.write(try f.interp.repr(v) + "\n") }
            f.interp.builtins["_"] = v
        }
        return .normal
    }
}

final class AssignNode: StmtNode {
    let targets: [TargetNode]
    let value: ExprNode
    init(_ targets: [TargetNode], _ value: ExprNode, span: Span) { self.targets = targets; self.value = value; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow {
        let v = try value.eval(f)
        for t in targets { try t.assign(v, f) }
        return .normal
    }
}

final class AssignLocalNode: StmtNode {
    let slot: Int
    let value: ExprNode
    init(slot: Int, _ value: ExprNode, span: Span) { self.slot = slot; self.value = value; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow { f.slots[slot] = try value.eval(f); return .normal }
}

/// `x op= y` on a local with int/float fast paths.
final class AugLocalNode: StmtNode {
    let slot: Int, name: String, op: BinaryOp
    let value: ExprNode
    init(slot: Int, name: String, op: BinaryOp, _ value: ExprNode, span: Span) {
        self.slot = slot; self.name = name; self.op = op; self.value = value; super.init(span: span)
    }
    override func exec(_ f: Frame) throws -> Flow {
        guard let current = f.slots[slot] else {
            throw PythonError(PyTypes.UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
        }
        let rhs = try value.eval(f)
        if case .int(let a) = current, case .int(let b) = rhs {
            switch op {
            case .add: let (r, o) = a.addingReportingOverflow(b); if !o { f.slots[slot] = .int(r); return .normal }
            case .sub: let (r, o) = a.subtractingReportingOverflow(b); if !o { f.slots[slot] = .int(r); return .normal }
            case .mul: let (r, o) = a.multipliedReportingOverflow(by: b); if !o { f.slots[slot] = .int(r); return .normal }
            default: break
            }
        } else if case .float(let a) = current, case .float(let b) = rhs, op == .add {
            f.slots[slot] = .float(a + b); return .normal
        }
        f.slots[slot] = nil
        let result = try located(span, f) { try f.interp.inPlace(op, current, rhs) }
        f.slots[slot] = result
        return .normal
    }
}

/// General augmented assignment: the target's object and index are evaluated once.
final class AugAssignNode: StmtNode {
    let target: TargetNode
    let load: ExprNode
    let op: BinaryOp
    let value: ExprNode
    init(target: TargetNode, load: ExprNode, op: BinaryOp, value: ExprNode, span: Span) {
        self.target = target; self.load = load; self.op = op; self.value = value; super.init(span: span)
    }
    override func exec(_ f: Frame) throws -> Flow {
        switch target {
        case let s as StoreSubscript:
            let o = try s.object.eval(f), i = try s.index.eval(f)
            let current = try located(span, f) { try f.interp.getItem(o, i) }
            let rhs = try value.eval(f)
            let result = try located(span, f) { try f.interp.inPlace(op, current, rhs) }
            try located(span, f) { try f.interp.setItem(o, i, result) }
        case let a as StoreAttribute:
            let o = try a.object.eval(f)
            let current = try located(span, f) { try f.interp.getAttribute(o, a.name) }
            let rhs = try value.eval(f)
            let result = try located(span, f) { try f.interp.inPlace(op, current, rhs) }
            try located(span, f) { try f.interp.setAttribute(o, a.name, result) }
        default:
            let current = try load.eval(f)
            let rhs = try value.eval(f)
            let result = try located(span, f) { try f.interp.inPlace(op, current, rhs) }
            try target.assign(result, f)
        }
        return .normal
    }
}

final class IfNode: StmtNode {
    let test: ExprNode
    let body: StmtNode, orElse: StmtNode?
    init(_ test: ExprNode, _ body: StmtNode, _ orElse: StmtNode?, span: Span) { self.test = test; self.body = body; self.orElse = orElse; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow {
        let t = try test.eval(f)
        let truth: Bool
        if case .bool(let b) = t { truth = b } else { truth = try located(test.span, f) { try f.interp.isTruthy(t) } }
        if truth { return try body.exec(f) }
        return try orElse?.exec(f) ?? .normal
    }
}

final class BreakNode: StmtNode { override func exec(_ f: Frame) throws -> Flow { .breakLoop } }
final class ContinueNode: StmtNode { override func exec(_ f: Frame) throws -> Flow { .continueLoop } }

final class ReturnNode: StmtNode {
    let value: ExprNode?
    init(_ value: ExprNode?, span: Span) { self.value = value; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow {
        f.returnValue = try value?.eval(f) ?? .none
        return .returned
    }
}

final class FunctionDefNode: StmtNode {
    let lambda: LambdaNode
    let decorators: [ExprNode]
    let target: TargetNode
    init(lambda: LambdaNode, decorators: [ExprNode], target: TargetNode, span: Span) {
        self.lambda = lambda; self.decorators = decorators; self.target = target; super.init(span: span)
    }
    override func exec(_ f: Frame) throws -> Flow {
        let decoratorValues = try decorators.map { try $0.eval(f) }
        var v: Value = .object(try lambda.makeFunction(f))
        for d in decoratorValues.reversed() { v = try located(span, f) { try f.interp.call(d, Arguments([v], [], f.interp)) } }
        try target.assign(v, f)
        return .normal
    }
}

final class ClassDefNode: StmtNode {
    let name: String
    let bases: ArgumentList
    let code: CodeObject
    let decorators: [ExprNode]
    let target: TargetNode
    let doc: String?
    init(name: String, bases: ArgumentList, code: CodeObject, decorators: [ExprNode], target: TargetNode, doc: String?, span: Span) {
        self.name = name; self.bases = bases; self.code = code; self.decorators = decorators; self.target = target; self.doc = doc
        super.init(span: span)
    }
    override func exec(_ f: Frame) throws -> Flow {
        let decoratorValues = try decorators.map { try $0.eval(f) }
        let args = try bases.evaluate(f)
        var baseClasses: [PyClass] = []
        for b in args.positional {
            guard case .object(let o) = b, let c = o as? PyClass else {
                throw located(span, PythonError.typeError("bases must be types"))
            }
            baseClasses.append(c)
        }
        let body = Frame(code: code, globals: f.globals, interp: f.interp, closure: code.freeSources.map { f.cells[$0] })
        body.classNamespace = ["__module__": .str("__main__"), "__qualname__": .str(name)]
        do { _ = try code.body.exec(body) } catch let e as PythonError {
            e.exception.leaveFrame(file: code.file, function: name, fallback: span)
            throw e
        }
        var namespace = body.classNamespace ?? [:]
        namespace.removeValue(forKey: "__module__")
        namespace.removeValue(forKey: "__qualname__")
        let cls = PyClass(name: name, module: "__main__", bases: baseClasses, attributes: namespace, frozen: false, doc: doc)
        for (_, v) in namespace {
            if case .object(let o) = v {
                if let fn = o as? PyFunction { fn.ownerClass = cls }
                if let s = o as? PyStaticMethod, case .object(let inner) = s.function, let fn = inner as? PyFunction { fn.ownerClass = cls }
                if let s = o as? PyClassMethod, case .object(let inner) = s.function, let fn = inner as? PyFunction { fn.ownerClass = cls }
            }
        }
        var v: Value = .object(cls)
        for d in decoratorValues.reversed() { v = try f.interp.call(d, Arguments([v], [], f.interp)) }
        try target.assign(v, f)
        return .normal
    }
}

func located(_ span: Span, _ e: PythonError) -> PythonError { e.exception.note(span); return e }
