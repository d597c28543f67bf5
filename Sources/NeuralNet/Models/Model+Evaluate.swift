import Tensors

/// What `evaluate` returns: the loss alone without metrics, `[loss, metrics…]` with them, as Keras;
/// for several outputs `[loss, <output>_loss…, <output>_<metric>…]`.
public struct Evaluation: Sendable, Equatable {
    /// The mean (total) loss over the data.
    public let loss: Double
    /// The other values by key: the metrics by the names given to `compile`, and for several
    /// outputs each output's loss and metrics under Keras' prefixed keys.
    public let metrics: [String: Double]
    /// `[loss, metric…]` in compile order (Keras' order for several outputs, see `names`).
    public let values: [Double]
    /// The key of each value, in order (Keras' `metrics_names`, `return_dict=True`'s keys).
    public let names: [String]

    /// Keras' return shape: true when there are no metrics and Python should get a bare float.
    public var isScalar: Bool { values.count == 1 }
}

extension Model {
    /// Computes the loss and metrics on `x`, `y` in batches (Keras' `evaluate`).
    ///
    ///     let result = try model.evaluate(testImages, testLabels)
    ///     result.values   // [loss, accuracy]
    public func evaluate(
        _ x: Tensor, _ y: Tensor, batchSize: Int? = nil, verbose: Int = 1, steps: Int? = nil,
        output write: @escaping (String) -> Void = ProgressBar.standardOutput
    ) throws -> Evaluation {
        if try !requireCompiled("evaluate").outputs.isEmpty {
            return try evaluate([x], [y], batchSize: batchSize, verbose: verbose, steps: steps, output: write)
        }
        guard x.rank >= 1, y.rank >= 1, x.shape[0] == y.shape[0] else {
            throw NeuralNetError.invalidArgument(
                "Data cardinality is ambiguous. Make sure all arrays contain the same number of samples. 'x' sizes: \(x.shape.first ?? 0), 'y' sizes: \(y.shape.first ?? 0). Pass as many labels as images."
            )
        }
        let source = try ArrayBatches(x: adjustedInputRank(x), y: y, batchSize: batchSize ?? 32, shuffle: false)
        return try evaluate(source, verbose: verbose, steps: steps, output: write)
    }

    /// Computes the loss and metrics over batches from `data`.
    public func evaluate(
        _ data: BatchSource, verbose: Int = 1, steps: Int? = nil,
        output write: @escaping (String) -> Void = ProgressBar.standardOutput
    ) throws -> Evaluation {
        let configuration = try requireCompiled("evaluate")
        try requireOneObjective(configuration, "evaluate")
        try prepare(forSampleShape: data.sampleShape, batch: nil)
        try validateTargets(data, loss: configuration.loss)
        let steps = steps ?? data.batchCount
        let bar = verbose > 0 ? ProgressBar(target: steps, verbose: verbose, write: write) : nil
        let tracker = try evaluateBatches(data, steps: steps, configuration: configuration, bar: bar)
        let values = tracker.values
        var metrics: [String: Double] = [:]
        for (name, value) in zip(configuration.metrics, values.dropFirst()) { metrics[name] = value }
        return Evaluation(loss: values[0], metrics: metrics, values: values, names: ["loss"] + configuration.metrics)
    }

    func evaluateBatches(
        _ data: BatchSource, steps: Int, configuration: CompileConfiguration,
        bar initialBar: ProgressBar?
    ) throws -> MetricTracker {
        var tracker = MetricTracker(names: configuration.metrics, targetShape: data.targetShape, outputShape: outputShape ?? [])
        var bar = initialBar
        data.startPass()
        try Tensor.withoutGradients {
            for step in 0..<steps {
                try checkInterrupt("Evaluation", batch: step, epoch: nil)
                let (xb, yb) = try data.batch(at: step % max(data.batchCount, 1))
                let (output, loss) = try outputAndLoss(x: xb, y: yb, loss: configuration.loss, training: false)
                try tracker.update(loss: try loss.item(Double.self), target: yb, output: output)
                bar?.update(step + 1, values: tracker.logs().pairs, finalize: false)
            }
        }
        bar?.update(steps, values: tracker.logs().pairs, finalize: true)
        return tracker
    }

