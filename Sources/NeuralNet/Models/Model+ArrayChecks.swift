import Tensors

extension Model {
    /// The input arrays of a dict keyed by `Input` name, in input order (Keras takes a dict of
    /// inputs and ignores keys that name no input).
    public func inputArrays(_ named: [String: Tensor]) throws -> [Tensor] {
        let names = inputNames.isEmpty ? [name] : inputNames
        return try names.map { name in
            guard let array = named[name] else {
                throw NeuralNetError.invalidArgument(
                    "Missing data for input \"\(name)\". You passed a data dictionary with keys \(Self.listText(named.keys.sorted())). Expected the following keys: \(Self.listText(names)). Key each array by the name given to its Input(name=...)."
                )
            }
            return array
        }
    }

    /// The target arrays of a dict keyed by output layer name, in output order.
    public func targetArrays(_ named: [String: Tensor]) throws -> [Tensor] {
        let names = outputNames
        if let unknown = named.keys.sorted().first(where: { !names.contains($0) }) {
            throw NeuralNetError.invalidArgument(
                "Unknown output name '\(unknown)' in the targets dict (keys \(Self.listText(named.keys.sorted()))); the model's outputs are \(Self.listText(names)). Key y by the output layers' names (model.output_names)."
            )
        }
        return try names.map { name in
            guard let array = named[name] else {
                throw NeuralNetError.invalidArgument(
                    "Missing targets for output '\(name)'. The targets dict has keys \(Self.listText(named.keys.sorted())) but the model's outputs are \(Self.listText(names)). Give every output its targets."
                )
            }
            return array
        }
    }

    /// `x` and `y` for training or evaluating on lists: one float32 array per input and per
    /// output, with as many samples each, inputs of the model's shapes (a missing trailing axis
    /// of 1 added, as Keras), and targets that fit each output's loss.
    func checkedArrays(_ x: [Tensor], _ y: [Tensor], objectives: [OutputObjective]) throws -> (x: [Tensor], y: [Tensor]) {
        let inputShapes = graph != nil ? inputs.map(\.shape) : [inputShape].compactMap { $0 }
        let expectedInputs = graph != nil ? inputs.count : 1
        guard x.count == expectedInputs else {
            let names = inputNames.isEmpty ? "" : " (\(Self.listText(inputNames)))"
            throw NeuralNetError.invalidArgument(
                "Layer \"\(name)\" expects \(expectedInputs) input(s), but it received \(x.count) input tensors. Pass a list with one array per Input, in the order of Model(inputs=[...])\(names), or a dict keyed by the inputs' names."
            )
        }
        guard y.count == objectives.count else {
            throw NeuralNetError.invalidArgument(
                "The model has \(objectives.count) output(s) \(Self.listText(objectives.map(\.name))) but received \(y.count) target array(s) (y_true and y_pred have different structures). Pass one target array per output, as a list in output order or a dict keyed by output name."
            )
        }
        let arrays = try x.enumerated().map { index, array -> Tensor in
            let array = try RowGather.contiguousFloat(array)
            if index < inputShapes.count, array.rank == inputShapes[index].count, inputShapes[index].last == 1 { return try array.expandedDimensions(axis: -1) }
            return graph == nil ? try adjustedInputRank(array) : array
        }
        let targets = try y.map(RowGather.contiguousFloat)
        let sizes = (arrays + targets).map { $0.rank >= 1 ? $0.shape[0] : -1 }
        guard let count = sizes.first, count >= 0, sizes.allSatisfy({ $0 == count }) else {
            let text = { (items: [Tensor]) in items.map { String($0.shape.first ?? 0) }.joined(separator: ", ") }
            throw NeuralNetError.invalidArgument(
                "Data cardinality is ambiguous. Make sure all arrays contain the same number of samples. 'x' sizes: \(text(arrays)). 'y' sizes: \(text(targets)). Give every input and target array one row per sample."
            )
        }
        if graph == nil {
            try prepare(forSampleShape: Array(arrays[0].shape.dropFirst()), batch: count)
        } else {
            for (index, (array, shape)) in zip(arrays, inputShapes).enumerated() where Array(array.shape.dropFirst()) != shape {
                throw NeuralNetError.invalidArgument(
                    "Input \(index) ('\(inputNames[index])') of layer \"\(name)\" is incompatible with the layer: expected shape=\(ShapeText.batch(shape, batch: nil)), found shape=\(ShapeText.batch(Array(array.shape.dropFirst()), batch: count)). Give it data of shape \(ShapeText.tuple(shape)) per sample."
                )
            }
        }
        for (index, (objective, output)) in zip(objectives, outputShapes).enumerated() {
            do {
                try objective.loss.validate(targetShape: Array(targets[index].shape.dropFirst()), outputShape: output)
                if objective.loss == .sparseCategoricalCrossentropy { try objective.loss.validateLabels(targets[index], classes: output.last ?? 1) }
            } catch NeuralNetError.invalidArgument(let message) where objectives.count > 1 {
                throw NeuralNetError.invalidArgument("Targets for output '\(objective.name)' (y[\(index)]) do not fit its loss \(objective.loss.rawValue): \(message)")
            }
        }
        return (arrays, targets)
    }

    /// `['a', 'b']`, as Python prints a list of names.
    static func listText(_ names: [String]) -> String {
        "[" + names.map { "'\($0)'" }.joined(separator: ", ") + "]"
    }
}
