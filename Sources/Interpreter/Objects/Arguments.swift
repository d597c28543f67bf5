/// The arguments of one call, as the caller wrote them.
public struct Arguments {
    /// Positional arguments (after `*args` expansion).
    public var positional: [Value]
    /// Keyword arguments in call order (after `**kwargs` expansion).
    public var keywords: [(name: String, value: Value)]
    /// The interpreter making the call (for callbacks, printing, errors).
    public unowned let interpreter: PythonInterpreter

    /// Creates an argument list.
    public init(_ positional: [Value], _ keywords: [(name: String, value: Value)] = [], _ interpreter: PythonInterpreter) {
        self.positional = positional
        self.keywords = keywords
        self.interpreter = interpreter
    }
}

/// A parameter list (`"units, activation=None, *, use_bias=True, **kwargs"`) and CPython's binding
/// rules and `TypeError` messages, shared by Python functions and native functions.
public struct Signature {
    struct Param {
        var name: String
        var kind: Parameter.Kind
        var defaultValue: Value?
    }
    var params: [Param]
    let positionalCount: Int
    let varArgsIndex: Int?
    let varKeywordsIndex: Int?
    let indexByName: [String: Int]

    init(_ params: [Param]) {
        self.params = params
        positionalCount = params.filter { $0.kind == .normal }.count
        varArgsIndex = params.firstIndex { $0.kind == .varArgs }
        varKeywordsIndex = params.firstIndex { $0.kind == .varKeywords }
        var byName: [String: Int] = [:]
        for (i, p) in params.enumerated() where p.kind == .normal || p.kind == .keywordOnly { byName[p.name] = i }
        indexByName = byName
    }

    /// Parses a Python parameter list; defaults must be literals (numbers, strings, None, bools, tuples).
    public init(parsing text: String) throws {
        var parser = Parser(source: "def f(\(text)): pass\n")
        let stmts = try parser.module()
        guard case .functionDef(_, let params, _, _, _)? = stmts.first?.kind else {
            throw PythonError.valueError("bad signature '\(text)'")
        }
        self.init(
            try params.map { p in
                Param(name: p.name, kind: p.kind, defaultValue: try p.defaultValue.map { try Signature.literal($0) })
            })
    }

    static func literal(_ e: Expr) throws -> Value {
        switch e.kind {
        case .int(let i): return .int(i)
        case .float(let d): return .float(d)
        case .string(let s): return .str(s)
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .tuple(let items): return .tuple(try items.map(literal))
        case .list(let items): return .list(PyList(try items.map(literal)))
        case .dict: return .dict(PyDict())
        case .unary(.neg, let inner):
            if case .float(let d) = try literal(inner) { return .float(-d) }
            if case .int(let i) = try literal(inner) { return .int(-i) }
            throw PythonError.valueError("unsupported default")
        default: throw PythonError.valueError("native signature defaults must be literals")
        }
    }

    /// Binds `args` to one value per parameter; `defaults` overrides the parsed defaults.
    func bind(_ args: Arguments, function name: String, defaults: [Value?]? = nil) throws -> [Value] {
        var slots = [Value?](repeating: nil, count: params.count)
        let positional = args.positional
        let fill = min(positional.count, positionalCount)
        var p = 0
        for (i, param) in params.enumerated() where param.kind == .normal && p < fill { slots[i] = positional[p]; p += 1 }
        if positional.count > positionalCount {
            if let v = varArgsIndex {
                slots[v] = .tuple(Array(positional[positionalCount...]))
            } else {
                throw tooManyPositional(name, given: positional.count, keywordsGiven: !args.keywords.isEmpty, defaults: defaults)
            }
        } else if let v = varArgsIndex {
            slots[v] = .tuple([])
        }
        var extra: PyDict? = nil
        if let k = varKeywordsIndex { extra = PyDict(); slots[k] = .dict(extra!) }
        for (key, value) in args.keywords {
            if let i = indexByName[key] {
                if slots[i] != nil { throw PythonError.typeError("\(name)() got multiple values for argument '\(key)'") }
                slots[i] = value
            } else if let extra {
                extra.setString(key, value)
            } else {
                throw PythonError.typeError("\(name)() got an unexpected keyword argument '\(key)'")
            }
        }
        var missingPositional: [String] = [], missingKeyword: [String] = []
        for (i, param) in params.enumerated() where slots[i] == nil {
            if let d = (defaults?[i] ?? nil) ?? param.defaultValue { slots[i] = d; continue }
            if param.kind == .normal { missingPositional.append(param.name) } else if param.kind == .keywordOnly { missingKeyword.append(param.name) }
        }
        if !missingPositional.isEmpty { throw missing(name, missingPositional, "positional") }
        if !missingKeyword.isEmpty { throw missing(name, missingKeyword, "keyword-only") }
        return slots.map { $0 ?? .none }
    }

