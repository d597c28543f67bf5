import Foundation

extension PythonInterpreter {
    /// A fresh built-in namespace: a new dictionary per interpreter over shared, immutable objects.
    func makeBuiltins() -> [String: Value] { PythonInterpreter.sharedBuiltins }

    /// Every built-in name, made once and shared: the functions are stateless and the types immutable.
    nonisolated(unsafe) static let sharedBuiltins: [String: Value] = makeSharedBuiltins()

    /// Types, exceptions and constants, then the built-in functions grouped by kind.
    static func makeSharedBuiltins() -> [String: Value] {
        _ = PyTypes.installConstructors
        var b: [String: Value] = [:]
        func add(_ f: PyNativeFunction) { b[f.name] = .object(f) }
        for t in [
            PyTypes.int, PyTypes.float, PyTypes.str, PyTypes.bool, PyTypes.list, PyTypes.tuple, PyTypes.dict, PyTypes.set,
            PyTypes.range, PyTypes.object, PyTypes.type, PyTypes.slice, PyTypes.property, PyTypes.staticmethod, PyTypes.classmethod,
        ] {
            b[t.name] = .object(t)
        }
        for e in PyTypes.allExceptions { b[e.name] = .object(e) }
        b["Ellipsis"] = .object(PyTypes.ellipsis)
        b["NotImplemented"] = .object(PyTypes.notImplemented)
        b["__name__"] = .str("builtins")
        PythonInterpreter.addObjectBuiltins(add)
        PythonInterpreter.addNumberBuiltins(add)
        PythonInterpreter.addIterationBuiltins(add)
        PythonInterpreter.addReflectionBuiltins(add)
        return b
    }

    static func isInstance(_ v: Value, _ spec: Value, _ fname: String) throws -> Bool {
        try classMatches(v.pyClass, spec, fname)
    }

    static func classMatches(_ c: PyClass, _ spec: Value, _ fname: String) throws -> Bool {
        switch spec {
        case .object(let o as PyClass): return c.isSubclass(of: o)
        case .tuple(let items): return try items.contains { try classMatches(c, $0, fname) }
        default: throw PythonError.typeError("\(fname)() arg 2 must be a type, a tuple of types, or a union")
        }
    }
}
