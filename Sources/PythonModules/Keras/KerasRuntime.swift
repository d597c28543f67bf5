import Interpreter
import NeuralNet

/// The per-interpreter state of the Keras binding: the module objects (built once, on first use),
/// the classes, and which one-line notices were already shown.
final class KerasRuntime {
    unowned let interpreter: PythonInterpreter
    private var modules: [String: PyModule] = [:]
    private var noticesShown: Set<String> = []
    private var nameCounts: [String: Int] = [:]
    /// The Python classes of this interpreter's Keras (`Dense`, `Sequential`, `Callback`…).
    private(set) lazy var classes = KerasClasses(runtime: self)

    init(interpreter: PythonInterpreter) {
        self.interpreter = interpreter
    }

    /// Writes `text` where Python's `print` writes.
    func write(_ text: String) {
        interpreter.output(text)
    }

    /// Prints `text` as a one-line notice, once per interpreter for each `key`.
    func notice(_ key: String, _ text: String) {
        guard noticesShown.insert(key).inserted else { return }
        write(text + "\n")
    }

    /// Keras' automatic name for the next layer or model of `typeName` in this session:
    /// `dense`, then `dense_1`, … (`MaxPooling2D` → `max_pooling2d`).
    func uniqueName(for typeName: String) -> String {
        let base = LayerNames.snakeCase(typeName)
        let used = nameCounts[base, default: 0]
        nameCounts[base] = used + 1
        return used == 0 ? base : "\(base)_\(used)"
    }

    /// Forgets the automatic names (Keras' `clear_session()`).
    func resetNames() {
        nameCounts = [:]
    }

    /// The module with canonical dotted name `name`, built on first request.
    func module(_ name: String) throws -> PyModule {
        if let module = modules[name] { return module }
        let module = PyModule(name: name)
        modules[name] = module
        try KerasModuleContents.fill(module, runtime: self)
        let prefix = name + "."
        let children = Set(KerasModuleNames.importable.map(KerasModuleNames.canonical)
            .filter { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count).prefix { $0 != "." }) })
        let aliases = KerasModuleNames.aliases[name] ?? [:]
        module.lazyAttribute = { [unowned self] attribute in
            if children.contains(attribute) { return .object(try self.module(prefix + attribute)) }
            if let target = aliases[attribute] { return .object(try self.module(target)) }
            return nil
        }
        return module
    }
}
