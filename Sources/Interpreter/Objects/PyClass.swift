/// A Python class: built-in types, classes defined in Python, and native classes that Python
/// code may subclass (`class MyCallback(tf.keras.callbacks.Callback)`).
///
///     let callback = PyClass(name: "Callback", module: "keras.callbacks", methods: [
///         PyNativeFunction("on_epoch_end", "self, epoch, logs=None") { _ in .none },
///     ])
public final class PyClass: PyObject {
    /// `__name__`.
    public let name: String
    /// `__module__`, shown in reprs (`<class 'keras.callbacks.Callback'>`).
    public var module: String?
    /// Direct base classes.
    public private(set) var bases: [PyClass]
    /// Method resolution order, starting with `self`.
    public private(set) var mro: [PyClass] = []
    /// The class namespace: methods, properties and class attributes.
    public var dict: [String: Value]
    /// Built-in and native classes reject attribute assignment from Python.
    public let isFrozen: Bool
    /// `__doc__`, shown by `help()`.
    public var doc: String?
    /// Builds the value when the class is called (`int(...)`, `np.ndarray(...)`, `Dense(...)`),
    /// receiving the class called and the arguments. For native classes Python may subclass,
    /// use `instanceFactory` and an `__init__` method instead, so subclass methods survive.
    public var constructor: ((PyClass, Arguments) throws -> Value)?
    /// Creates the instance object for this class and Python subclasses (native payloads).
    public var instanceFactory: ((PyClass) -> PyInstance)?

    /// Creates a class. Native classes pass `frozen: true` (the default) and their methods.
    public init(
        name: String, module: String? = nil, bases: [PyClass] = [], methods: [PyNativeFunction] = [],
        properties: [String: PyProperty] = [:], attributes: [String: Value] = [:], frozen: Bool = true, doc: String? = nil
    ) {
        self.name = name
        self.module = module
        self.bases = bases.isEmpty && name != "object" ? [PyTypes.object] : bases
        self.dict = attributes
        self.isFrozen = frozen
        self.doc = doc
        super.init()
        for m in methods { dict[m.name] = .object(m) }
        for (n, p) in properties { dict[n] = .object(p) }
        mro = [self] + PyClass.linearize(self.bases)
        trackForCollection()
    }

    override public func visitReferences(_ visitor: inout ReferenceVisitor) {
        visitor.visit(all: dict.values)
        for base in bases { visitor.visit(base) }
        // The MRO starts with the class itself: a cycle of one that only the collector frees.
        for c in mro { visitor.visit(c) }
    }
    override public func clearReferences() {
        dict = [:]
        bases = []
        mro = []
    }

    static func linearize(_ bases: [PyClass]) -> [PyClass] {
        var out: [PyClass] = []
        for b in bases { for c in b.mro where !out.contains(where: { $0 === c }) { out.append(c) } }
        if let i = out.firstIndex(where: { $0 === PyTypes.object }), i != out.count - 1 {
            out.append(out.remove(at: i))
        }
        return out
    }

    override public var pyClass: PyClass { PyTypes.type }

    /// `module.Name`, or `Name` for built-ins.
    public var qualifiedName: String {
        if let m = module, m != "builtins" { return "\(m).\(name)" }
        return name
    }

    /// Finds `name` in the class and its bases, unbound.
    public func lookup(_ name: String) -> Value? {
        for c in mro { if let v = c.dict[name] { return v } }
        return nil
    }

    /// True if `self` is `other` or derives from it.
    public func isSubclass(of other: PyClass) -> Bool { mro.contains { $0 === other } }

    /// Looks up `name` and binds it to `receiver`: functions become bound methods, properties are read.
    func lookupBound(_ name: String, on receiver: Value, _ interp: PythonInterpreter) throws -> Value? {
        guard let v = lookup(name) else { return nil }
        guard case .object(let o) = v else { return v }
        if o is PyFunction || o is PyNativeFunction { return .object(PyBoundMethod(receiver: receiver, function: v)) }
        if let p = o as? PyProperty { return try p.getter(receiver, interp) }
        if let s = o as? PyStaticMethod { return s.function }
        if let c = o as? PyClassMethod { return .object(PyBoundMethod(receiver: .object(self), function: c.function)) }
        return v
    }

    func allAttributeNames() -> [String] {
        var names: [String] = []
        for c in mro { names.append(contentsOf: c.dict.keys) }
        return Array(Set(names)).sorted()
    }

