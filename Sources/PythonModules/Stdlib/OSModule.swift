import Foundation
import Interpreter

/// Python's `os` and `os.path`, confined to the sandbox: reads in the course's folders and data
/// sets, writes in the workspace, no environment, no processes.
enum OSModule {
    /// The process id learner code sees; `os.kill` on it is refused instead of ending the REPL.
    static let pretendPid = 4242

    static func make(_ interp: PythonInterpreter) -> PyModule {
        let m = NativeModuleBuilder("os", doc: "Files and folders, within the course's sandbox.")
        let policy = { interp.policy }
        m.constant("path", .object(makePath(policy)))
        m.constant("sep", "/")
        m.constant("environ", .dict(PyDict()))
        m.function("getcwd", "") { _ in .str(policy().baseFolder) }
        m.function("getenv", "key, default=None") { a in a["default"] }
        m.function("getpid", "") { _ in .int(pretendPid) }
        m.function("listdir", "path='.'") { a in
            let requested = try a.string("path")
            let full = try policy().readablePath(requested)
            try requireFolder(full, requested)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []
            return .list(names.sorted().map(Value.str))
        }
        m.function("mkdir", "path, mode=511") { a in
            let requested = try a.string("path")
            let full = try policy().writablePath(requested)
            if FileManager.default.fileExists(atPath: full) {
                throw PythonError.osError(PyTypes.FileExistsError, "[Errno 17] File exists: \(quoted(requested))")
            }
            do { try FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: false) } catch {
                throw PythonError.osError(PyTypes.FileNotFoundError, "[Errno 2] No such file or directory: \(quoted(requested))")
            }
            return .none
        }
        m.function("makedirs", "name, mode=511, exist_ok=False") { a in
            let requested = try a.string("name")
            let full = try policy().writablePath(requested)
            if FileManager.default.fileExists(atPath: full), !(try a.bool("exist_ok")) {
                throw PythonError.osError(PyTypes.FileExistsError, "[Errno 17] File exists: \(quoted(requested))")
            }
            try? FileManager.default.createDirectory(atPath: full, withIntermediateDirectories: true)
            return .none
        }
        m.function("kill", "pid, sig") { a in
            guard try a.int("pid") == pretendPid else {
                throw PythonError.osError(PyTypes.PermissionError, "[Errno 1] Operation not permitted")
            }
            a.interpreter.output("note: os.kill() does nothing here; the course frees memory for you, so there is no need to end the session.\n")
            return .none
        }
        return m.module
    }

    private static func requireFolder(_ full: String, _ requested: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isFolder) else {
            throw PythonError.osError(PyTypes.FileNotFoundError, "[Errno 2] No such file or directory: \(quoted(requested))")
        }
        guard isFolder.boolValue else {
            throw PythonError.osError(PyTypes.NotADirectoryError, "[Errno 20] Not a directory: \(quoted(requested))")
        }
    }

    private static func makePath(_ policy: @escaping () -> SandboxPolicy) -> PyModule {
        let m = NativeModuleBuilder("os.path", doc: "Path names, as Python's posixpath.")
        m.rawFunction("join") { a in
            var result = ""
            for part in a.positional {
                let p = try String(python: part)
                if p.hasPrefix("/") || result.isEmpty { result = p } else { result += result.hasSuffix("/") ? p : "/" + p }
            }
            guard !a.positional.isEmpty else { throw PythonError.typeError("join() missing 1 required positional argument: 'a'") }
            return .str(result)
        }
        m.function("basename", "p") { a in .str(split(try a.string("p")).tail) }
        m.function("dirname", "p") { a in .str(split(try a.string("p")).head) }
        m.function("split", "p") { a in
            let (head, tail) = split(try a.string("p"))
            return .tuple([.str(head), .str(tail)])
        }
        m.function("splitext", "p") { a in
            let p = try a.string("p")
            let name = split(p).tail
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex,
                name[..<dot].contains(where: { $0 != "." })
            else { return .tuple([.str(p), ""]) }
            let ext = String(name[dot...])
            return .tuple([.str(String(p.dropLast(ext.count))), .str(ext)])
        }
        m.function("abspath", "p") { a in .str(policy().resolve(try a.string("p"))) }
        m.function("exists", "p") { a in .bool(check(try a.string("p"), policy()) { _ in true }) }
        m.function("isdir", "p") { a in .bool(check(try a.string("p"), policy()) { $0 }) }
        m.function("isfile", "p") { a in .bool(check(try a.string("p"), policy()) { !$0 }) }
        m.function("getsize", "p") { a in
            let requested = try a.string("p")
            let full = try policy().readablePath(requested)
            guard let size = (try? FileManager.default.attributesOfItem(atPath: full))?[.size] as? Int else {
                throw PythonError.osError(PyTypes.FileNotFoundError, "[Errno 2] No such file or directory: \(quoted(requested))")
            }
            return .int(size)
        }
        return m.module
    }

    /// Outside the sandbox every path answers "does not exist", as if the host were not there.
    private static func check(_ path: String, _ policy: SandboxPolicy, _ test: (Bool) -> Bool) -> Bool {
        guard policy.canRead(path) else { return false }
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: policy.resolve(path), isDirectory: &isFolder) && test(isFolder.boolValue)
    }

    /// A path as Python's `repr` shows it in error messages.
    private static func quoted(_ path: String) -> String { "'" + path.replacingOccurrences(of: "'", with: "\\'") + "'" }

    /// posixpath.split: the head keeps no trailing slash unless it is the root.
    private static func split(_ p: String) -> (head: String, tail: String) {
        guard let slash = p.lastIndex(of: "/") else { return ("", p) }
        let tail = String(p[p.index(after: slash)...])
        var head = String(p[...slash])
        if head.contains(where: { $0 != "/" }) { while head.hasSuffix("/") { head.removeLast() } }
        return (head, tail)
    }
}
