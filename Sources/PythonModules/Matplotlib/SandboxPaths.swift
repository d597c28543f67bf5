import Foundation
import Interpreter

/// Where learner code may read and write files, by the interpreter's `SandboxPolicy`, with the
/// same path rules as `open()`: relative paths resolve in the workspace folder.
enum SandboxPaths {
    /// The absolute, normalised form of `path` (`..` and `.` removed), relative to `base`.
    static func resolve(_ path: String, base: String?) -> String {
        let absolute = path.hasPrefix("/") ? path : ((base ?? FileManager.default.currentDirectoryPath) + "/" + path)
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        let root = resolve(folder, base: "/")
        return path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// The absolute path for writing `path`, or CPython's `PermissionError` with advice.
    static func writablePath(_ path: String, _ interp: PythonInterpreter) throws -> String {
        let policy = interp.policy
        let full = resolve(path, base: policy.workspaceFolder)
        guard let workspace = policy.workspaceFolder, isInside(full, workspace) else {
            throw PythonError.osError(
                PyTypes.PermissionError,
                "[Errno 13] Permission denied: \(try interp.repr(.str(path))) (figures can only be saved in the "
                    + "workspace folder; use a relative name such as 'plot.png')")
        }
        var isFolder: ObjCBool = false
        let parent = (full as NSString).deletingLastPathComponent
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder), isFolder.boolValue else {
            throw PythonError.osError(PyTypes.FileNotFoundError, "[Errno 2] No such file or directory: \(try interp.repr(.str(path)))")
        }
        return full
    }

    /// The absolute path for reading `path` (readable folders and the workspace), or `PermissionError`.
    static func readablePath(_ path: String, _ interp: PythonInterpreter) throws -> String {
        let policy = interp.policy
        let full = resolve(path, base: policy.workspaceFolder)
        let folders = policy.readableFolders + [policy.workspaceFolder].compactMap { $0 }
        guard folders.contains(where: { isInside(full, $0) }) else {
            throw PythonError.osError(PyTypes.PermissionError, "[Errno 13] Permission denied: \(try interp.repr(.str(path)))")
        }
        guard FileManager.default.fileExists(atPath: full) else {
            throw PythonError.osError(PyTypes.FileNotFoundError, "[Errno 2] No such file or directory: \(try interp.repr(.str(path)))")
        }
        return full
    }
}
