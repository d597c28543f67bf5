import Interpreter
@testable import PythonModules

/// Runs `source` with numpy registered and returns what it printed, or the last traceback line
/// (`TypeName: message`) when it raised.
func runNumPy(_ source: String) -> String {
    var output = ""
    let py = PythonInterpreter(output: { output += $0 })
    NumPyBinding.register(in: py)
    if let failure = py.run("import numpy as np\n" + source) {
        return output + "\(failure.typeName == "AxisError" || failure.typeName == "_UFuncOutputCastingError" ? failure.traceback.split(separator: "\n").last.map(String.init) ?? "" : "\(failure.typeName): \(failure.message)")"
    }
    return output
}