    /// Runs the model on `x` in batches of `batchSize` (32) without gradients (Keras' `predict`),
    /// printing Keras' progress line unless `verbose` is 0.
    ///
    ///     let y = try model.predict(Tensor([10.0] as [Float], shape: [1, 1]))   // [[18.98…]]
    public func predict(
        _ x: Tensor, batchSize: Int? = nil, verbose: Int = 1,
        output write: @escaping (String) -> Void = ProgressBar.standardOutput
    ) throws -> Tensor {
        let input = try adjustedInputRank(RowGather.contiguousFloat(x))
        try prepare(forSampleShape: Array(input.shape.dropFirst()), batch: input.shape.first)
        let source = try ArrayBatches(x: input, y: nil, batchSize: batchSize ?? 32, shuffle: false)
        let steps = source.batchCount
        var bar = verbose > 0 ? ProgressBar(target: steps, verbose: verbose, write: write) : nil
        var outputs: [Tensor] = []
        try Tensor.withoutGradients {
            for step in 0..<steps {
                try checkInterrupt("Prediction", batch: step, epoch: nil)
                outputs.append(try call(try source.batch(at: step).x, training: false))
                bar?.update(step + 1, finalize: false)
            }
        }
        bar?.update(steps, finalize: true)
        if outputs.count == 1, let only = outputs.first { return only }
        return try Tensor.concatenate(outputs, axis: 0)
    }
}

extension Model {
    /// Runs the model on one array per input in batches, without gradients, and returns one array
    /// per output (Keras' `predict` on a model of several inputs or outputs).
    ///
    ///     let maps = try featureModel.predict([images], verbose: 0)   // one Tensor per requested layer
    public func predict(
        _ inputs: [Tensor], batchSize: Int? = nil, verbose: Int = 1,
        output write: @escaping (String) -> Void = ProgressBar.standardOutput
    ) throws -> [Tensor] {
        let arrays = try inputs.map { try RowGather.contiguousFloat($0) }
        let expected = self.inputs.map(\.shape)
        let prepared = try arrays.enumerated().map { index, array -> Tensor in
            if index < expected.count, array.rank == expected[index].count, expected[index].last == 1 {
                return try array.expandedDimensions(axis: -1)
            }
            return array
        }
        guard let count = prepared.first?.shape.first, prepared.allSatisfy({ $0.shape.first == count }) else {
            throw NeuralNetError.invalidArgument(
                "Data cardinality is ambiguous. Make sure all arrays contain the same number of samples. Sizes: \(prepared.map { String($0.shape.first ?? 0) }.joined(separator: ", "))."
            )
        }
        if prepared.count == 1 { try prepare(forSampleShape: Array(prepared[0].shape.dropFirst()), batch: count) }
        let size = batchSize ?? 32
        let steps = Swift.max((count + size - 1) / size, 1)
        var bar = verbose > 0 ? ProgressBar(target: steps, verbose: verbose, write: write) : nil
        var collected: [[Tensor]] = []
        try Tensor.withoutGradients {
            for step in 0..<steps {
                try checkInterrupt("Prediction", batch: step, epoch: nil)
                let range = step * size..<Swift.min((step + 1) * size, count)
                let batch = try prepared.map { try RowGather.range(of: $0, range) }
                collected.append(try call(batch, training: false))
                bar?.update(step + 1, finalize: false)
            }
        }
        bar?.update(steps, finalize: true)
        guard let first = collected.first else { return [] }
        return try first.indices.map { index in
            collected.count == 1 ? first[index] : try Tensor.concatenate(collected.map { $0[index] }, axis: 0)
        }
    }
}
