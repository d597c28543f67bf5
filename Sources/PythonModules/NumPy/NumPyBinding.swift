import Interpreter

/// Registers `numpy` (and `numpy.random`) with an interpreter; both are built on first import.
///
///     let py = PythonInterpreter()
///     NumPyBinding.register(in: py)
///     py.run("import numpy as np\nprint(np.array([1.0, 2.0]))")     // [1. 2.]
public enum NumPyBinding {
    /// Makes `import numpy` and `import numpy.random` available in `interpreter`.
    public static func register(in interpreter: PythonInterpreter) {
        interpreter.registerModule("numpy") { interp in NumPyModule.make(interp) }
        interpreter.registerModule("numpy.random") { _ in NumPyRandomModule.make() }
    }
}
