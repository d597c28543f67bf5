import Interpreter
import NeuralNet
import Tensors

/// A Keras loss as a Python object: the classes (`SparseCategoricalCrossentropy()`) and the
/// functions (`keras.losses.mean_squared_error`) of `keras.losses`; called on arrays it computes the loss.
///
///     model.compile(optimizer='adam', loss=tf.keras.losses.SparseCategoricalCrossentropy())
final class KerasLossObject: PyInstance {
    var loss: Loss?
    /// Whether this is one of the module's functions (shown as `<function …>`).
    var isFunction = false

    override func repr(_ interp: PythonInterpreter) throws -> String {
        if isFunction, let loss { return "<function \(loss.rawValue) at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))>" }
        return try super.repr(interp)
    }

    override func call(_ args: Arguments) throws -> Value {
        let interp = args.interpreter
        guard let loss, args.positional.count >= 2 else {
            throw PythonError.typeError("\(cls.name).__call__() missing required positional arguments: 'y_true' and 'y_pred'")
        }
        return try KerasErrors.translating {
            let target = try KerasArrays.tensor(from: args.positional[0], interp, argument: "y_true")
            let output = try KerasArrays.tensor(from: args.positional[1], interp, argument: "y_pred").cast(to: .float32)
            let value = try Tensor.withoutGradients { try loss(target: target, output: output) }
            return try KerasArrays.value(of: value, interp)
        }
    }
}

enum KerasLosses {
    /// The loss classes and functions of `keras.losses`.
    static func members() -> [(String, Value)] {
        let base = KerasNative.makeClass("Loss", module: "keras.src.losses.loss", attributes: []) { KerasLossObject(cls: $0) }
        var members: [(String, Value)] = [("Loss", .object(base))]
        let classes: [(String, Loss)] = [
            ("MeanSquaredError", .meanSquaredError), ("BinaryCrossentropy", .binaryCrossentropy),
            ("CategoricalCrossentropy", .categoricalCrossentropy), ("SparseCategoricalCrossentropy", .sparseCategoricalCrossentropy),
        ]
        for (name, loss) in classes {
            let initializer = PyNativeFunction("\(name).__init__", "self, from_logits=False, reduction='sum_over_batch_size', name=None, **kwargs") { a in
                let me = try KerasNative.payload(a["self"], as: KerasLossObject.self, expected: "a Keras loss")
                if try a.bool("from_logits") {
                    throw PythonError.valueError("from_logits=True is not supported here: end the model with an activation ('softmax' or 'sigmoid') and keep from_logits=False.")
                }
                me.loss = loss
                return .none
            }
            let cls = KerasNative.makeClass(name, module: "keras.src.losses.losses", bases: [base], attributes: [("__init__", .object(initializer))])
            members.append((name, .object(cls)))
        }
        for loss in Loss.allCases {
            let function = KerasLossObject(cls: base)
            function.loss = loss
            function.isFunction = true
            members.append((loss.rawValue, .object(function)))
        }
        if let mse = members.first(where: { $0.0 == Loss.meanSquaredError.rawValue }) { members.append(("mse", mse.1)) }
        return members
    }

    /// The loss for `compile(loss=…)`: a name, a loss object, or a loss function.
    static func resolve(_ value: Value, _ interp: PythonInterpreter) throws -> Loss {
        switch value {
        case .str(let name): return try KerasErrors.translating { try Model.loss(named: name) }
        case .object(let o as KerasLossObject):
            guard let loss = o.loss else { throw PythonError.runtimeError("This loss object was not initialized.") }
            return loss
        default:
            throw PythonError.valueError(
                "Could not interpret loss identifier: \(try interp.repr(value)). Use a name such as loss='sparse_categorical_crossentropy' or a loss object from tf.keras.losses.")
        }
    }
}
