import Interpreter
@testable import PythonModules

/// Registers NumPy beside Keras, as the coordinator does.
enum KerasTestArrays {
    static func register(in py: PythonInterpreter) {
        NumPyBinding.register(in: py)
    }
}
