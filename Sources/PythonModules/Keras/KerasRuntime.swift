import Interpreter
import NeuralNet

/// A weak reference to a layer's Python object.
struct WeakLayerObject {
    weak var object: KerasLayerObject?
}

/// The per-interpreter state of the Keras binding: the module objects (built once, on first use),
/// the classes, and which one-line notices were already shown.
final class KerasRuntime {
    unowned let interpreter: PythonInterpreter
    private var modules: [String: PyModule] = [:]
    private var noticesShown: Set<String> = []
    /// This session's automatic names, shared by layers made from Python and from Swift (InceptionV3).
    let names = LayerNameScope()
    /// The Python object of each layer made in this session, held weakly, so a model's layers
    /// come back as the very objects the learner created.
    private var layerObjects: [ObjectIdentifier: WeakLayerObject] = [:]
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
        names.unique(LayerNames.snakeCase(typeName))
    }

    /// Forgets the automatic names (Keras' `clear_session()`).
    func resetNames() {
        names.reset()
    }

    /// Runs `body` with `NeuralNet`'s automatic names drawn from this session's counters.
    func naming<T>(_ body: () throws -> T) rethrows -> T {
        try LayerNames.$scope.withValue(names, operation: body)
    }

    /// Remembers `object` as the Python face of its layer.
    func register(_ object: KerasLayerObject) {
        guard let layer = object.layer else { return }
        layerObjects = layerObjects.filter { $0.value.object != nil }
        layerObjects[ObjectIdentifier(layer)] = WeakLayerObject(object: object)
    }

    /// The Python object of `layer`: the one the learner made, or a new one of its Keras class
    /// for layers made in Swift (InceptionV3's).
    func object(for layer: Layer) -> KerasLayerObject {
        if let known = layerObjects[ObjectIdentifier(layer)]?.object, known.layer === layer { return known }
        let cls = classes.layers.first { $0.0 == layer.typeName }?.1 ?? classes.layer
        let object = KerasLayerObject(cls: cls, runtime: self)
        object.layer = layer
        register(object)
        return object
    }

    /// The module with canonical dotted name `name`, built on first request.
    func module(_ name: String) throws -> PyModule {
        if let module = modules[name] { return module }
        let module = PyModule(name: name)
        modules[name] = module
        try KerasModuleContents.fill(module, runtime: self)
        let prefix = name + "."
        let children = Set(
            KerasModuleNames.importable.map(KerasModuleNames.canonical)
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
