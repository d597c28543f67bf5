import Foundation

/// A text file opened by `open()`, within the sandbox policy.
final class PyFile: PyObject {
    let path: String
    let writable: Bool
    var lines: [String] = []
    var position = 0
    var content = ""
    var buffer = ""
    var closed = false

    init(path: String, writable: Bool) { self.path = path; self.writable = writable }

    override var pyClass: PyClass { PyTypes.file }

    static func open(path: String, mode: String, interp: PythonInterpreter) throws -> PyFile {
        let policy = interp.policy
        let writing = mode.contains("w") || mode.contains("a") || mode.contains("x") || mode.contains("+")
        if mode.contains("b") { throw PythonError.valueError("binary mode is not supported; open files in text mode") }
        if writing {
            let full = try policy.writablePath(path)
            let file = PyFile(path: full, writable: true)
            if mode.contains("a"), let existing = try? String(contentsOfFile: full, encoding: .utf8) { file.buffer = existing }
            return file
        }
        let full = try policy.readablePath(path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
            throw PythonError.osError(PyTypes.FileNotFoundError, "[Errno 2] No such file or directory: \(stringRepr(path))")
        }
        if isDirectory.boolValue { throw PythonError.osError(PyTypes.IsADirectoryError, "[Errno 21] Is a directory: \(stringRepr(path))") }
        guard let text = try? String(contentsOfFile: full, encoding: .utf8) else {
            throw PythonError(PyTypes.UnicodeError, "'utf-8' codec can't decode \(stringRepr(path))")
        }
        let file = PyFile(path: full, writable: false)
        file.content = text
        return file
    }

    func checkOpen() throws { if closed { throw PythonError.valueError("I/O operation on closed file.") } }

    func read() throws -> String {
        try checkOpen()
        let scalars = content.unicodeScalars
        let rest = String(String.UnicodeScalarView(scalars.dropFirst(position)))
        position = scalars.count
        return rest
    }

    func readline() throws -> String {
        try checkOpen()
        let scalars = Array(content.unicodeScalars)
        guard position < scalars.count else { return "" }
        var end = position
        while end < scalars.count && scalars[end] != "\n" { end += 1 }
        if end < scalars.count { end += 1 }
        defer { position = end }
        return String(String.UnicodeScalarView(scalars[position..<end]))
    }

    func write(_ text: String) throws {
        try checkOpen()
        guard writable else { throw PythonError(PyTypes.OSError, "not writable") }
        buffer += text
    }

    func close() throws {
        guard !closed else { return }
        closed = true
        if writable {
            do { try buffer.write(toFile: path, atomically: true, encoding: .utf8) } catch {
                throw PythonError.osError(PyTypes.OSError, "could not write \(stringRepr(path))")
            }
        }
    }

    override func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator {
        ClosureIterator { [self] _ in
            let line = try readline()
            return line.isEmpty ? nil : .str(line)
        }
    }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        "<_io.TextIOWrapper name=\(stringRepr(path)) mode='\(writable ? "w" : "r")' encoding='UTF-8'>"
    }
}

func fileSelf(_ a: Arguments) throws -> PyFile {
    guard case .object(let o as PyFile)? = a.positional.first else { throw PythonError.typeError("descriptor requires a file object") }
    return o
}

nonisolated(unsafe) let fileMethods: [PyNativeFunction] = [
    PyNativeFunction("read") { a in .str(try fileSelf(a).read()) },
    PyNativeFunction("readline") { a in .str(try fileSelf(a).readline()) },
    PyNativeFunction("readlines") { a in
        let f = try fileSelf(a)
        var out: [Value] = []
        while case let line = try f.readline(), !line.isEmpty { out.append(.str(line)) }
        return .list(PyList(out))
    },
    PyNativeFunction("write") { a in
        guard a.positional.count == 2, case .str(let s) = a.positional[1] else {
            throw PythonError.typeError("write() argument must be str, not \(a.positional.count > 1 ? a.positional[1].typeName : "nothing")")
        }
        try fileSelf(a).write(s)
        return .int(s.unicodeScalars.count)
    },
    PyNativeFunction("close") { a in
        try fileSelf(a).close(); return .none
    },
    PyNativeFunction("__enter__") { a in a.positional[0] },
    PyNativeFunction("__exit__") { a in
        try fileSelf(a).close(); return .bool(false)
    },
]
