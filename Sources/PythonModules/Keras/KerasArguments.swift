import Interpreter
import NeuralNet
import Tensors

/// Parses Keras' argument spellings: shapes as lists or tuples, `kernel_size=3` or `(3, 3)`,
/// `padding='same'`, activations as names or functions, `verbose='auto'`.
enum KerasArguments {
    /// `input_shape=(28, 28)` or `[1]`; `None` stays nil. `withBatchAxis` drops a leading batch
    /// size (`(None, 28, 28)`), as `build` takes it.
    static func shape(_ a: BoundArguments, _ name: String, withBatchAxis: Bool = false) throws -> [Int]? {
        let value = a[name]
        if value.isNone { return nil }
        var items: [Value]
        switch value {
        case .tuple(let t): items = t
        case .list(let l): items = l.items
        case .int(let n): items = [.int(n)]
        default: throw PythonError.typeError("\(name) must be a tuple of integers such as (28, 28), received \(value.typeName)")
        }
        if withBatchAxis, !items.isEmpty { items.removeFirst() }
        return try items.map { item in
            guard case .int(let n) = item, n > 0 else {
                throw PythonError.valueError("\(name) must hold positive integers, received \(try a.interpreter.repr(value)). Give the size of one sample, e.g. \(name)=(28, 28).")
            }
            return n
        }
    }

    /// An integer or a pair of integers (`kernel_size=3`, `pool_size=(2, 2)`); nil for `None`.
    static func pair(_ a: BoundArguments, _ name: String) throws -> (Int, Int)? {
        let value = a[name]
        switch value {
        case .none: return nil
        case .int(let n): return (n, n)
        case .tuple(let t) where t.count == 2: return (try Int(python: t[0]), try Int(python: t[1]))
        case .list(let l) where l.items.count == 2: return (try Int(python: l.items[0]), try Int(python: l.items[1]))
        default:
            throw PythonError.valueError("The `\(name)` argument must be a tuple of 2 integers. Received: \(name)=\(try a.interpreter.repr(value)). Use e.g. \(name)=(3, 3).")
        }
    }

    /// `padding='valid'` or `'same'` (any case).
    static func padding(_ a: BoundArguments) throws -> Padding {
        let text = try a.string("padding")
        guard let padding = Padding(rawValue: text.lowercased()) else {
            throw PythonError.valueError("The `padding` argument must be a string in {'valid', 'same'}. Received: padding=\(text). Use padding='valid' or padding='same'.")
        }
        return padding
    }

    /// `activation=None`, a name (`'relu'`), or a function such as `tf.nn.relu`.
    static func activation(_ value: Value, _ interp: PythonInterpreter) throws -> Activation {
        switch value {
        case .none: return .linear
        case .str(let name):
            guard let activation = Activation(kerasName: name) else {
                throw PythonError.valueError("Could not interpret activation function identifier: \(name). Use one of 'relu', 'sigmoid', 'softmax', 'tanh' or 'linear'.")
            }
            return activation
        case .object(let o as KerasActivationFunction): return o.activation
        default:
            throw PythonError.valueError(
                "Could not interpret activation function identifier: \(try interp.repr(value)). Pass a name such as 'relu' or a function such as tf.nn.relu.")
        }
    }

    /// Keras' `verbose`: `'auto'` is 1, otherwise 0, 1 or 2.
    static func verbose(_ a: BoundArguments) throws -> Int {
        if case .str(let text) = a["verbose"] {
            guard text == "auto" else { throw PythonError.valueError("verbose must be 'auto', 0, 1 or 2, received '\(text)'") }
            return 1
        }
        return try a.int("verbose")
    }

    /// A positive number of steps; floats (`len(x) / 32`) round up.
    static func steps(_ a: BoundArguments, _ name: String) throws -> Int? {
        switch a[name] {
        case .none: return nil
        case .float(let d) where d > 0: return Int(d.rounded(.up))
        default:
            let n = try a.int(name)
            guard n > 0 else { throw PythonError.valueError("`\(name)` must be a positive integer, received \(n). Use e.g. \(name)=8.") }
            return n
        }
    }
}
