import Plotting
import Foundation
import Interpreter

/// Figure and image files, checked by the interpreter's sandbox policy (the rules `open()` uses),
/// plus the existence checks matplotlib makes before reading or writing.
enum SandboxPaths {
    /// The resolved path for writing `path`, or CPython's `PermissionError` / `FileNotFoundError`.
    static func writablePath(_ path: String, _ interp: PythonInterpreter) throws -> String {
        let full = try interp.policy.writablePath(
            path,
            advice: "figures can only be saved in the workspace folder; use a relative name such as 'plot.png'")
        var isFolder: ObjCBool = false
        let parent = (full as NSString).deletingLastPathComponent
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            throw PythonError.osError(PyTypes.FileNotFoundError, "[Errno 2] No such file or directory: \(try interp.repr(.str(path)))")
        }
        return full
    }

    /// The resolved path for reading `path`, or CPython's `PermissionError` / `FileNotFoundError`.
    static func readablePath(_ path: String, _ interp: PythonInterpreter) throws -> String {
        let full = try interp.policy.readablePath(path)
        guard FileManager.default.fileExists(atPath: full) else {
            throw PythonError.osError(PyTypes.FileNotFoundError, "[Errno 2] No such file or directory: \(try interp.repr(.str(path)))")
        }
        return full
    }
}
