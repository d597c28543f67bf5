/// A function implemented in Swift, optionally with a Python signature for keyword arguments.
///
///     let dense = PyNativeFunction("Dense", "units, activation=None, use_bias=True") { a in
///         let units = try a.int("units")          // TypeError names 'units' on a bad type
///         return .int(units)
///     }
public final class PyNativeFunction: PyObject {
    /// `__name__`.
    public let name: String
    /// `__doc__`, shown by `help()`.
    public var doc: String?
    let signature: Signature?
    let raw: ((Arguments) throws -> Value)?
    let bound: ((BoundArguments) throws -> Value)?

    /// A function receiving the raw arguments.
    public init(_ name: String, doc: String? = nil, _ body: @escaping (Arguments) throws -> Value) {
        self.name = name; self.doc = doc; signature = nil; raw = body; bound = nil
    }

    /// A function whose arguments are bound to `signature` (Python syntax, literal defaults).
    /// A malformed signature is a programming error in the binding and traps at registration.
    public init(_ name: String, _ signature: String, doc: String? = nil, _ body: @escaping (BoundArguments) throws -> Value) {
        self.name = name; self.doc = doc
        do { self.signature = try Signature(parsing: signature) } catch { preconditionFailure("bad signature for \(name): \(signature)") }
        raw = nil; bound = body
    }

    override public var pyClass: PyClass { PyTypes.builtinFunction }

    override public func call(_ args: Arguments) throws -> Value {
        if let raw { return try raw(args) }
        let values = try signature!.bind(args, function: name)
        return try bound!(BoundArguments(function: name, values: values, signature: signature!, interpreter: args.interpreter))
    }

    override public func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        if name == "__name__" { return .str(self.name) }
        if name == "__doc__" { return doc.map(Value.str) ?? .none }
        return try super.getAttribute(name, interp)
    }

    override public func repr(_ interp: PythonInterpreter) throws -> String { "<built-in function \(name)>" }
}

/// A function bound to its receiver (`obj.method`).
public final class PyBoundMethod: PyObject {
    /// `__self__`.
    public let receiver: Value
    /// `__func__`.
    public let function: Value
    init(receiver: Value, function: Value) {
        self.receiver = receiver; self.function = function
        super.init()
        trackForCollection()
    }

    override public func visitReferences(_ visitor: inout ReferenceVisitor) {
        visitor.visit(receiver)
        visitor.visit(function)
    }

    override public var pyClass: PyClass { PyTypes.method }

    override public func call(_ args: Arguments) throws -> Value {
        var a = args
        a.positional.insert(receiver, at: 0)
        return try args.interpreter.call(function, a)
    }

    override public func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        if name == "__self__" { return receiver }
        if name == "__func__" { return function }
        return try interp.getAttribute(function, name)
    }

    override public func repr(_ interp: PythonInterpreter) throws -> String {
        let fname: String
        if case .object(let o) = function, let f = o as? PyFunction {
            fname = f.qualifiedName
        } else if case .object(let o) = function, let f = o as? PyNativeFunction {
            fname = f.name
        } else {
            fname = "?"
        }
        return "<bound method \(fname) of \(try interp.repr(receiver))>"
    }
}
