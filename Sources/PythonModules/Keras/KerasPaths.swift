import Foundation
import Interpreter

/// File paths from learner code, checked against the interpreter's sandbox as `open()` does:
/// relative paths resolve in the workspace, reads stay in readable folders, writes in the workspace.
enum KerasPaths {
    /// The absolute path for reading `path`, or `PermissionError`.
    static func readable(_ path: String, _ interp: PythonInterpreter) throws -> String {
        let policy = interp.policy
        let full = resolve(path, base: policy.workspaceFolder)
        let folders = policy.readableFolders + [policy.workspaceFolder].compactMap { $0 }
        guard folders.contains(where: { inside(full, $0) }) else {
            throw PythonError(PyTypes.PermissionError, "[Errno 13] Permission denied: '\(path)' (only the course's data folders and the workspace can be read)")
        }
        return full
    }

    /// The absolute path for writing `path`, or `PermissionError`.
    static func writable(_ path: String, _ interp: PythonInterpreter) throws -> String {
        let policy = interp.policy
        let full = resolve(path, base: policy.workspaceFolder)
        guard let workspace = policy.workspaceFolder, inside(full, workspace) else {
            throw PythonError(PyTypes.PermissionError, "[Errno 13] Permission denied: '\(path)' (files can only be written in the workspace folder)")
        }
        return full
    }

    static func resolve(_ path: String, base: String?) -> String {
        let absolute = path.hasPrefix("/") ? path : (base ?? FileManager.default.currentDirectoryPath) + "/" + path
        var parts: [Substring] = []
        for part in absolute.split(separator: "/") {
            if part == "." || part.isEmpty { continue }
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    static func inside(_ path: String, _ folder: String) -> Bool {
        let resolved = resolve(folder, base: "/")
        return path == resolved || path.hasPrefix(resolved == "/" ? "/" : resolved + "/")
    }
}
