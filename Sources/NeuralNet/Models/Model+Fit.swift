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
        _ = try requireCompiled("fit")
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
        try prepare(forSampleShape: data.sampleShape, batch: nil)
        try validateTargets(data, loss: configuration.loss)
        if let validationData { try validateTargets(validationData, loss: configuration.loss) }
        let steps = stepsPerEpoch ?? data.batchCount
        guard steps > 0 else {
            throw NeuralNetError.invalidArgument("Expected at least one batch per epoch, but the data has \(data.sampleCount) samples. Pass some training data.")
        }
        let history = History()
        var all: [Callback] = [history]
        if verbose > 0 { all.append(ProgressLogger(verbose: verbose, epochs: epochs, steps: steps, write: write)) }
        all += callbacks
        for callback in all {
            callback.model = self
            callback.params = ["epochs": epochs, "steps": steps, "verbose": verbose]
        }
        stopTraining = false
        for callback in all { try callback.onTrainBegin(logs: Logs()) }
        var cursor = 0
        var epochLogs = Logs()
        for epoch in 0..<epochs {
            for callback in all { try callback.onEpochBegin(epoch, logs: Logs()) }
            var tracker = MetricTracker(names: configuration.metrics, targetShape: data.targetShape, outputShape: outputShape ?? [])
            for step in 0..<steps {
                try checkInterrupt("Training", batch: step, epoch: epoch)
                if cursor % data.batchCount == 0 { data.startPass() }
                for callback in all { try callback.onTrainBatchBegin(step, logs: Logs()) }
                let (xb, yb) = try data.batch(at: cursor % data.batchCount)
                cursor += 1
                try trainStep(x: xb, y: yb, configuration: configuration, tracker: &tracker)
                let logs = tracker.logs()
                for callback in all { try callback.onTrainBatchEnd(step, logs: logs) }
                if stopTraining { break }
            }
            if stepsPerEpoch == nil { cursor = 0 }
            epochLogs = tracker.logs()
            if let validationData {
                let steps = validationSteps ?? validationData.batchCount
                let validation = try evaluateBatches(validationData, steps: steps, configuration: configuration, bar: nil)
                for (key, value) in validation.logs(prefix: "val_") { epochLogs[key] = value }
            }
            for callback in all { try callback.onEpochEnd(epoch, logs: epochLogs) }
            if stopTraining { break }
        }
        for callback in all { try callback.onTrainEnd(logs: epochLogs) }
        return history
    }

    /// One optimizer step on a batch: forward, loss, backward, update; records loss and metrics.
    func trainStep(x: Tensor, y: Tensor, configuration: CompileConfiguration, tracker: inout MetricTracker) throws {
        var trainable: [Tensor] = []
        for layer in layers {
            let updated = layer.trainableWeights
            for weight in layer.weights where !updated.contains(where: { $0 === weight }) { weight.requiresGradient = false }
            for weight in updated { weight.requiresGradient = true }
            trainable += updated
        }
        let (output, loss) = try outputAndLoss(x: x, y: y, loss: configuration.loss, training: true)
        try loss.backward()
        try configuration.optimizer.apply(to: trainable)
        try tracker.update(loss: try loss.item(Double.self), target: y, output: output.detached())
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
