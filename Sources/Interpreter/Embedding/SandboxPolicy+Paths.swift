import Foundation

/// The one set of path rules for every file access learner code makes (`open`, `os`, `savefig`,
/// `flow_from_directory`, `save_weights`…): relative paths start in the workspace, and symbolic
/// links are resolved before any check, so a link cannot lead outside unseen.
extension SandboxPolicy {
    /// The folder relative paths start from.
    public var baseFolder: String { workspaceFolder ?? FileManager.default.currentDirectoryPath }

    /// The absolute, normalised path with symbolic links resolved along the part that exists.
    public func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : baseFolder + "/" + path
        var existing = URL(fileURLWithPath: absolute).standardizedFileURL.path
        var missing: [String] = []
        while existing != "/" && !existing.isEmpty {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                return missing.reversed().reduce(String(cString: real)) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
            }
            missing.append((existing as NSString).lastPathComponent)
            existing = (existing as NSString).deletingLastPathComponent
        }
        return "/" + missing.reversed().joined(separator: "/")
    }

    private func contains(_ resolved: String, folder: String) -> Bool {
        let root = resolve(folder)
        return resolved == root || resolved.hasPrefix(root == "/" ? "/" : root + "/")
    }

    /// True when learner code may read `path`.
    public func canRead(_ path: String) -> Bool {
        let full = resolve(path)
        if hiddenFolders.contains(where: { contains(full, folder: $0) }) { return false }
        return (readableFolders + [workspaceFolder].compactMap { $0 } + linkedFolders).contains { contains(full, folder: $0) }
    }

    /// The entries of the readable folders that are symbolic links (a data set linked in from a
    /// shared disk), found once when the folders are set: their targets are readable too. Only
    /// the host's readable folders count, never the workspace itself, where learner code writes.
    func findLinkedFolders() -> [String] {
        let workspace = workspaceFolder.map(resolve)
        return readableFolders.filter { resolve($0) != workspace }.flatMap { folder -> [String] in
            let root = URL(fileURLWithPath: folder.hasPrefix("/") ? folder : baseFolder + "/" + folder).standardizedFileURL.path
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return [] }
            return names.map { root + "/" + $0 }.filter { (try? FileManager.default.destinationOfSymbolicLink(atPath: $0)) != nil }
        }
    }

    /// True when learner code may create or change `path`.
    public func canWrite(_ path: String) -> Bool {
        guard let workspaceFolder else { return false }
        let full = resolve(path)
        return !hiddenFolders.contains(where: { contains(full, folder: $0) }) && contains(full, folder: workspaceFolder)
    }

    /// The resolved path for reading, or CPython's `PermissionError` naming the path.
    public func readablePath(_ path: String) throws -> String {
        guard canRead(path) else {
            throw PythonError.osError(
                PyTypes.PermissionError,
                "[Errno 13] Permission denied: \(stringRepr(path)) (code here reads only the course's folders and data sets)")
        }
        return resolve(path)
    }

    /// The resolved path for writing, or CPython's `PermissionError` naming the path; `advice`
    /// replaces the default hint (e.g. "use a relative name such as 'plot.png'").
    public func writablePath(_ path: String, advice: String = "files can only be written in the workspace folder") throws -> String {
        guard canWrite(path) else {
            throw PythonError.osError(PyTypes.PermissionError, "[Errno 13] Permission denied: \(stringRepr(path)) (\(advice))")
        }
        return resolve(path)
    }
}
