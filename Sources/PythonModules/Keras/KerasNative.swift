import Interpreter

/// Small builders for the binding's native classes: methods whose library errors become Python
/// exceptions, properties, and access to the receiver's Swift payload.
enum KerasNative {
    /// A class-namespace entry for method `name(self, signature)`, reported as `owner.name` in
    /// argument errors, whose body runs with library errors translated.
    static func method(
        _ name: String, _ signature: String, owner: String,
        _ body: @escaping (BoundArguments) throws -> Value
    ) -> (String, Value) {
        let parameters = signature.isEmpty ? "self" : "self, " + signature
        return (name, .object(PyNativeFunction("\(owner).\(name)", parameters) { a in try KerasErrors.translating { try body(a) } }))
    }

    /// A module-level function whose body runs with library errors translated.
    static func function(
        _ name: String, _ signature: String,
        _ body: @escaping (BoundArguments) throws -> Value
    ) -> (String, Value) {
        (name, .object(PyNativeFunction(name, signature) { a in try KerasErrors.translating { try body(a) } }))
    }

    /// A class with `attributes`, whose instances are made by `factory`.
    static func makeClass(
        _ name: String, module: String, bases: [PyClass] = [], doc: String? = nil,
        attributes: [(String, Value)], factory: ((PyClass) -> PyInstance)? = nil
    ) -> PyClass {
        let cls = PyClass(name: name, module: module, bases: bases, attributes: Dictionary(attributes) { $1 }, doc: doc)
        cls.instanceFactory = factory
        return cls
    }

    /// A read-only (or, with `set`, writable) property.
    static func property(
        _ get: @escaping (Value, PythonInterpreter) throws -> Value,
        set: ((Value, Value, PythonInterpreter) throws -> Void)? = nil
    ) -> Value {
        .object(
            PyProperty(
                get: { v, i in try KerasErrors.translating { try get(v, i) } },
                set: set.map { setter in { v, n, i in try KerasErrors.translating { try setter(v, n, i) } } }))
    }

    /// The Swift object behind `value`, or a `TypeError` naming what was expected.
    static func payload<T: PyObject>(_ value: Value, as type: T.Type, expected: String) throws -> T {
        guard case .object(let o) = value, let object = o as? T else {
            throw PythonError.typeError("expected \(expected), received an object of type '\(value.typeName)'")
        }
        return object
    }

    /// Keras' error for keyword arguments a constructor does not know.
    static func rejectUnknown(_ a: BoundArguments, in owner: String, except allowed: Set<String> = []) throws {
        let unknown = a.keywordArgs.filter { if case .str(let key) = $0.key { return !allowed.contains(key) } else { return true } }
        guard !unknown.isEmpty else { return }
        let listed = try unknown.map { "'\(try a.interpreter.str($0.key))': \(try a.interpreter.repr($0.value))" }.joined(separator: ", ")
        throw PythonError.typeError("Unrecognized keyword arguments passed to \(owner): {\(listed)}. Check the spelling against the Keras documentation of \(owner).")
    }
}
