import Tensors

/// Running, sample-weighted means of the loss and each metric over an epoch (Keras' `Mean` trackers).
struct MetricTracker {
    let names: [String]
    let kinds: [Accuracy]
    private(set) var lossSum = 0.0
    private(set) var metricSums: [Double]
    private(set) var samples = 0

    /// Trackers for `names`, resolving `accuracy`/`acc` from the target and output shapes.
    init(names: [String], targetShape: [Int], outputShape: [Int]) {
        self.names = names
        self.kinds = names.map { Accuracy(kerasName: $0) ?? Accuracy.resolve(targetShape: targetShape, outputShape: outputShape) }
        self.metricSums = Array(repeating: 0, count: names.count)
    }

    /// Adds one batch: its mean loss and its outputs against its targets.
    mutating func update(loss: Double, target: Tensor, output: Tensor) throws {
        let count = output.shape.first ?? 1
        lossSum += loss * Double(count)
        for index in kinds.indices {
            metricSums[index] += try kinds[index].correct(target: target, output: output)
        }
        samples += count
    }

    /// The current means, in the order Keras' TensorFlow backend logs them (sorted by name).
    func logs(prefix: String = "") -> Logs {
        let denominator = Double(max(samples, 1))
        var pairs = [(prefix + "loss", lossSum / denominator)]
        for (name, sum) in zip(names, metricSums) { pairs.append((prefix + name, sum / denominator)) }
        return Logs(pairs.sorted { $0.0 < $1.0 })
    }

    /// `[loss, metrics…]` in compile order, as `evaluate` returns them.
    var values: [Double] {
        let denominator = Double(max(samples, 1))
        return [lossSum / denominator] + metricSums.map { $0 / denominator }
    }
}
