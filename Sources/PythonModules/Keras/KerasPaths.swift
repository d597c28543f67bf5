import Interpreter

/// File paths from learner code (`save_weights`, `flow_from_directory`, `load_img`…), checked by
/// the interpreter's sandbox policy with the rules `open()` uses.
enum KerasPaths {
    /// The resolved path for reading `path`, or CPython's `PermissionError`.
    static func readable(_ path: String, _ interp: PythonInterpreter) throws -> String {
        try interp.policy.readablePath(path)
    }

    /// The resolved path for writing `path`, or CPython's `PermissionError`.
    static func writable(_ path: String, _ interp: PythonInterpreter) throws -> String {
        try interp.policy.writablePath(path)
    }
}