    func tooManyPositional(_ name: String, given: Int, keywordsGiven: Bool, defaults: [Value?]?) -> PythonError {
        let withDefault = params.enumerated().filter {
            $0.element.kind == .normal && (($0.offset < (defaults?.count ?? 0) ? defaults![$0.offset] : nil) ?? $0.element.defaultValue) != nil
        }.count
        let most = positionalCount, least = most - withDefault
        let takes = least == most ? "\(most) positional argument\(most == 1 ? "" : "s")" : "from \(least) to \(most) positional arguments"
        return PythonError.typeError("\(name)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given")
    }

    func missing(_ name: String, _ names: [String], _ kind: String) -> PythonError {
        let quoted = names.map { "'\($0)'" }
        let list: String
        switch quoted.count {
        case 1: list = quoted[0]
        case 2: list = "\(quoted[0]) and \(quoted[1])"
        default: list = quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
        }
        return PythonError.typeError("\(name)() missing \(names.count) required \(kind) argument\(names.count == 1 ? "" : "s"): \(list)")
    }
}

/// Arguments bound to a native function's signature, with typed accessors that raise CPython-style
/// `TypeError`s (`Dense() argument 'units' must be int, not str`).
public struct BoundArguments {
    /// The function name, for messages.
    public let function: String
    /// One value per parameter, in signature order.
    public var values: [Value]
    let signature: Signature
    /// The interpreter making the call.
    public unowned let interpreter: PythonInterpreter

    /// The value of parameter `name` (its default when not passed).
    public subscript(_ name: String) -> Value {
        guard let i = signature.params.firstIndex(where: { $0.name == name }) else { return .none }
        return values[i]
    }

    /// True when `name` was passed as `None` or defaulted to `None`.
    public func isNone(_ name: String) -> Bool { self[name].isNone }

    /// Converts parameter `name` to `T`, naming the parameter in the `TypeError`.
    public func get<T: PythonConvertible>(_ name: String, as type: T.Type = T.self) throws -> T {
        let v = self[name]
        do { return try T(python: v) } catch is PythonError {
            throw PythonError.typeError("\(function)() argument '\(name)' must be \(BoundArguments.pythonName(of: T.self)), not \(v.typeName)")
        }
    }

    /// Like `get`, but `None` becomes `nil`.
    public func optional<T: PythonConvertible>(_ name: String, as type: T.Type = T.self) throws -> T? {
        self[name].isNone ? nil : try get(name, as: T.self)
    }

    /// `int` parameter.
    public func int(_ name: String) throws -> Int { try get(name) }
    /// `float` parameter (ints accepted).
    public func double(_ name: String) throws -> Double { try get(name) }
    /// `str` parameter.
    public func string(_ name: String) throws -> String { try get(name) }
    /// `bool` parameter (ints accepted).
    public func bool(_ name: String) throws -> Bool { try get(name) }

    /// Extra positional arguments collected by `*args`.
    public var varArgs: [Value] {
        guard let i = signature.varArgsIndex, case .tuple(let t) = values[i] else { return [] }
        return t
    }

    /// Extra keyword arguments collected by `**kwargs`, in call order.
    public var keywordArgs: [(key: Value, value: Value)] {
        guard let i = signature.varKeywordsIndex, case .dict(let d) = values[i] else { return [] }
        return d.pairs
    }

    static func pythonName<T>(of type: T.Type) -> String {
        switch type {
        case is Int.Type: return "int"
        case is Double.Type, is Float.Type: return "float"
        case is String.Type: return "str"
        case is Bool.Type: return "bool"
        default: return "\(type)".lowercased()
        }
    }
}
