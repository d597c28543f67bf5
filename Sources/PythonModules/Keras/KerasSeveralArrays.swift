import Interpreter
import NeuralNet
import Tensors

/// Keras' argument forms for models of several inputs or outputs: `x` and `y` as lists in
/// input / output order or dicts keyed by `Input` / output layer name, and `compile`'s `loss`,
/// `loss_weights` and `metrics` as one value, a list per output, or a dict by output name.
/// The forms and their meaning are Keras 3's (`compile_utils.py` of Keras 3.15).
enum KerasSeveralArrays {
    /// One array per model input: a list or tuple in input order, a dict keyed by `Input` name,
    /// or a bare array (for a model of one input).
    static func inputs(_ value: Value, model: Model, _ interp: PythonInterpreter, argument: String) throws -> [Tensor] {
        if case .dict(let dict) = value {
            return try model.inputArrays(try named(dict, interp, argument: argument))
        }
        return try arrays(value, expected: max(model.inputs.count, 1), interp, argument: argument)
    }

    /// One target array per model output: a list or tuple in output order, a dict keyed by
    /// output layer name, or a bare array (for a model of one output).
    static func targets(_ value: Value, model: Model, _ interp: PythonInterpreter, argument: String) throws -> [Tensor] {
        if case .dict(let dict) = value {
            return try model.targetArrays(try named(dict, interp, argument: argument))
        }
        return try arrays(value, expected: max(model.outputs.count, 1), interp, argument: argument)
    }

    /// A list or tuple as one array per entry when several are expected (or when it holds exactly
    /// one NumPy array); otherwise the whole value is one array (possibly nested lists of numbers).
    private static func arrays(_ value: Value, expected: Int, _ interp: PythonInterpreter, argument: String) throws -> [Tensor] {
        let items: [Value]
        switch value {
        case .list(let list): items = list.items
        case .tuple(let tuple): items = tuple
        default: return [try KerasArrays.tensor(from: value, interp, argument: argument)]
        }
        guard expected > 1 || (items.count == 1 && KerasArrays.array(items[0]) != nil) else {
            return [try KerasArrays.tensor(from: value, interp, argument: argument)]
        }
        return try items.enumerated().map { try KerasArrays.tensor(from: $0.element, interp, argument: "\(argument)[\($0.offset)]") }
    }

    /// A dict of arrays by string key.
    private static func named(_ dict: PyDict, _ interp: PythonInterpreter, argument: String) throws -> [String: Tensor] {
        var result: [String: Tensor] = [:]
        for (key, value) in dict.pairs {
            guard case .str(let name) = key else {
                throw PythonError.valueError("The keys of a dict passed as \(argument) must be strings (Input or output names), received \(try interp.repr(key)).")
            }
            result[name] = try KerasArrays.tensor(from: value, interp, argument: "\(argument)['\(name)']")
        }
        return result
    }

    /// `compile(loss=...)`: a name or loss object for every output, a list in output order, or a
    /// dict by output name.
    static func loss(_ value: Value, _ interp: PythonInterpreter) throws -> PerOutput<Loss> {
        let one = { (item: Value) throws -> Loss in
            guard !item.isNone else {
                throw PythonError.valueError("A loss of None (an output left out of training) is not supported here. Give every output a loss, e.g. loss=['mse', 'mse'].")
            }
            return try KerasLosses.resolve(item, interp)
        }
        switch value {
        case .list(let list): return .list(try list.items.map(one))
        case .tuple(let items): return .list(try items.map(one))
        case .dict(let dict): return .byName(try byName(dict, interp, argument: "loss", one))
        default: return .all(try one(value))
        }
    }

    /// `compile(loss_weights=...)`: a number (one output), a list in output order, or a dict by output name.
    static func lossWeights(_ value: Value, _ interp: PythonInterpreter) throws -> PerOutput<Double>? {
        let number = { (item: Value) throws -> Double in
            do { return try Double(python: item) } catch {
                throw PythonError.valueError("`loss_weights` must hold numbers, received \(try interp.repr(item)). Use e.g. loss_weights=[1.0, 0.5].")
            }
        }
        switch value {
        case .none: return nil
        case .list(let list): return .list(try list.items.map(number))
        case .tuple(let items): return .list(try items.map(number))
        case .dict(let dict): return .byName(try byName(dict, interp, argument: "loss_weights", number))
        default: return .list([try number(value)])
        }
    }

    /// `compile(metrics=...)` as Keras 3 reads it for `outputs` outputs: a list with one entry
    /// (a name or a list of names) per output, or a dict by output name. A flat list of another
    /// length, which Keras 3 rejects, applies to every output as in TF-Keras 2, with a notice.
    static func metrics(_ value: Value, outputs: Int, _ interp: PythonInterpreter, runtime: KerasRuntime) throws -> PerOutput<[String]> {
        let items: [Value]
        switch value {
        case .none: return .all([])
        case .list(let list): items = list.items
        case .tuple(let tuple): items = tuple
        case .dict(let dict): return .byName(try byName(dict, interp, argument: "metrics") { try names($0, interp) })
        default:
            throw PythonError.typeError(
                "Expected `metrics` argument to be a list, tuple, or dict. Received instead: metrics=\(try interp.repr(value)) of type \(value.typeName). Write metrics=['accuracy']."
            )
        }
        if outputs == 1 { return .all(try items.flatMap { try names($0, interp) }) }
        if items.count == outputs { return .list(try items.map { try names($0, interp) }) }
        let flat = try items.map { item -> String in
            guard case .str(let name) = item else {
                throw PythonError.valueError(
                    "Invalid `metrics`: the model has \(outputs) outputs but metrics has \(items.count) entries. Give one entry per output (a name or a list of names), e.g. metrics=[['accuracy'], []], or a dict keyed by output name."
                )
            }
            return name
        }
        runtime.notice(
            "metrics-every-output",
            "Notice: Keras 3 rejects metrics=\(try interp.repr(value)) for a model of \(outputs) outputs (it wants one entry per output, or a dict by output name); applying it to every output, as TF-Keras 2 did."
        )
        return .all(flat)
    }

    /// The metric names of one entry: a name, a list or tuple of names, or None (no metrics).
    private static func names(_ value: Value, _ interp: PythonInterpreter) throws -> [String] {
        switch value {
        case .none: return []
        case .str(let name): return [name]
        case .list(let list): return try list.items.flatMap { try names($0, interp) }
        case .tuple(let items): return try items.flatMap { try names($0, interp) }
        default:
            throw PythonError.valueError("Could not interpret metric identifier: \(try interp.repr(value)). Use metrics=['accuracy'].")
        }
    }

    /// A dict by output name, each value converted by `convert`.
    private static func byName<T>(_ dict: PyDict, _ interp: PythonInterpreter, argument: String, _ convert: (Value) throws -> T) throws -> [String: T] {
        var result: [String: T] = [:]
        for (key, value) in dict.pairs {
            guard case .str(let name) = key else {
                throw PythonError.valueError("The keys of `\(argument)` must be output names (strings), received \(try interp.repr(key)). Use model.output_names.")
            }
            result[name] = try convert(value)
        }
        return result
    }
}
