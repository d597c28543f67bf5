import Interpreter

/// Runs an exercise's check cells against the learner's state.
///
/// Each check cell is split into its top-level statements, and each statement runs on its own,
/// in order, so a failing `assert` does not hide the ones after it. Statements run in one
/// protected namespace per check cell: it sees the learner's variables, but built-ins and the
/// helpers (`CheckHelpers`) and the modules `np`, `numpy`, `tf`, `tensorflow` and `keras` come
/// from a layer learner code cannot shadow nor patch (so a learner global named like a built-in
/// or a helper is invisible to checks). Each statement runs under the session's check
/// `RunLimits`, with a fresh budget.
///
/// A statement yields verdicts when it contains an `assert` or calls a helper: one `passed`
/// line, or one `failed` line per failing helper call or assert; assignments and other set-up
/// yield none unless they fail. How a statement's exception is judged:
/// - an `AssertionError` raised by the check's own `assert` (not a subclass, not raised in
///   learner code) fails with the assert's message;
/// - a limit (steps, time, output) or any exception raised by the learner's code fails with
///   what happened, including `SystemExit`, `KeyboardInterrupt` and exception subclasses;
/// - a `SyntaxError` in the check, a helper called with wrong arguments, or a `NameError` for a
///   name that no code cell of the lesson mentions is a lesson error;
/// - a `NameError` for a name the lesson's code defines fails: the learner has not defined it.
/// Only the host interrupt (Ctrl-C) stops checking, by throwing `ChecksInterrupted`.
struct CheckRunner {
    let interpreter: PythonInterpreter
    let lesson: Lesson
    let limits: RunLimits
    /// Modules bound in checks (`np`, `tf`, `keras`…), from an interpreter learner code never
    /// reaches, so monkeypatching (`np.array = …`) in learner code cannot change what checks call.
    let modules: [String: Value]

    func run(_ exercise: Exercise, learnerOutput: String) throws(ChecksInterrupted) -> [CheckLine] {
        let context = CheckContext()
        context.learnerOutput = learnerOutput
        let helpers = CheckHelpers.make(context)
        let hidden = interpreter.builtinNames.union(CheckHelpers.names).union(Self.protectedModules)
        let lessonNames = LessonNames.of(lesson)
        let savedOutput = interpreter.output, savedLimits = interpreter.limits
        interpreter.output = { _ in }
        interpreter.limits = limits
        defer { interpreter.output = savedOutput; interpreter.limits = savedLimits }
        var lines: [CheckLine] = []
        for index in exercise.checkIndices {
            let cell = lesson.cells[index]
            let file = "<check \(exercise.id)>"
            let statements: [TopLevelStatement]
            do { statements = try PythonInterpreter.topLevelStatements(of: cell.source) } catch {
                lines.append(
                    CheckLine(
                        line: cell.firstSourceLine + error.span.line - 1, status: .lessonError,
                        message: "the check does not parse: \(error.kind): \(error.message)"))
                continue
            }
            var overlay = helpers
            for (name, module) in modules { overlay[name] = module }
            let globals = interpreter.makeProtectedGlobals(overlay: overlay, hiding: hidden)
            for statement in statements {
                context.reset()
                let line = cell.firstSourceLine + statement.line - 1
                let padded = String(repeating: "\n", count: statement.line - 1) + statement.source
                let outcome = interpreter.runIsolated(padded, file: file, globals: globals)
                lines += try verdicts(outcome, context: context, statement: statement, line: line, file: file, lessonNames: lessonNames)
            }
        }
        return lines
    }

    private func verdicts(
        _ outcome: IsolatedRunOutcome, context: CheckContext, statement: TopLevelStatement, line: Int,
        file: String, lessonNames: Set<String>
    ) throws(ChecksInterrupted) -> [CheckLine] {
        var lines = context.failures.map { CheckLine(line: line, status: .failed, message: $0) }
        switch outcome {
        case .completed:
            let judging = context.passes > 0 || Self.containsAssert(statement.source)
            if lines.isEmpty && judging { lines.append(CheckLine(line: line, status: .passed, message: "")) }
        case .syntaxError(let error):
            lines.append(CheckLine(line: line, status: .lessonError, message: "the check does not parse: \(error.kind): \(error.message)"))
        case .raised(let exception):
            if !lines.isEmpty && !exception.isUncatchable { break }
            if let misuse = context.misuse {
                lines.append(CheckLine(line: line, status: .lessonError, message: "the check misuses a helper: \(misuse)"))
            } else if let verdict = try judge(exception, file: file, lessonNames: lessonNames) {
                lines.append(CheckLine(line: line, status: verdict.status, message: verdict.message))
            }
        }
        return lines
    }

    private func judge(_ exception: PyExceptionObject, file: String, lessonNames: Set<String>) throws(ChecksInterrupted) -> (status: CheckLine.Status, message: String)? {
        let name = exception.cls.name
        let detail = SafeText.message(of: exception)
        let inCheck = exception.traceback.last?.file == file
        if exception.isUncatchable {
            if name == "KeyboardInterrupt" { throw ChecksInterrupted() }
            return (.failed, "your code was stopped while this check ran: \(detail) — look for a loop that never ends, or print less")
        }
        if inCheck && exception.cls === PyTypes.AssertionError {
            return (.failed, detail.isEmpty ? "an assertion of the check failed" : detail)
        }
        if inCheck && exception.cls === PyTypes.NameError, case .str(let missing)? = exception.attributes["name"] {
            guard lessonNames.contains(missing) else {
                return (.lessonError, "the check uses the name '\(missing)', which no code cell of the lesson defines")
            }
            return (.failed, "name '\(missing)' is not defined — run your code for this exercise first; it should define `\(missing)`")
        }
        if exception.cls === PyTypes.SystemExit {
            return (.failed, "your code called exit() while this check ran — remove the exit() call")
        }
        let suffix = detail.isEmpty ? "" : ": \(detail)"
        return (.failed, "\(name)\(suffix) (raised while this check ran your code) — run your code again and read its error")
    }

    /// True when `source` has an `assert` statement (a word, not part of a name).
    static func containsAssert(_ source: String) -> Bool {
        source.split { !($0.isLetter || $0.isNumber || $0 == "_") }.contains("assert")
    }

    /// Module names bound in checks to the real modules, whatever the learner bound them to.
    static let protectedModules: Set<String> = ["np", "numpy", "tf", "tensorflow", "keras"]

    /// The modules checks see, imported into `pristine` (an interpreter no learner code runs in).
    static func protectedModules(from pristine: PythonInterpreter) -> [String: Value] {
        var modules: [String: Value] = [:]
        for (alias, module) in [("np", "numpy"), ("numpy", "numpy"), ("tf", "tensorflow"), ("tensorflow", "tensorflow"), ("keras", "keras")] {
            if let loaded = try? pristine.importModule(module) { modules[alias] = .object(loaded) }
        }
        return modules
    }
}
