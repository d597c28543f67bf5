import Interpreter
@testable import PythonModules

/// Runs `source` with numpy imported as `np` and returns what it printed, followed by the last
/// traceback line (`TypeName: message`, module-qualified for NumPy's own exceptions) if it raised.
func runNumPy(_ source: String) -> String {
    var output = ""
    let py = PythonInterpreter(output: { output += $0 })
    NumPyBinding.register(in: py)
    guard let failure = py.run("import numpy as np\n" + source) else { return output }
    return output + (failure.traceback.split(separator: "\n").last.map(String.init) ?? failure.message)
}
