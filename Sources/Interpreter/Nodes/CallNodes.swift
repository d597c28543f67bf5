/// Evaluates call arguments, expanding `*args` and `**kwargs`.
struct ArgumentList {
    let positional: [ExprNode]
    let keywords: [(name: String?, value: ExprNode)]
    let isSimple: Bool

    init(positional: [ExprNode], keywords: [(name: String?, value: ExprNode)]) {
        self.positional = positional
        self.keywords = keywords
        isSimple = keywords.isEmpty && !positional.contains { $0 is StarNode }
    }

    func evaluate(_ f: Frame, prefix: Value? = nil) throws -> Arguments {
        var values: [Value] = []
        values.reserveCapacity(positional.count + 1)
        if let prefix { values.append(prefix) }
        for p in positional {
            if let star = p as? StarNode {
                let v = try star.inner.eval(f)
                values.append(contentsOf: try located(star.span, f) { try f.interp.iterateToArray(v) })
            } else {
                values.append(try p.eval(f))
            }
        }
        var keywords: [(name: String, value: Value)] = []
        for (name, node) in self.keywords {
            let v = try node.eval(f)
            if let name { keywords.append((name, v)); continue }
            guard case .dict(let d) = v else {
                throw PythonError.typeError("argument after ** must be a mapping, not \(v.typeName)")
            }
            for (k, item) in d.pairs {
                guard case .str(let s) = k else { throw PythonError.typeError("keywords must be strings") }
                if keywords.contains(where: { $0.name == s }) { throw PythonError.typeError("got multiple values for keyword argument '\(s)'") }
                keywords.append((s, item))
            }
        }
        return Arguments(values, keywords, f.interp)
    }
}

final class CallNode: ExprNode {
    let callee: ExprNode
    let arguments: ArgumentList
    init(_ callee: ExprNode, _ arguments: ArgumentList, span: Span) { self.callee = callee; self.arguments = arguments; super.init(span: span) }

    override func eval(_ f: Frame) throws -> Value {
        let c = try callee.eval(f)
        if arguments.isSimple, case .object(let o) = c, let fn = o as? PyFunction,
            let frame = try fn.directFrame(receiver: nil, arguments.positional, caller: f)
        {
            return try located(span, f) { try fn.run(frame) }
        }
        let args = try arguments.evaluate(f)
        return try located(span, f) { try f.interp.call(c, args) }
    }
}

/// `obj.name(args)`: avoids creating a bound method, with fast paths for common list/dict methods.
final class MethodCallNode: ExprNode {
    let object: ExprNode
    let name: String
    let arguments: ArgumentList
    init(_ object: ExprNode, _ name: String, _ arguments: ArgumentList, span: Span) {
        self.object = object; self.name = name; self.arguments = arguments; super.init(span: span)
    }

    override func eval(_ f: Frame) throws -> Value {
        let receiver = try object.eval(f)
        if arguments.isSimple {
            if case .list(let l) = receiver, name == "append", arguments.positional.count == 1 {
                l.items.append(try arguments.positional[0].eval(f))
                return .none
            }
            if case .dict(let d) = receiver, name == "get", arguments.positional.count <= 2 {
                let key = try arguments.positional[0].eval(f)
                let fallback = arguments.positional.count == 2 ? try arguments.positional[1].eval(f) : .none
                return try located(span, f) { try d.get(key, f.interp) } ?? fallback
            }
        }
        let method: Value
        var passSelf = false
        switch receiver {
        case .object(let o as PyInstance):
            if let v = o.attributes[name] {
                method = v
            } else if case .object(let m)? = o.cls.lookup(name), m is PyFunction || m is PyNativeFunction {
                method = .object(m); passSelf = true
            } else {
                method = try located(span, f) { try o.getAttribute(name, f.interp) }
            }
        case .object:
            method = try located(span, f) { try f.interp.getAttribute(receiver, name) }
        default:
            if case .object(let m)? = receiver.pyClass.lookup(name), m is PyNativeFunction {
                method = .object(m); passSelf = true
            } else {
                method = try located(span, f) { try f.interp.getAttribute(receiver, name) }
            }
        }
        if passSelf, arguments.isSimple, case .object(let o) = method, let fn = o as? PyFunction,
            let frame = try fn.directFrame(receiver: receiver, arguments.positional, caller: f)
        {
            return try located(span, f) { try fn.run(frame) }
        }
        let args = try arguments.evaluate(f, prefix: passSelf ? receiver : nil)
        return try located(span, f) { try f.interp.call(method, args) }
    }
}

