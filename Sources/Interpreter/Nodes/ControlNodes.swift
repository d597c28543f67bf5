final class TryNode: StmtNode {
    struct Handler {
        let type: ExprNode?
        let target: TargetNode?
        let body: StmtNode
        let span: Span
    }
    let body: StmtNode
    let handlers: [Handler]
    let orElse: StmtNode?
    let finally: StmtNode?

    init(body: StmtNode, handlers: [Handler], orElse: StmtNode?, finally: StmtNode?, span: Span) {
        self.body = body; self.handlers = handlers; self.orElse = orElse; self.finally = finally; super.init(span: span)
    }

    override func exec(_ f: Frame) throws -> Flow {
        var flow: Flow
        do {
            flow = try runProtected(f)
        } catch {
            if let finally {
                let finalFlow = try finally.exec(f)
                if finalFlow != .normal { return finalFlow }
            }
            throw error
        }
        if let finally {
            let saved = f.returnValue
            let finalFlow = try finally.exec(f)
            if finalFlow != .normal { return finalFlow }
            f.returnValue = saved
        }
        return flow
    }

    func runProtected(_ f: Frame) throws -> Flow {
        let flow: Flow
        do {
            flow = try body.exec(f)
        } catch {
            let pyError = f.interp.pythonError(from: error)
            if pyError.exception.isUncatchable || handlers.isEmpty { throw pyError }
            for h in handlers {
                if let typeNode = h.type {
                    let t = try typeNode.eval(f)
                    guard try located(typeNode.span, f, { try matches(pyError.exception, t) }) else { continue }
                }
                let saved = f.handling
                f.handling = pyError.exception
                defer { f.handling = saved }
                pyError.exception.pendingSpan = nil
                try h.target?.assign(.object(pyError.exception), f)
                let result: Flow
                do { result = try h.body.exec(f) } catch let inner as PythonError {
                    if inner.exception !== pyError.exception && inner.exception.context == nil { inner.exception.context = pyError.exception }
                    throw inner
                }
                try? h.target?.delete(f)
                return result
            }
            throw pyError
        }
        if flow == .normal, let orElse { return try orElse.exec(f) }
        return flow
    }

    func matches(_ e: PyExceptionObject, _ type: Value) throws -> Bool {
        switch type {
        case .object(let o as PyClass):
            guard o.isSubclass(of: PyTypes.BaseException) else {
                throw PythonError.typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            return e.cls.isSubclass(of: o)
        case .tuple(let items): return try items.contains { try matches(e, $0) }
        default: throw PythonError.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }
}

final class RaiseNode: StmtNode {
    let exception: ExprNode?, cause: ExprNode?
    init(_ exception: ExprNode?, cause: ExprNode?, span: Span) { self.exception = exception; self.cause = cause; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow {
        guard let exception else {
            guard let current = f.handling ?? f.interp.handlingStack.last else {
                throw located(span, PythonError.runtimeError("No active exception to reraise"))
            }
            throw PythonError(current)
        }
        let v = try exception.eval(f)
        let e = try located(span, f) { try RaiseNode.instantiate(v, f.interp) }
        if let cause { e.exception.cause = try RaiseNode.instantiate(try cause.eval(f), f.interp).exception }
        if let ctx = f.handling, ctx !== e.exception { e.exception.context = ctx }
        e.exception.pendingSpan = span
        throw e
    }

    static func instantiate(_ v: Value, _ interp: PythonInterpreter) throws -> PythonError {
        if case .object(let o) = v {
            if let e = o as? PyExceptionObject { return PythonError(e) }
            if let c = o as? PyClass, c.isSubclass(of: PyTypes.BaseException),
                case .object(let made) = try c.call(Arguments([], [], interp)), let e = made as? PyExceptionObject
            {
                return PythonError(e)
            }
        }
        return PythonError.typeError("exceptions must derive from BaseException")
    }
}

final class WithNode: StmtNode {
    let context: ExprNode
    let target: TargetNode?
    let body: StmtNode
    init(context: ExprNode, target: TargetNode?, body: StmtNode, span: Span) {
        self.context = context; self.target = target; self.body = body; super.init(span: span)
    }
    override func exec(_ f: Frame) throws -> Flow {
        let manager = try context.eval(f)
        let interp = f.interp
        let (enter, exit) = try located(context.span, f) { () throws -> (Value, Value) in
            do {
                return (try interp.getAttribute(manager, "__enter__"), try interp.getAttribute(manager, "__exit__"))
            } catch let e as PythonError where e.exception.cls.isSubclass(of: PyTypes.AttributeError) {
                throw PythonError.typeError("'\(manager.typeName)' object does not support the context manager protocol")
            }
        }
        let entered = try located(context.span, f) { try interp.call(enter, Arguments([], [], interp)) }
        try target?.assign(entered, f)
        let flow: Flow
        do {
            flow = try body.exec(f)
        } catch {
            let e = interp.pythonError(from: error)
            let suppress = try interp.call(exit, Arguments([.object(e.exception.cls), .object(e.exception), .none], [], interp))
            if !e.exception.isUncatchable, try interp.isTruthy(suppress) { return .normal }
            throw e
        }
        _ = try interp.call(exit, Arguments([.none, .none, .none], [], interp))
        return flow
    }
}

final class AssertNode: StmtNode {
    let test: ExprNode, message: ExprNode?
    init(_ test: ExprNode, _ message: ExprNode?, span: Span) { self.test = test; self.message = message; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow {
        if try f.interp.isTruthy(try test.eval(f)) { return .normal }
        let e = PythonError(PyTypes.AssertionError, "")
        e.exception.args = try message.map { [try $0.eval(f)] } ?? []
        e.exception.note(span)
        throw e
    }
}

final class DeleteNode: StmtNode {
    let targets: [TargetNode]
    init(_ targets: [TargetNode], span: Span) { self.targets = targets; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow {
        for t in targets { try t.delete(f) }
        return .normal
    }
}

final class ImportNode: StmtNode {
    let path: [String]
    let alias: String?
    let target: TargetNode
    init(path: [String], alias: String?, target: TargetNode, span: Span) { self.path = path; self.alias = alias; self.target = target; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow {
        let module = try located(span, f) { try f.interp.importModule(path.joined(separator: ".")) }
        if alias != nil { try target.assign(.object(module), f); return .normal }
        let top = try located(span, f) { try f.interp.importModule(path[0]) }
        try target.assign(.object(top), f)
        return .normal
    }
}

final class ImportFromNode: StmtNode {
    let module: String
    let names: [(name: String, target: TargetNode?)]
    init(module: String, names: [(name: String, target: TargetNode?)], span: Span) { self.module = module; self.names = names; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow {
        let m = try located(span, f) { try f.interp.importModule(module) }
        for (name, target) in names {
            if name == "*" {
                for key in m.attributeNames() where !key.hasPrefix("_") {
                    if let v = try m.attribute(key) { f.globals.slot(key).value = v }
                }
                continue
            }
            let v = try located(span, f) { () throws -> Value in
                if let v = try m.attribute(name) { return v }
                if let sub = try? f.interp.importModule(module + "." + name) { return .object(sub) }
                var message = "cannot import name '\(name)' from '\(module)'"
                if let s = suggestion(for: name, among: m.attributeNames()) { message += ". Did you mean: '\(s)'?" }
                throw PythonError(PyTypes.ImportError, message)
            }
            try target?.assign(v, f)
        }
        return .normal
    }
}

final class MagicNode: StmtNode {
    let text: String
    init(_ text: String, span: Span) { self.text = text; super.init(span: span) }
    override func exec(_ f: Frame) throws -> Flow {
        try located(span, f) { try f.interp.magicHandler?(text) }
        return .normal
    }
}
