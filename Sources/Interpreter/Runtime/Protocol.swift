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

    /// Iterates any iterable, calling `body` until it returns false.
    func forEach(_ value: Value, span: Span, _ f: Frame, _ body: (Value) throws -> Bool) throws {
        switch value {
        case .list(let l):
            var i = 0
            while i < l.items.count { if !(try body(l.items[i])) { return }; i += 1 }
        case .tuple(let t): for v in t { if !(try body(v)) { return } }
        default:
            let it = try located(span, f) { try makeIterator(value) }
            while let v = try it.next(self) { if !(try body(v)) { return } }
        }
    }

    /// `iter(value)`.
    public func makeIterator(_ value: Value) throws -> PyIterator {
        switch value {
        case .str(let s): return ArrayIterator(s.unicodeScalars.map { .str(String($0)) })
        case .tuple(let t): return ArrayIterator(t)
        case .list(let l): return try l.makeIterator(self)
        case .dict(let d): return try d.makeIterator(self)
        case .object(let o): return try o.makeIterator(self)
        default: throw PythonError.typeError("'\(value.typeName)' object is not iterable")
        }
    }

    /// Collects an iterable into an array.
    public func iterateToArray(_ value: Value) throws -> [Value] {
        switch value {
        case .list(let l): return l.items
        case .tuple(let t): return t
        default:
            let it = try makeIterator(value)
            var out: [Value] = []
            while let v = try it.next(self) {
                out.append(v)
                try countStep()
            }
            return out
        }
    }

    /// `value in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item else { throw PythonError.typeError("'in <string>' requires string as left operand, not \(item.typeName)") }
            return sub.isEmpty || s.contains(sub)
        case .list(let l): return try l.items.contains { try equals($0, item) }
        case .tuple(let t): return try t.contains { try equals($0, item) }
        case .dict(let d): return try d.get(item, self) != nil
        case .object(let o): return try o.contains(item, self)
        default: throw PythonError.typeError("argument of type '\(container.typeName)' is not iterable")
        }
    }

    /// Counts one step of loop work for the step budget, and every ``limitPollInterval`` steps
    /// checks the interrupt flag, the deadline and the budget, blaming `span` in a traceback.
    @inline(__always)
    func tick(_ span: Span, _ f: Frame) throws {
        counters[1] &+= 1
        if counters[1] >= counters[2] { try located(span, f) { try pollLimits() } }
    }

    /// Counts one step of work done outside a loop node (a call, a native iterator's element).
    ///
    /// Every path that can run for long counts through here or ``tick(_:_:)``, so whatever mix
    /// of loops, calls and native iteration a program makes, the limits are checked at least
    /// every ``limitPollInterval`` steps. (A poll on `ticks % 1024 == 0` missed loops whose
    /// iterations each count an even number of steps: `while True: f(0)` never stopped.)
    @inline(__always)
    public func countStep() throws {
        counters[1] &+= 1
        if counters[1] >= counters[2] { try pollLimits() }
    }

    /// Steps between two checks of the interrupt flag, the deadline and the budget.
    static let limitPollInterval = 1024

    @inline(never)
    func pollLimits() throws {
        counters[2] = counters[1] &+ Self.limitPollInterval
        if collector.isCollectionDue { collector.collectDue() }
        try checkLimits()
    }

    /// Raises `KeyboardInterrupt` or `TimeoutError` if the host asked to stop. Native code running
    /// long loops may call this too.
    public func checkLimits() throws {
        if interruptFlag.isSet {
            interruptFlag.clear()
            let e = PythonError(PyTypes.KeyboardInterrupt, "")
            e.exception.args = []
            e.exception.isUncatchable = true
            throw e
        }
        if let budget = limits.stepBudget, ticks - runStartTicks > budget {
            let e = PythonError(PyTypes.TimeoutError, "step budget of \(budget) steps exceeded")
            e.exception.isUncatchable = true
            throw e
        }
        if let deadline = runDeadline, ContinuousClock.now > deadline {
            let seconds = limits.timeLimit.map { "\(Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18)" } ?? "?"
            let e = PythonError(PyTypes.TimeoutError, "time limit of \(seconds) seconds exceeded")
            e.exception.isUncatchable = true
            throw e
        }
    }

    /// Writes program output through the host's sink, enforcing the output cap.
    public func write(_ text: String) throws {
        outputCount += text.utf8.count
        if let cap = limits.outputLimit, outputCount > cap {
            if !outputCapReached {
                outputCapReached = true
                output(String(text.utf8.prefix(max(0, cap - (outputCount - text.utf8.count)))) ?? "")
            }
            let e = PythonError(PyTypes.RuntimeError, "output limit of \(cap) characters exceeded")
            e.exception.isUncatchable = true
            throw e
        }
        output(text)
    }
}