/// Zero-argument `super()`: the defining class and the first parameter of the current function.
final class SuperNode: ExprNode {
    override func eval(_ f: Frame) throws -> Value {
        guard let fn = f.function, let owner = fn.ownerClass, f.slotCount > 0, let receiver = f.slots[0] else {
            throw PythonError.runtimeError("super(): no arguments")
        }
        return .object(PySuper(owner: owner, receiver: receiver))
    }
}

/// The proxy `super()` returns: attribute lookup starts after the defining class in the MRO.
final class PySuper: PyObject {
    let owner: PyClass
    let receiver: Value
    init(owner: PyClass, receiver: Value) { self.owner = owner; self.receiver = receiver }
    override var pyClass: PyClass { PyTypes.superType }

    override func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        let cls: PyClass
        if case .object(let c as PyClass) = receiver { cls = c } else { cls = receiver.pyClass }
        let mro = cls.mro
        let start = (mro.firstIndex { $0 === owner } ?? -1) + 1
        for c in mro[min(start, mro.count)...] {
            guard let v = c.dict[name] else { continue }
            if case .object(let o) = v {
                if o is PyFunction || o is PyNativeFunction { return .object(PyBoundMethod(receiver: receiver, function: v)) }
                if let p = o as? PyProperty { return try p.getter(receiver, interp) }
                if let cm = o as? PyClassMethod { return .object(PyBoundMethod(receiver: .object(cls), function: cm.function)) }
            }
            return v
        }
        if name == "__init__" { return .object(PyNativeFunction("__init__") { _ in .none }) }
        throw PythonError.attributeError("'super' object has no attribute '\(name)'")
    }
}

final class LambdaNode: ExprNode {
    let code: CodeObject
    let defaults: [ExprNode?]
    let qualifiedName: String
    init(code: CodeObject, defaults: [ExprNode?], qualifiedName: String, span: Span) {
        self.code = code; self.defaults = defaults; self.qualifiedName = qualifiedName; super.init(span: span)
    }
    override func eval(_ f: Frame) throws -> Value {
        .object(try makeFunction(f))
    }

    func makeFunction(_ f: Frame) throws -> PyFunction {
        let defaultValues = try defaults.map { try $0?.eval(f) }
        let closure = code.freeSources.map { f.cells[$0] }
        return PyFunction(code: code, globals: f.globals, closure: closure, defaults: defaultValues, qualifiedName: qualifiedName)
    }
}

extension PyFunction {
    /// The frame of a call whose arguments are plain positional expressions (after `receiver`,
    /// for a method), filled straight from the caller's expressions with no `Arguments` in
    /// between; nil when the parameters need binding (defaults, keywords, `*args`), which
    /// `call` does.
    @inline(__always)
    func directFrame(receiver: Value?, _ arguments: [ExprNode], caller f: Frame) throws -> Frame? {
        let offset = receiver == nil ? 0 : 1
        guard code.isSimple, code.signature.params.count == arguments.count + offset else { return nil }
        let frame = Frame(code: code, globals: globals, interp: f.interp, closure: closure)
        if let receiver { frame.slots[0] = receiver }
        for (i, a) in arguments.enumerated() { frame.slots[i + offset] = try a.eval(f) }
        return frame
    }
}
