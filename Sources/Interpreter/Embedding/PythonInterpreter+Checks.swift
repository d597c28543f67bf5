/// How one run against a separate globals dictionary ended (see `PythonInterpreter.runIsolated`).
/// The exception is returned as an object, never rendered: rendering may call Python-level
/// `__str__`, which graders must not trust.
public enum IsolatedRunOutcome {
    /// The code ran to its end.
    case completed
    /// An exception escaped; `isUncatchable` on it marks a limit or a host interrupt.
    case raised(PyExceptionObject)
    /// The code did not parse.
    case syntaxError(SyntaxErrorInfo)
}

/// One top-level statement of a source text, as `PythonInterpreter.topLevelStatements` finds it.
public struct TopLevelStatement: Sendable, Equatable {
    /// First line (1-based) of the statement in the source.
    public var line: Int
    /// Last line (1-based) of the statement in the source.
    public var endLine: Int
    /// The statement's lines, including its indented body.
    public var source: String
}

extension Globals {
    /// An empty globals dictionary for code kept apart from `__main__`, e.g. a grader's checks.
    public static func makeEmpty() -> Globals { Globals() }

    /// Binds (or with `nil`, unbinds) `name`.
    public func set(_ name: String, _ value: Value?) { slot(name).value = value }

    /// The value bound to `name`, if any.
    public func value(_ name: String) -> Value? { slots[name]?.value }

    /// Names currently bound, sorted.
    public var names: [String] { boundNames.sorted() }
}

extension PythonInterpreter {
    /// Names of the built-ins all code sees when a global of that name is not bound.
    public var builtinNames: Set<String> { Set(builtins.keys) }

    /// The main module's globals (the learner's namespace).
    public var mainNamespace: Globals { mainGlobals }

    /// A new globals dictionary with the main module's bindings, except `hidden` names, then
    /// `overlay` bound over them: code run in it sees learner variables, while names in `overlay`
    /// (and built-ins, once learner shadows are hidden) come from the host.
    public func makeProtectedGlobals(overlay: [String: Value], hiding hidden: Set<String>) -> Globals {
        let globals = Globals()
        for (name, slot) in mainGlobals.slots where !hidden.contains(name) && overlay[name] == nil {
            if let value = slot.value { globals.slot(name).value = value }
        }
        for (name, value) in overlay { globals.slot(name).value = value }
        return globals
    }

    /// Runs `source` as one top-level run against `globals` instead of `__main__`, under this
    /// interpreter's limits, and returns how it ended without rendering any exception.
    public func runIsolated(_ source: String, file: String, globals: Globals) -> IsolatedRunOutcome {
        sources[file] = source.split(separator: "\n", omittingEmptySubsequences: false)
        let outer = !evaluating
        if outer {
            runStartTicks = ticks
            runDeadline = limits.timeLimit.map { ContinuousClock.now + $0 }
            outputCount = 0
            outputCapReached = false
            depth = 0
        }
        do {
            try onEvaluationThread {
                let code: CodeObject
                code = try Compiler.compileModule(try Parser.parse(source), file: file, globals: globals, echo: .none)
                let frame = Frame(code: code, globals: globals, interp: self)
                do { _ = try code.body.exec(frame) } catch {
                    let e = pythonError(from: error)
                    e.exception.leaveFrame(file: file, function: "<module>", fallback: code.body.span)
                    throw e
                }
            }
            return .completed
        } catch let syntax as SyntaxErrorInfo {
            return .syntaxError(syntax)
        } catch {
            return .raised(pythonError(from: error).exception)
        }
    }

    /// The top-level statements of `source` with their line ranges, or the syntax error.
    ///
    ///     let parts = try PythonInterpreter.topLevelStatements(of: "a = 1\nif a:\n    b = 2\n")
    ///     // [(1...1) "a = 1", (2...3) "if a:\n    b = 2"]
    public static func topLevelStatements(of source: String) throws(SyntaxErrorInfo) -> [TopLevelStatement] {
        let body: [Stmt]
        do { body = try Parser.parse(source) } catch let e as SyntaxErrorInfo { throw e } catch {
            throw SyntaxErrorInfo(kind: "SyntaxError", message: "\(error)", span: .zero)
        }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        // Statements sharing a line (`a = 1; b = 2`) run as one; decorators belong to what they decorate.
        var starts: [Int] = []
        for statement in body {
            var start = statement.span.line
            while start > 1, lines.indices.contains(start - 2), lines[start - 2].hasPrefix("@"), (starts.last ?? 0) < start - 1 { start -= 1 }
            if starts.last != start { starts.append(start) }
        }
        var result: [TopLevelStatement] = []
        for (index, start) in starts.enumerated() {
            // A statement's span may end before its last body line; the next statement's start bounds it.
            let nextStart = index + 1 < starts.count ? starts[index + 1] : lines.count + 1
            var end = max(start, nextStart - 1)
            while end > start, lines.indices.contains(end - 1), lines[end - 1].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { end -= 1 }
            let text = lines.indices.contains(start - 1) ? lines[(start - 1)..<min(end, lines.count)].joined(separator: "\n") : ""
            result.append(TopLevelStatement(line: start, endLine: end, source: text))
        }
        return result
    }
}
