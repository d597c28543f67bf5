import Interpreter
import NeuralNet
import Tensors

/// An activation as a Python function (`tf.nn.relu`, `tf.keras.activations.softmax`): passed as
/// `activation=` it selects the layer's activation; called on an array it applies it.
///
///     keras.layers.Dense(128, activation=tf.nn.relu)
///     tf.nn.softmax(np.array([1.0, 2.0]))
final class KerasActivationFunction: PyObject {
    let activation: Activation

    init(_ activation: Activation) {
        self.activation = activation
    }

    override var pyClass: PyClass { PyTypes.function }

    override func call(_ args: Arguments) throws -> Value {
        let interp = args.interpreter
        guard let input = args.positional.first ?? args.keywords.first(where: { $0.name == "x" || $0.name == "features" })?.value else {
            throw PythonError.typeError("\(activation.rawValue)() missing 1 required positional argument: 'x'")
        }
        return try KerasErrors.translating {
            let x = try KerasArrays.tensor(from: input, interp, argument: "x").cast(to: .float32)
            return try KerasArrays.value(of: try activation.apply(x), interp)
        }
    }

    override func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        if name == "__name__" { return .str(activation.rawValue) }
        return try super.getAttribute(name, interp)
    }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        "<function \(activation.rawValue) at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))>"
    }

    /// One function per activation, for the `tf.nn` and `keras.activations` modules.
    static func all() -> [(String, Value)] {
        Activation.allCases.map { ($0.rawValue, .object(KerasActivationFunction($0))) }
    }
}
