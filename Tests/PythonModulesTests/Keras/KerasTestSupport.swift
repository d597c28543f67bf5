import Interpreter
import Testing
@testable import PythonModules

/// An interpreter with the NumPy and Keras bindings registered, capturing everything printed.
final class KerasSession {
    let py: PythonInterpreter
    private(set) var output = ""

    /// A fresh interpreter with NumPy and Keras registered, as the coordinator sets them up.
    init() {
        py = PythonInterpreter(output: { _ in })
        py.output = { [unowned self] in self.output += $0 }
        NumPyBinding.register(in: py)
        KerasBinding.register(in: py)
    }

    /// Runs `source`; records a test failure with the traceback if it raises.
    @discardableResult
    func run(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        if let failure = py.run(source, file: "<test>") {
            Issue.record("Python raised:\n\(failure.traceback)", sourceLocation: sourceLocation)
            return false
        }
        return true
    }

    /// Runs `source`, which must raise; returns the exception's type name and message.
    func failure(_ source: String, sourceLocation: SourceLocation = #_sourceLocation) -> (type: String, message: String)? {
        guard let failure = py.run(source, file: "<test>") else {
            Issue.record("expected an exception", sourceLocation: sourceLocation)
            return nil
        }
        return (failure.typeName, failure.message)
    }

    /// The value of a Python expression, as `repr`.
    func repr(_ expression: String) throws -> String {
        try py.repr(try py.evaluate(expression))
    }

    /// The value of a Python expression as a Double.
    func double(_ expression: String) throws -> Double {
        try Double(python: try py.evaluate(expression))
    }

    /// Forgets what was printed so far.
    func clearOutput() { output = "" }
}
