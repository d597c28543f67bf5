import Tensors

extension Model {
    /// Computes the losses and metrics of a model of several inputs or outputs (Keras' `evaluate`
    /// with lists): `values` are `[loss, <output>_loss…, metrics…]` in Keras' order (`names`).
    ///
    ///     let result = try model.evaluate([images, metadata], [labels, prices], verbose: 0)
    ///     result.names    // ["loss", "kind_loss", "price_loss", "kind_accuracy"]
    public func evaluate(
        _ x: [Tensor], _ y: [Tensor], batchSize: Int? = nil, verbose: Int = 1, steps: Int? = nil,
        output write: @escaping (String) -> Void = ProgressBar.standardOutput
    ) throws -> Evaluation {
        let configuration = try requireCompiled("evaluate")
        let objectives = trainingObjectives(configuration)
        let (checkedX, checkedY) = try checkedArrays(x, y, objectives: objectives)
        let source = try ArraysBatches(x: checkedX, y: checkedY, batchSize: Swift.max(batchSize ?? 32, 1), shuffle: false)
        let steps = steps ?? source.batchCount
        let bar = verbose > 0 ? ProgressBar(target: steps, verbose: verbose, write: write) : nil
        let pairs = try evaluateArrays(source, steps: steps, objectives: objectives, bar: bar).evaluation
        var metrics: [String: Double] = [:]
        for (name, value) in pairs.dropFirst() { metrics[name] = value }
        return Evaluation(loss: pairs[0].1, metrics: metrics, values: pairs.map(\.1), names: pairs.map(\.0))
    }

    /// Keras' `evaluate` with inputs keyed by `Input` name and targets keyed by output name.
    public func evaluate(
        _ x: [String: Tensor], _ y: [String: Tensor], batchSize: Int? = nil, verbose: Int = 1,
        output write: @escaping (String) -> Void = ProgressBar.standardOutput
    ) throws -> Evaluation {
        try evaluate(try inputArrays(x), try targetArrays(y), batchSize: batchSize, verbose: verbose, output: write)
    }

    /// Runs `steps` batches of `data` without gradients, tracking every output's loss and metrics.
    func evaluateArrays(_ data: ArraysBatches, steps: Int, objectives: [OutputObjective], bar initialBar: ProgressBar?) throws -> OutputsTracker {
        var tracker = OutputsTracker(objectives: objectives, targetShapes: data.y.map { Array($0.shape.dropFirst()) }, outputShapes: outputShapes)
        var bar = initialBar
        data.startPass()
        try Tensor.withoutGradients {
            for step in 0..<steps {
                try checkInterrupt("Evaluation", batch: step, epoch: nil)
                let (xb, yb) = try data.batch(at: step % Swift.max(data.batchCount, 1))
                let (outputs, losses, total) = try outputsAndLosses(inputs: xb, targets: yb, objectives: objectives, training: false)
                try tracker.update(total: try total.item(Double.self), losses: try losses.map { try $0.item(Double.self) }, targets: yb, outputs: outputs)
                bar?.update(step + 1, values: tracker.logs().pairs, finalize: false)
            }
        }
        bar?.update(steps, values: tracker.logs().pairs, finalize: true)
        return tracker
    }
}
