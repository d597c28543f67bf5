import Foundation
import Interpreter

/// Resolves learner paths against the interpreter's sandbox policy: relative paths start in the
/// workspace, symbolic links are followed before any check, so a link cannot lead outside.
struct PathSandbox {
    let policy: SandboxPolicy

    /// The folder relative paths start from.
    var base: String { policy.workspaceFolder ?? FileManager.default.currentDirectoryPath }

    /// The absolute, normalised path with symbolic links resolved: the longest part that exists
    /// goes through `realpath`, so a link anywhere along the way cannot lead outside unseen.
    func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : base + "/" + path
        var existing = URL(fileURLWithPath: absolute).standardizedFileURL.path
        var missing: [String] = []
        while existing != "/" {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let resolved = String(cString: real)
                return missing.reversed().reduce(resolved) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
            }
            missing.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return "/" + missing.reversed().joined(separator: "/")
    }

    private func inside(_ path: String, _ folder: String) -> Bool {
        let root = resolve(folder)
        return path == root || path.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// True when learner code may read `path`.
    func canRead(_ path: String) -> Bool {
        let full = resolve(path)
        return (policy.readableFolders + [policy.workspaceFolder].compactMap { $0 }).contains { inside(full, $0) }
    }

    /// True when learner code may create or change `path`.
    func canWrite(_ path: String) -> Bool {
        guard let workspace = policy.workspaceFolder else { return false }
        return inside(resolve(path), workspace)
    }

    /// Throws CPython's PermissionError unless `path` is readable.
    func requireReadable(_ path: String) throws -> String {
        guard canRead(path) else {
            throw PythonError.osError(PyTypes.PermissionError,
                "[Errno 13] Permission denied: \(quoted(path)) (code here reads only the course's folders and data sets)")
        }
        return resolve(path)
    }

    /// Throws CPython's PermissionError unless `path` is inside the workspace.
    func requireWritable(_ path: String) throws -> String {
        guard canWrite(path) else {
            throw PythonError.osError(PyTypes.PermissionError,
                "[Errno 13] Permission denied: \(quoted(path)) (files can only be written in the workspace folder)")
        }
        return resolve(path)
    }

    /// A path as Python's `repr` shows it.
    func quoted(_ path: String) -> String { "'" + path.replacingOccurrences(of: "'", with: "\\'") + "'" }
}
