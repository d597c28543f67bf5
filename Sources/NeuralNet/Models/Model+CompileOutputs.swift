extension Model {
    /// Keras' `compile` for a model of several outputs: the loss once for all outputs, a list in
    /// output order, or a dict by output name (which must name every output); `lossWeights`
    /// scale each output's loss in the minimized total (1 where left out); `metrics` per output.
    ///
    ///     try model.compile(optimizer: Adam(), loss: .list([.binaryCrossentropy, .sparseCategoricalCrossentropy]),
    ///                       lossWeights: .list([1, 0.5]), metrics: .byName(["kind": ["accuracy"]]))
    ///     // logs loss = 1·out1_loss + 0.5·kind_loss, out1_loss, kind_loss, kind_accuracy
    public func compile(optimizer: Optimizer, loss: PerOutput<Loss>, lossWeights: PerOutput<Double>? = nil, metrics: PerOutput<[String]> = .all([])) throws {
        let objectives = try OutputObjective.resolve(names: outputNames, loss: loss, lossWeights: lossWeights, metrics: metrics)
        for metric in objectives.flatMap(\.metrics) where !["accuracy", "acc"].contains(metric.lowercased()) && Accuracy(kerasName: metric) == nil {
            throw NeuralNetError.invalidArgument("Could not interpret metric identifier: \(metric). Use metrics=['accuracy'] (or 'acc').")
        }
        let first = objectives[0]
        let trainsPerOutput = hasSeveralInputsOrOutputs || first.weight != 1
        compiled = CompileConfiguration(optimizer: optimizer, loss: first.loss, metrics: first.metrics, outputs: trainsPerOutput ? objectives : [])
    }

    /// The objectives `fit` and `evaluate` on lists of arrays train through: the compiled ones,
    /// or the one loss and metrics of a model of one output.
    func trainingObjectives(_ configuration: CompileConfiguration) -> [OutputObjective] {
        if !configuration.outputs.isEmpty { return configuration.outputs }
        return [OutputObjective(name: outputNames[0], loss: configuration.loss, weight: 1, metrics: configuration.metrics)]
    }

    /// Keras' `metrics_names` once compiled: the keys `evaluate` returns values for, in its order
    /// (`['loss', 'out1_loss', 'out2_loss', 'out1_accuracy']`).
    public var metricsNames: [String] {
        guard let compiled else { return [] }
        return OutputObjective.evaluationKeys(of: trainingObjectives(compiled))
    }

    /// Batch sources (generators) yield one input and one target array; training through
    /// per-output objectives needs lists of arrays.
    func requireOneObjective(_ configuration: CompileConfiguration, _ what: String) throws {
        guard !configuration.outputs.isEmpty else { return }
        throw NeuralNetError.invalidArgument(
            "\(what)() on a generator trains one input and one output with one loss, but model \"\(name)\" has \(inputs.count) input(s), \(outputs.count) output(s) or loss weights. Pass in-memory arrays instead: model.\(what)([x1, x2], [y1, y2])."
        )
    }
}
