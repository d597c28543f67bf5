import Tensors

extension Model {
    /// Trains a model of several inputs or outputs (Keras' `fit` with lists): one array per input
    /// in input order, one target array per output in output order, shuffled together.
    ///
    ///     try model.compile(optimizer: Adam(), loss: .list([.binaryCrossentropy, .meanSquaredError]))
    ///     let history = try model.fit([images, metadata], [labels, prices], epochs: 5, validationSplit: 0.2)
    ///     history.history["val_price_loss"]
    @discardableResult
    public func fit(
        _ x: [Tensor], _ y: [Tensor], batchSize: Int? = nil, epochs: Int = 1, verbose: Int = 1,
        callbacks: [Callback] = [], validationSplit: Double = 0, validationData: ([Tensor], [Tensor])? = nil,
        shuffle: Bool = true, stepsPerEpoch: Int? = nil, validationSteps: Int? = nil,
        output write: @escaping (String) -> Void = ProgressBar.standardOutput
    ) throws -> History {
        let configuration = try requireCompiled("fit")
        let objectives = trainingObjectives(configuration)
        let batchSize = batchSize ?? 32
        guard batchSize > 0 else {
            throw NeuralNetError.invalidArgument("Expected a positive batch_size, received batch_size=\(batchSize). Use e.g. batch_size=32.")
        }
        guard validationSplit >= 0, validationSplit < 1 else {
            throw NeuralNetError.invalidArgument("`validation_split` must be in [0, 1), received \(validationSplit). Use e.g. validation_split=0.2.")
        }
        var (trainX, trainY) = try checkedArrays(x, y, objectives: objectives)
        var validation: ArraysBatches?
        if let (vx, vy) = validationData {
            let (checkedX, checkedY) = try checkedArrays(vx, vy, objectives: objectives)
            validation = try ArraysBatches(x: checkedX, y: checkedY, batchSize: batchSize, shuffle: false)
        } else if validationSplit > 0 {
            let all = try ArraysBatches(x: trainX, y: trainY, batchSize: batchSize, shuffle: false)
            let count = all.sampleCount, split = Int(Double(count) * (1 - validationSplit))
            guard split > 0, split < count else {
                throw NeuralNetError.invalidArgument(
                    "validation_split=\(validationSplit) leaves no samples for training or for validation out of \(count). Use a split between 1/\(count) and \(count - 1)/\(count)."
                )
            }
            (trainX, trainY) = try all.rows(0..<split)
            let (heldX, heldY) = try all.rows(split..<count)
            validation = try ArraysBatches(x: heldX, y: heldY, batchSize: batchSize, shuffle: false)
        }
        let source = try ArraysBatches(x: trainX, y: trainY, batchSize: batchSize, shuffle: shuffle)
        let steps = stepsPerEpoch ?? source.batchCount
        guard steps > 0 else {
            throw NeuralNetError.invalidArgument("Expected at least one batch per epoch, but the data has \(source.sampleCount) samples. Pass some training data.")
        }
        let targetShapes = trainY.map { Array($0.shape.dropFirst()) }, shapes = outputShapes
        var tracker = OutputsTracker(objectives: objectives, targetShapes: targetShapes, outputShapes: shapes)
        let loop = EpochLoop(epochs: epochs, steps: steps, batchCount: source.batchCount, restartsEachEpoch: stepsPerEpoch == nil, verbose: verbose)
        return try loop.run(
            self, callbacks: callbacks, output: write, startPass: source.startPass,
            beginEpoch: { tracker = OutputsTracker(objectives: objectives, targetShapes: targetShapes, outputShapes: shapes) },
            trainBatch: { index in
                let (xb, yb) = try source.batch(at: index)
                try trainStep(inputs: xb, targets: yb, objectives: objectives, optimizer: configuration.optimizer, tracker: &tracker)
                return tracker.logs()
            },
            endEpoch: {
                var epochLogs = tracker.logs()
                if let validation {
                    let steps = validationSteps ?? validation.batchCount
                    let result = try evaluateArrays(validation, steps: steps, objectives: objectives, bar: nil)
                    for (key, value) in result.logs(prefix: "val_") { epochLogs[key] = value }
                }
                return epochLogs
            })
    }

    /// Keras' `fit` with inputs keyed by `Input` name and targets keyed by output name.
    @discardableResult
    public func fit(
        _ x: [String: Tensor], _ y: [String: Tensor], batchSize: Int? = nil, epochs: Int = 1, verbose: Int = 1,
        callbacks: [Callback] = [], validationSplit: Double = 0, shuffle: Bool = true,
        output write: @escaping (String) -> Void = ProgressBar.standardOutput
    ) throws -> History {
        try fit(
            try inputArrays(x), try targetArrays(y), batchSize: batchSize, epochs: epochs, verbose: verbose,
            callbacks: callbacks, validationSplit: validationSplit, shuffle: shuffle, output: write)
    }

    /// One optimizer step on a batch per input and per output: forward, each output's loss,
    /// the weighted total, backward, update; records the losses and metrics.
    func trainStep(inputs: [Tensor], targets: [Tensor], objectives: [OutputObjective], optimizer: Optimizer, tracker: inout OutputsTracker) throws {
        let trainable = weightsToTrain()
        let (outputs, losses, total) = try outputsAndLosses(inputs: inputs, targets: targets, objectives: objectives, training: true)
        try descend(total, optimizer: optimizer, weights: trainable)
        try tracker.update(
            total: try total.item(Double.self), losses: try losses.map { try $0.item(Double.self) }, targets: targets,
            outputs: outputs.map { $0.detached() })
    }

    /// The outputs on a batch, each output's loss (from logits where its last layer allows it),
    /// and the total Σ weightᵢ · lossᵢ that training minimizes.
    func outputsAndLosses(
        inputs: [Tensor], targets: [Tensor], objectives: [OutputObjective], training: Bool
    ) throws -> (outputs: [Tensor], losses: [Tensor], total: Tensor) {
        let outputs: [Tensor], logits: [Tensor?]
        if let graph {
            (outputs, logits) = try graph.run(inputs, training: training, logits: objectives.map(\.loss.logitsActivation))
        } else if let activation = objectives[0].loss.logitsActivation {
            let (output, raw) = try callForLoss(inputs[0], activation: activation, training: training)
            (outputs, logits) = ([output], [raw])
        } else {
            (outputs, logits) = (try call(inputs, training: training), [nil])
        }
        var losses: [Tensor] = []
        var total: Tensor?
        for (index, objective) in objectives.enumerated() {
            let loss =
                try logits[index].map { try objective.loss.fromLogits(target: targets[index], logits: $0) }
                ?? objective.loss(target: targets[index], output: outputs[index])
            losses.append(loss)
            let weighted = objective.weight == 1 ? loss : try loss * objective.weight
            total = try total.map { try $0 + weighted } ?? weighted
        }
        guard let total else { throw NeuralNetError.invalidArgument("The model has no outputs to compute a loss for.") }
        return (outputs, losses, total)
    }
}
