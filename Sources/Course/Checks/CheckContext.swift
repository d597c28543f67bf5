import Interpreter

/// What the helpers of one check statement found, kept in Swift where learner code cannot
/// reach it: a helper records its verdict here instead of raising, so no `except` in learner
/// code can catch or forge it.
final class CheckContext {
    /// Failure messages recorded by helpers during the current statement.
    var failures: [String] = []
    /// Passing verdicts recorded by helpers during the current statement.
    var passes = 0
    /// Set when a helper was called wrongly by the check itself (the lesson's fault).
    var misuse: String?
    /// What the learner's code printed when it last ran (for `expect_output`).
    var learnerOutput = ""
    /// True once a helper's arguments were bound (errors before that are misuse).
    var entered = false

    /// Clears the verdicts before the next statement.
    func reset() { failures = []; passes = 0; misuse = nil }

    /// Records a verdict and returns it as a Python bool.
    func verdict(_ failure: String?) -> Value {
        if let failure { failures.append(failure); return .bool(false) }
        passes += 1
        return .bool(true)
    }

    /// Marks the current statement as misusing a helper and returns the error to raise.
    func misused(_ helper: String, _ problem: String) -> PythonError {
        misuse = "\(helper)(): \(problem)"
        return PythonError.typeError("\(helper)(): \(problem)")
    }

    /// A helper named `name`: errors raised before its body runs (wrong arguments) count as misuse.
    func helper(_ name: String, _ signature: String, _ body: @escaping (BoundArguments) throws -> Value) -> Value {
        // Weak: a helper handed to learner code may outlive the checks that made it.
        let inner = PyNativeFunction(name, signature) { [weak self] arguments in
            guard let self else { throw PythonError.runtimeError("\(name)() works only while checks run") }
            entered = true
            return try body(arguments)
        }
        return .object(
            PyNativeFunction(name) { [weak self] arguments in
                guard let self else { throw PythonError.runtimeError("\(name)() works only while checks run") }
                entered = false
                do { return try inner.call(arguments) } catch let error as PythonError where !entered && !error.exception.isUncatchable {
                    misuse = "\(name)(): \(error.exception.message)"
                    throw error
                }
            })
    }
}
