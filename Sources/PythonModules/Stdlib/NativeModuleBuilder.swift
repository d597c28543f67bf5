import Interpreter

/// Builds a native module from `name: value` pairs and functions with Python signatures.
///
///     let m = NativeModuleBuilder("math")
///     m.constant("pi", .float(.pi))
///     m.function("sqrt", "x") { a in .float((try a.double("x")).squareRoot()) }
///     interpreter.registerModule(m.module)
final class NativeModuleBuilder {
    /// The module being built.
    let module: PyModule

    init(_ name: String, doc: String? = nil) { module = PyModule(name: name, doc: doc) }

    /// Binds `name` to a value.
    func constant(_ name: String, _ value: Value) { module.attributes[name] = value }

    /// Binds `name` to a native function whose arguments follow `signature`.
    func function(
        _ name: String, _ signature: String, doc: String? = nil,
        _ body: @escaping (BoundArguments) throws -> Value
    ) {
        module.attributes[name] = .object(PyNativeFunction(name, signature, doc: doc, body))
    }

    /// Binds `name` to a native function that receives its raw arguments.
    func rawFunction(_ name: String, doc: String? = nil, _ body: @escaping (Arguments) throws -> Value) {
        module.attributes[name] = .object(PyNativeFunction(name, doc: doc, body))
    }
}