    override public func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        switch name {
        case "__name__": return .str(self.name)
        case "__qualname__": return .str(self.name)
        case "__doc__": return doc.map(Value.str) ?? .none
        case "__module__": return .str(module ?? "builtins")
        case "__mro__": return .tuple(mro.map { .object($0) })
        case "__bases__": return .tuple(bases.map { .object($0) })
        case "__dict__": let d = PyDict(); for (k, v) in dict.sorted(by: { $0.key < $1.key }) { d.setString(k, v) }; return .dict(d)
        default: break
        }
        guard let v = lookup(name) else {
            var message = "type object '\(self.name)' has no attribute '\(name)'"
            if let s = suggestion(for: name, among: allAttributeNames()) { message += ". Did you mean: '\(s)'?" }
            throw PythonError.attributeError(message)
        }
        if case .object(let o) = v {
            if let s = o as? PyStaticMethod { return s.function }
            if let c = o as? PyClassMethod { return .object(PyBoundMethod(receiver: .object(self), function: c.function)) }
        }
        return v
    }

    override public func setAttribute(_ name: String, _ value: Value, _ interp: PythonInterpreter) throws {
        if isFrozen { throw PythonError.typeError("cannot set '\(name)' attribute of immutable type '\(self.name)'") }
        dict[name] = value
    }

    override public func call(_ args: Arguments) throws -> Value {
        if let ctor = constructor { return try ctor(self, args) }
        for c in mro where c !== self && c.constructor != nil && c.instanceFactory == nil && c !== PyTypes.object {
            return try c.constructor!(self, args)
        }
        let factory = mro.lazy.compactMap(\.instanceFactory).first
        let instance = factory?(self) ?? PyInstance(cls: self)
        let interp = args.interpreter
        if let initializer = lookup("__init__") {
            let result = try interp.call(initializer, Arguments([.object(instance)] + args.positional, args.keywords, interp))
            guard result.isNone else { throw PythonError.typeError("__init__() should return None, not '\(result.typeName)'") }
        } else if !args.positional.isEmpty || !args.keywords.isEmpty {
            throw PythonError.typeError("\(name)() takes no arguments")
        }
        return .object(instance)
    }

    override public func repr(_ interp: PythonInterpreter) throws -> String { "<class '\(qualifiedName)'>" }

    override public func compare(_ op: CompareOp, _ other: Value, _ interp: PythonInterpreter) throws -> Value? {
        try super.compare(op, other, interp)
    }

    override public func binaryOperation(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: PythonInterpreter) throws -> Value? {
        nil
    }
}

/// A property in a class namespace: computed attribute with an optional setter.
public final class PyProperty: PyObject {
    let getter: (Value, PythonInterpreter) throws -> Value
    let setter: ((Value, Value, PythonInterpreter) throws -> Void)?
    /// Creates a property; `setter == nil` makes it read-only.
    public init(
        get: @escaping (Value, PythonInterpreter) throws -> Value,
        set: ((Value, Value, PythonInterpreter) throws -> Void)? = nil
    ) {
        getter = get; setter = set
    }
    override public var pyClass: PyClass { PyTypes.property }

    override public func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        guard name == "setter" else { return try super.getAttribute(name, interp) }
        let getter = self.getter
        return .object(
            PyNativeFunction("setter") { a in
                guard let f = a.positional.first else { throw PythonError.typeError("setter() takes exactly one argument (0 given)") }
                return .object(
                    PyProperty(
                        get: getter,
                        set: { receiver, v, interp in
                            _ = try interp.call(f, Arguments([receiver, v], [], interp))
                        }))
            })
    }
}

/// `staticmethod(f)`.
final class PyStaticMethod: PyObject {
    let function: Value
    init(_ f: Value) { function = f; super.init(); trackForCollection() }
    override func visitReferences(_ visitor: inout ReferenceVisitor) { visitor.visit(function) }
    override var pyClass: PyClass { PyTypes.staticmethod }
}

/// `classmethod(f)`.
final class PyClassMethod: PyObject {
    let function: Value
    init(_ f: Value) { function = f; super.init(); trackForCollection() }
    override func visitReferences(_ visitor: inout ReferenceVisitor) { visitor.visit(function) }
    override var pyClass: PyClass { PyTypes.classmethod }
}
