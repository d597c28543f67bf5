import Tensors

extension Model {
    /// Trains on in-memory arrays (Keras' `fit`): `epochs` passes of shuffled batches of
    /// `batchSize` (32), with optional validation, callbacks, and Keras' progress output.
    ///
    ///     let history = try model.fit(x, y, epochs: 5, validationSplit: 0.1, verbose: 2)
    ///     history.history["val_accuracy"]
    @discardableResult
    public func fit(
        _ x: Tensor, _ y: Tensor, batchSize: Int? = nil, epochs: Int = 1, verbose: Int = 1,
        callbacks: [Callback] = [], validationSplit: Double = 0, validationData: (Tensor, Tensor)? = nil,
        shuffle: Bool = true, stepsPerEpoch: Int? = nil, validationSteps: Int? = nil,
        output write: @escaping (String) -> Void = ProgressBar.standardOutput
    ) throws -> History {
        if try !requireCompiled("fit").outputs.isEmpty {
            return try fit(
                [x], [y], batchSize: batchSize, epochs: epochs, verbose: verbose, callbacks: callbacks, validationSplit: validationSplit,
                validationData: validationData.map { ([$0.0], [$0.1]) }, shuffle: shuffle, stepsPerEpoch: stepsPerEpoch,
                validationSteps: validationSteps, output: write)
        }
        let batchSize = batchSize ?? 32
        guard batchSize > 0 else {
            throw NeuralNetError.invalidArgument("Expected a positive batch_size, received batch_size=\(batchSize). Use e.g. batch_size=32.")
        }
        guard x.rank >= 1, y.rank >= 1, x.shape[0] == y.shape[0] else {
            throw NeuralNetError.invalidArgument(
                "Data cardinality is ambiguous. Make sure all arrays contain the same number of samples. 'x' sizes: \(x.shape.first ?? 0), 'y' sizes: \(y.shape.first ?? 0). Pass as many labels as images."
            )
        }
        guard validationSplit >= 0, validationSplit < 1 else {
            throw NeuralNetError.invalidArgument("`validation_split` must be in [0, 1), received \(validationSplit). Use e.g. validation_split=0.2.")
        }
        var trainX = try adjustedInputRank(x), trainY = y
        var validation: BatchSource?
        if let (vx, vy) = validationData {
            validation = try ArrayBatches(x: adjustedInputRank(vx), y: vy, batchSize: batchSize, shuffle: false)
        } else if validationSplit > 0 {
            let count = x.shape[0], split = Int(Double(count) * (1 - validationSplit))
            guard split > 0, split < count else {
                throw NeuralNetError.invalidArgument(
                    "validation_split=\(validationSplit) leaves no samples for training or for validation out of \(count). Use a split between 1/\(count) and \(count - 1)/\(count)."
                )
            }
            let train = try RowGather.contiguousFloat(trainX), labels = try RowGather.contiguousFloat(y)
            trainX = try RowGather.range(of: train, 0..<split)
            trainY = try RowGather.range(of: labels, 0..<split)
            validation = try ArrayBatches(
                x: try RowGather.range(of: train, split..<count),
                y: try RowGather.range(of: labels, split..<count), batchSize: batchSize, shuffle: false)
        }
        let source = try ArrayBatches(x: trainX, y: trainY, batchSize: batchSize, shuffle: shuffle)
        return try fit(
            source, epochs: epochs, verbose: verbose, callbacks: callbacks, validationData: validation,
            stepsPerEpoch: stepsPerEpoch, validationSteps: validationSteps, output: write)
    }

    /// Trains on batches from `data` (arrays or an image generator), as Keras' `fit` on a generator.
    @discardableResult
    public func fit(
        _ data: BatchSource, epochs: Int = 1, verbose: Int = 1, callbacks: [Callback] = [],
        validationData: BatchSource? = nil, stepsPerEpoch: Int? = nil, validationSteps: Int? = nil,
        output write: @escaping (String) -> Void = ProgressBar.standardOutput
    ) throws -> History {
        let configuration = try requireCompiled("fit")
        try requireOneObjective(configuration, "fit")
        try prepare(forSampleShape: data.sampleShape, batch: nil)
        try validateTargets(data, loss: configuration.loss)
        if let validationData { try validateTargets(validationData, loss: configuration.loss) }
        let steps = stepsPerEpoch ?? data.batchCount
        guard steps > 0 else {
            throw NeuralNetError.invalidArgument("Expected at least one batch per epoch, but the data has \(data.sampleCount) samples. Pass some training data.")
        }
        var tracker = MetricTracker(names: configuration.metrics, targetShape: data.targetShape, outputShape: outputShape ?? [])
        let loop = EpochLoop(epochs: epochs, steps: steps, batchCount: data.batchCount, restartsEachEpoch: stepsPerEpoch == nil, verbose: verbose)
        return try loop.run(
            self, callbacks: callbacks, output: write, startPass: data.startPass,
            beginEpoch: { tracker = MetricTracker(names: configuration.metrics, targetShape: data.targetShape, outputShape: outputShape ?? []) },
            trainBatch: { index in
                let (xb, yb) = try data.batch(at: index)
                try trainStep(x: xb, y: yb, configuration: configuration, tracker: &tracker)
                return tracker.logs()
            },
            endEpoch: {
                var epochLogs = tracker.logs()
                if let validationData {
                    let steps = validationSteps ?? validationData.batchCount
                    let validation = try evaluateBatches(validationData, steps: steps, configuration: configuration, bar: nil)
                    for (key, value) in validation.logs(prefix: "val_") { epochLogs[key] = value }
                }
                return epochLogs
            })
    }

    /// Back-propagates `loss` and has `optimizer` update `weights`. Gradients that backward leaves
    /// as factors (a dense kernel's at a small batch) are applied fused by the optimizer, which
    /// consumes every one of them, since all of them belong to `weights`.
    func descend(_ loss: Tensor, optimizer: Optimizer, weights: [Tensor]) throws {
        try loss.backward(nil, retainGraph: false, deferringOuterProducts: true)
        try optimizer.apply(to: weights)
    }

    /// One optimizer step on a batch: forward, loss, backward, update; records loss and metrics.
    func trainStep(x: Tensor, y: Tensor, configuration: CompileConfiguration, tracker: inout MetricTracker) throws {
        let trainable = weightsToTrain()
        let (output, loss) = try outputAndLoss(x: x, y: y, loss: configuration.loss, training: true)
        try descend(loss, optimizer: configuration.optimizer, weights: trainable)
        try tracker.update(loss: try loss.item(Double.self), target: y, output: output.detached())
    }

    /// The weights of trainable layers, marked to receive gradients; the others marked not to.
    func weightsToTrain() -> [Tensor] {
        var trainable: [Tensor] = []
        for layer in layers {
            let updated = layer.trainableWeights
            for weight in layer.weights where !updated.contains(where: { $0 === weight }) { weight.requiresGradient = false }
            for weight in updated { weight.requiresGradient = true }
            trainable += updated
        }
        return trainable
    }

    /// Checks the targets' shape (and sparse labels' range) against the model's output.
    func validateTargets(_ data: BatchSource, loss: Loss) throws {
        guard let output = outputShape else { return }
        try loss.validate(targetShape: data.targetShape, outputShape: output)
        if loss == .sparseCategoricalCrossentropy, let arrays = data as? ArrayBatches, let labels = arrays.y {
            try loss.validateLabels(labels, classes: output.last ?? 1)
        }
    }
}
