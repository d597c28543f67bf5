extension PythonInterpreter {
    /// `getattr(value, name)`.
    public func getAttribute(_ value: Value, _ name: String) throws -> Value {
        switch value {
        case .object(let o): return try o.getAttribute(name, self)
        default:
            let cls = value.pyClass
            if name == "__class__" { return .object(cls) }
            if let v = try cls.lookupBound(name, on: value, self) { return v }
            if name == "__doc__" { return cls.doc.map(Value.str) ?? .none }
            var message = "'\(cls.name)' object has no attribute '\(name)'"
            if let s = suggestion(for: name, among: cls.allAttributeNames()) { message += ". Did you mean: '\(s)'?" }
            throw PythonError.attributeError(message)
        }
    }

    /// `setattr(value, name, new)`.
    public func setAttribute(_ value: Value, _ name: String, _ new: Value) throws {
        guard case .object(let o) = value else {
            if value.pyClass.lookup(name) != nil {
                throw PythonError.attributeError("'\(value.typeName)' object attribute '\(name)' is read-only")
            }
            throw PythonError.attributeError("'\(value.typeName)' object has no attribute '\(name)'")
        }
        try o.setAttribute(name, new, self)
    }

    /// `len(value)`.
    public func length(_ value: Value) throws -> Int {
        switch value {
        case .str(let s): return s.unicodeScalars.count
        case .tuple(let t): return t.count
        case .list(let l): return l.items.count
        case .dict(let d): return d.count
        case .object(let o): return try o.length(self)
        default: throw PythonError.typeError("object of type '\(value.typeName)' has no len()")
        }
    }

    /// `bool(value)`.
    public func isTruthy(_ value: Value) throws -> Bool {
        switch value {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .list(let l): return !l.items.isEmpty
        case .dict(let d): return d.count != 0
        case .object(let o): return try o.isTruthy(self)
        }
    }

    /// Calls any callable with positional and keyword arguments (also for callbacks from Swift).
    public func call(_ callee: Value, _ args: Arguments) throws -> Value {
        guard case .object(let o) = callee else { throw PythonError.typeError("'\(callee.typeName)' object is not callable") }
        do { return try o.call(args) } catch let e as PythonError { throw e } catch let e as SyntaxErrorInfo {
            throw PythonError(PyTypes.exceptionNamed(e.kind), e.message)
        } catch { throw pythonError(from: error) }
    }

    /// Calls a callable with Swift-side arguments.
    @discardableResult
    public func call(_ callee: Value, _ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) throws -> Value {
        try onEvaluationThread { try call(callee, Arguments(positional, keywords, self)) }
    }

    /// Calls `receiver.name(...)`, e.g. a Python callback's `on_epoch_end`.
    @discardableResult
    public func callMethod(_ receiver: Value, _ name: String, _ positional: [Value] = [], keywords: [(name: String, value: Value)] = []) throws -> Value {
        try onEvaluationThread { try call(try getAttribute(receiver, name), Arguments(positional, keywords, self)) }
    }

    /// Converts any Swift error to a Python exception; `errorTranslator` maps library errors first.
    public func pythonError(from error: Error) -> PythonError {
        if let e = error as? PythonError { return e }
        if let s = error as? SyntaxErrorInfo { return PythonError(PyTypes.exceptionNamed(s.kind), s.message) }
        if let translated = errorTranslator?(error) { return translated }
        return PythonError.valueError(String(describing: error))
    }
}
