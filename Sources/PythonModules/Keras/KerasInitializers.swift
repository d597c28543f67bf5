import Interpreter
import NeuralNet
import Tensors

/// A Keras initializer as a Python object (`keras.initializers.HeNormal(seed=42)`): passed as
/// `kernel_initializer=` it sets how a layer's weights start; called with a shape it makes them.
///
///     layers.Dense(64, kernel_initializer=tf.keras.initializers.RandomNormal(stddev=0.01))
///     tf.keras.initializers.Ones()(shape=(2, 2))
final class KerasInitializerObject: PyInstance {
    /// The rule, set by `__init__`.
    var initializer: Initializer?
}

/// The classes of `keras.initializers` and the conversion of `*_initializer=` arguments.
enum KerasInitializers {
    /// An `*_initializer=` argument: a Keras name, an initializer object, or None for `fallback`.
    static func resolve(_ value: Value, _ interp: PythonInterpreter, fallback: Initializer) throws -> Initializer {
        switch value {
        case .none: return fallback
        case .str(let name):
            guard let rule = Initializer(kerasName: name) else {
                throw PythonError.valueError(
                    "Could not interpret initializer identifier: \(name). Use a name such as 'glorot_uniform', 'he_normal', 'zeros' or 'ones', or an object such as keras.initializers.RandomNormal(stddev=0.01)."
                )
            }
            return rule
        case .object(let o as KerasInitializerObject):
            guard let rule = o.initializer else { throw PythonError.runtimeError("This initializer was not initialized.") }
            return rule
        default:
            throw PythonError.valueError(
                "Could not interpret initializer identifier: \(try interp.repr(value)). Pass a name such as 'he_normal' or an object such as keras.initializers.HeNormal().")
        }
    }

    /// `Initializer`, `RandomNormal`, `GlorotUniform`, …, with Keras' snake-case aliases.
    static func members() -> [(String, Value)] {
        let base = KerasNative.makeClass(
            "Initializer", module: "keras.src.initializers.initializer",
            attributes: [
                (
                    "__call__",
                    .object(
                        PyNativeFunction("Initializer.__call__", "self, shape, dtype=None") { a in
                            try KerasErrors.translating {
                                let me = try KerasNative.payload(a["self"], as: KerasInitializerObject.self, expected: "an initializer")
                                guard let rule = me.initializer, let shape = try KerasArguments.shape(a, "shape") else {
                                    throw PythonError.valueError("Call an initializer with a shape, e.g. HeNormal()(shape=(3, 3)).")
                                }
                                return try KerasArrays.value(of: try Initializers.make(rule, shape), a.interpreter)
                            }
                        })
                )
            ]
        ) { KerasInitializerObject(cls: $0) }
        let seeded = "seed=None"
        let kinds: [(String, String, String, (BoundArguments) throws -> Initializer)] = [
            (
                "RandomNormal", "random_normal", "mean=0.0, stddev=0.05, seed=None",
                { a in
                    .randomNormal(mean: try a.double("mean"), standardDeviation: try a.double("stddev"))
                }
            ),
            (
                "RandomUniform", "random_uniform", "minval=-0.05, maxval=0.05, seed=None",
                { a in
                    .randomUniform(low: try a.double("minval"), high: try a.double("maxval"))
                }
            ),
            (
                "TruncatedNormal", "truncated_normal", "mean=0.0, stddev=0.05, seed=None",
                { a in
                    .truncatedNormal(mean: try a.double("mean"), standardDeviation: try a.double("stddev"))
                }
            ),
            ("GlorotUniform", "glorot_uniform", seeded, { _ in .glorotUniform }),
            ("GlorotNormal", "glorot_normal", seeded, { _ in .glorotNormal }),
            ("HeNormal", "he_normal", seeded, { _ in .heNormal }),
            ("HeUniform", "he_uniform", seeded, { _ in .heUniform }),
            ("Zeros", "zeros", "", { _ in .zeros }),
            ("Ones", "ones", "", { _ in .ones }),
            ("Constant", "constant", "value=0.0", { a in .constant(try a.double("value")) }),
        ]
        var result: [(String, Value)] = [("Initializer", .object(base))]
        for (name, alias, signature, make) in kinds {
            let initializer = PyNativeFunction("\(name).__init__", signature.isEmpty ? "self" : "self, \(signature)") { a in
                try KerasErrors.translating {
                    let me = try KerasNative.payload(a["self"], as: KerasInitializerObject.self, expected: "an initializer")
                    var rule = try make(a)
                    if signature.contains("seed"), let seed = try a.optional("seed", as: Int.self) { rule = rule.seeded(UInt64(truncatingIfNeeded: seed)) }
                    me.initializer = rule
                    return .none
                }
            }
            let cls = KerasNative.makeClass(name, module: "keras.src.initializers", bases: [base], attributes: [("__init__", .object(initializer))])
            result += [(name, .object(cls)), (alias, .object(cls))]
        }
        return result
    }

    /// `keras.utils.set_random_seed(seed)`: restarts the generator weights, dropout and shuffles draw from.
    static func setRandomSeed() -> (String, Value) {
        KerasNative.function("set_random_seed", "seed") { a in
            let seed = try a.int("seed")
            guard seed >= 0 else { throw PythonError.valueError("Expected `seed` argument to be a non-negative integer. Received: seed=\(seed).") }
            Initializers.seed(UInt64(seed))
            return .none
        }
    }
}
