import Interpreter
@testable import PythonModules

/// Runs `source` in a fresh interpreter with the standard library and returns what it printed,
/// or the traceback's last line when it raised.
func runStdlib(_ source: String, policy: SandboxPolicy = SandboxPolicy()) -> String {
    var printed = ""
    let interpreter = PythonInterpreter(output: { printed += $0 })
    interpreter.policy = policy
    StandardLibrary.register(in: interpreter)
    if let failure = interpreter.run(source, file: "<test>") {
        printed += "\(failure.typeName): \(failure.message)\n"
    }
    return printed
}
