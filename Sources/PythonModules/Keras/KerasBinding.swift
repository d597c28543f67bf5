import Interpreter

/// Registers what `import tensorflow`, `import keras` and `import keras_preprocessing` find: one
/// lazily built Keras module tree per interpreter, reachable under every spelling the course
/// uses (`tf.keras.layers`, `tensorflow.keras.layers`, `keras.layers` are the same object).
///
///     let py = PythonInterpreter()
///     NumPyBinding.register(in: py)
///     KerasBinding.register(in: py)
///     py.run("from tensorflow import keras\nmodel = keras.Sequential([keras.layers.Dense(1, input_shape=[1])])")
public enum KerasBinding {
    /// Makes every Keras import spelling available to `interpreter`; modules are built on first import.
    public static func register(in interpreter: PythonInterpreter) {
        let runtime = KerasRuntime(interpreter: interpreter)
        for name in KerasModuleNames.importable {
            interpreter.registerModule(name) { _ in try runtime.module(KerasModuleNames.canonical(name)) }
        }
    }
}

/// The import names the binding answers to, and the one module object each resolves to.
enum KerasModuleNames {
    /// Submodules of `keras`, relative to it.
    static let kerasSubmodules = [
        "layers", "models", "optimizers", "losses", "callbacks", "datasets", "datasets.fashion_mnist",
        "datasets.mnist", "preprocessing", "preprocessing.image", "applications", "applications.inception_v3",
        "activations", "utils", "backend", "metrics", "initializers",
    ]

    /// Attributes of a module that are other modules outside its own dotted subtree (`tf.keras`).
    static let aliases: [String: [String: String]] = [
        "tensorflow": [
            "keras": "keras", "optimizers": "keras.optimizers", "losses": "keras.losses",
            "activations": "keras.activations",
        ]
    ]

    /// Every dotted name `import` may ask for.
    static let importable: [String] = {
        var names = [
            "tensorflow", "tensorflow.nn", "tensorflow.optimizers", "tensorflow.keras", "keras",
            "keras_preprocessing", "keras_preprocessing.image", "deeplings", "deeplings.applications",
        ]
        for sub in kerasSubmodules { names += ["keras." + sub, "tensorflow.keras." + sub] }
        return names
    }()

    /// The module an import name denotes: `tensorflow.keras.X` and `keras_preprocessing.X` are `keras…`.
    static func canonical(_ name: String) -> String {
        if name == "tensorflow.keras" { return "keras" }
        if name.hasPrefix("tensorflow.keras.") { return "keras." + name.dropFirst("tensorflow.keras.".count) }
        if name == "tensorflow.optimizers" { return "keras.optimizers" }
        if name == "keras_preprocessing" { return "keras.preprocessing" }
        if name.hasPrefix("keras_preprocessing.") { return "keras.preprocessing." + name.dropFirst("keras_preprocessing.".count) }
        return name
    }
}
