import Interpreter

/// The standard-library modules course code imports: `math`, `random`, `time`, `os`, `signal`.
public enum StandardLibrary {
    /// Registers the modules lazily: each is built on its first `import`.
    public static func register(in interpreter: PythonInterpreter) {
        interpreter.registerModule("math") { _ in MathModule.make() }
        interpreter.registerModule("random") { _ in RandomModule.make() }
        interpreter.registerModule("time") { _ in TimeModule.make() }
        interpreter.registerModule("signal") { _ in SignalModule.make() }
        interpreter.registerModule("os") { interp in OSModule.make(interp) }
        interpreter.registerModule("os.path") { interp in
            guard case .object(let o)? = try interp.importModule("os").attribute("path"), let path = o as? PyModule else {
                throw PythonError.runtimeError("os.path is missing")
            }
            return path
        }
    }
}
