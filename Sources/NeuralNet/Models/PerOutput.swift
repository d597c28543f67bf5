/// A `compile` argument for a model of several outputs, in Keras' three forms: one value for
/// every output, a list in output order, or a dictionary keyed by output layer name.
///
///     try model.compile(optimizer: Adam(), loss: .list([.binaryCrossentropy, .meanSquaredError]),
///                       lossWeights: .byName(["price": 0.5]), metrics: .byName(["kind": ["accuracy"]]))
public enum PerOutput<Value> {
    /// The same value for every output (`loss='mse'`).
    case all(Value)
    /// One value per output, in the order of `Model(outputs=[...])`.
    case list([Value])
    /// Values by output layer name; which names may be left out depends on the argument.
    case byName([String: Value])

    /// One value per output named in `names`. A dictionary must not name other outputs; an output
    /// it leaves out gets `missing`, or is an error when `missing` is nil (as Keras' `loss` dict).
    func values(for names: [String], argument: String, missing: Value? = nil) throws -> [Value] {
        let expected = "[" + names.map { "'\($0)'" }.joined(separator: ", ") + "]"
        switch self {
        case .all(let value):
            return Array(repeating: value, count: names.count)
        case .list(let values):
            guard values.count == names.count else {
                throw NeuralNetError.invalidArgument(
                    "`\(argument)` has \(values.count) entr\(values.count == 1 ? "y" : "ies") but the model has \(names.count) outputs \(expected). Give one per output, in that order, or a dict keyed by output name."
                )
            }
            return values
        case .byName(let byName):
            let found = "[" + byName.keys.sorted().map { "'\($0)'" }.joined(separator: ", ") + "]"
            if let unknown = byName.keys.sorted().first(where: { !names.contains($0) }) {
                throw NeuralNetError.invalidArgument(
                    "Expected keys \(expected) in \(argument) dict, but found \(argument).keys()=\(found). '\(unknown)' is not an output of the model: key the dict by the output layers' names (model.output_names)."
                )
            }
            return try names.map { name in
                if let value = byName[name] ?? missing { return value }
                throw NeuralNetError.invalidArgument(
                    "Expected keys \(expected) in \(argument) dict, but found \(argument).keys()=\(found). Add an entry for '\(name)', or pass a list with one entry per output."
                )
            }
        }
    }
}
