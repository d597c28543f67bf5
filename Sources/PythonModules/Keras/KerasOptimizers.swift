import Interpreter
import NeuralNet

/// `keras.optimizers`: `SGD`, `RMSprop` and `Adam` with Keras' keyword names and defaults; the
/// legacy `lr=` is accepted with a one-line notice.
///
///     model.compile(optimizer=RMSprop(lr=0.0001), loss='binary_crossentropy')
final class KerasOptimizerObject: PyInstance {
    var optimizer: Optimizer?

    func requireOptimizer() throws -> Optimizer {
        guard let optimizer else { throw PythonError.runtimeError("This \(cls.name) optimizer was not initialized. Call \(cls.name)() to create it.") }
        return optimizer
    }
}

enum KerasOptimizers {
    /// Keras' optimizer module paths, for class reprs such as `<class 'keras.src.optimizers.adam.Adam'>`.
    static func makeClasses(runtime: KerasRuntime) -> [(String, PyClass)] {
        let learningRate = { (a: BoundArguments, name: String) throws -> Double in
            try rate(a, optimizer: name, runtime: runtime)
        }
        let specs: [(String, String, String, (BoundArguments) throws -> Optimizer)] = [
            (
                "SGD", "keras.src.optimizers.sgd", "learning_rate=0.01, momentum=0.0, nesterov=False",
                { a in
                    SGD(learningRate: try learningRate(a, "SGD"), momentum: try a.double("momentum"), nesterov: try a.bool("nesterov"))
                }
            ),
            (
                "RMSprop", "keras.src.optimizers.rmsprop", "learning_rate=0.001, rho=0.9, momentum=0.0, epsilon=1e-07, centered=False",
                { a in
                    RMSprop(
                        learningRate: try learningRate(a, "RMSprop"), rho: try a.double("rho"), momentum: try a.double("momentum"),
                        epsilon: try a.double("epsilon"))
                }
            ),
            (
                "Adam", "keras.src.optimizers.adam", "learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07, amsgrad=False",
                { a in
                    Adam(
                        learningRate: try learningRate(a, "Adam"), beta1: try a.double("beta_1"), beta2: try a.double("beta_2"),
                        epsilon: try a.double("epsilon"))
                }
            ),
        ]
        let base = KerasNative.makeClass(
            "Optimizer", module: "keras.src.optimizers.optimizer",
            attributes: [
                (
                    "learning_rate",
                    KerasNative.property(
                        { v, _ in .float(try object(v).requireOptimizer().learningRate) },
                        set: { v, new, _ in try object(v).requireOptimizer().learningRate = try Double(python: new) })
                ),
                (
                    "lr",
                    KerasNative.property(
                        { v, _ in .float(try object(v).requireOptimizer().learningRate) },
                        set: { v, new, _ in try object(v).requireOptimizer().learningRate = try Double(python: new) })
                ),
                ("iterations", KerasNative.property { v, _ in .int(try object(v).requireOptimizer().iterations) }),
                ("name", KerasNative.property { v, _ in .str(try object(v).requireOptimizer().kerasName) }),
            ]
        ) { KerasOptimizerObject(cls: $0) }
        var result: [(String, PyClass)] = [("Optimizer", base)]
        for (name, module, signature, build) in specs {
            let initializer = PyNativeFunction("\(name).__init__", "self, \(signature), name=None, **kwargs") { a in
                try KerasErrors.translating {
                    let me = try object(a["self"])
                    me.optimizer = try build(a)
                    return .none
                }
            }
            result.append((name, KerasNative.makeClass(name, module: module, bases: [base], attributes: [("__init__", .object(initializer))])))
        }
        return result
    }

    static func object(_ value: Value) throws -> KerasOptimizerObject {
        try KerasNative.payload(value, as: KerasOptimizerObject.self, expected: "a Keras optimizer")
    }

    /// `learning_rate=`, or the legacy `lr=` with a notice; any other unknown keyword is Keras' error.
    static func rate(_ a: BoundArguments, optimizer: String, runtime: KerasRuntime) throws -> Double {
        try KerasNative.rejectUnknown(a, in: optimizer, except: ["lr"])
        var rate = try a.double("learning_rate")
        if let legacy = a.keywordArgs.first(where: { if case .str("lr") = $0.key { return true } else { return false } }) {
            rate = try Double(python: legacy.value)
            runtime.notice("lr", "Notice: `lr` is the old name of `learning_rate` (Keras 3 rejects it); using learning_rate=\(try a.interpreter.repr(legacy.value)).")
        }
        guard rate > 0 else {
            throw PythonError.valueError("The learning rate must be positive, received \(rate). Use e.g. learning_rate=0.001.")
        }
        return rate
    }

    /// The optimizer for `compile(optimizer=…)`: a name or an optimizer object; also returns the Python object.
    static func resolve(_ value: Value, runtime: KerasRuntime) throws -> (Optimizer, Value) {
        switch value {
        case .str(let name):
            let optimizer = try KerasErrors.translating { try Model.optimizer(named: name) }
            let classes = runtime.classes.optimizers
            let cls = classes.first { $0.0.lowercased() == optimizer.kerasName }?.1 ?? runtime.classes.optimizerBase
            let object = KerasOptimizerObject(cls: cls)
            object.optimizer = optimizer
            return (optimizer, .object(object))
        case .object(let o as KerasOptimizerObject):
            return (try o.requireOptimizer(), value)
        default:
            throw PythonError.valueError(
                "Could not interpret optimizer identifier: \(try runtime.interpreter.repr(value)). Use optimizer='adam', or an optimizer object such as tf.keras.optimizers.Adam()."
            )
        }
    }
}
