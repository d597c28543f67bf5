import Tensors

/// Running means over an epoch for a model trained through per-output objectives: the total
/// (weighted) loss, and per output its unweighted loss and metrics, under Keras' log keys.
struct OutputsTracker {
    let objectives: [OutputObjective]
    private var outputs: [MetricTracker]
    private let lossKeys: [String]
    private let metricKeys: [[String]]
    private var lossSum = 0.0
    private var samples = 0

    /// Trackers for `objectives`, resolving `accuracy` per output from its target and output shapes.
    init(objectives: [OutputObjective], targetShapes: [[Int]], outputShapes: [[Int]]) {
        self.objectives = objectives
        outputs = objectives.indices.map {
            MetricTracker(names: objectives[$0].metrics, targetShape: targetShapes[$0], outputShape: outputShapes[$0])
        }
        (lossKeys, metricKeys) = OutputObjective.keys(of: objectives)
    }

    /// Adds one batch: its total loss, each output's own loss, and each output against its targets.
    mutating func update(total: Double, losses: [Double], targets: [Tensor], outputs values: [Tensor]) throws {
        let count = values.first?.shape.first ?? 1
        lossSum += total * Double(count)
        samples += count
        for index in outputs.indices {
            try outputs[index].update(loss: losses[index], target: targets[index], output: values[index])
        }
    }

    /// Every key and its current mean, unordered.
    private var all: [String: Double] {
        var result = ["loss": lossSum / Double(max(samples, 1))]
        for (index, tracker) in outputs.enumerated() {
            let values = tracker.values
            if !lossKeys.isEmpty { result[lossKeys[index]] = values[0] }
            for (key, value) in zip(metricKeys[index], values.dropFirst()) { result[key] = value }
        }
        return result
    }

    /// The current means, sorted by key as Keras' TensorFlow backend logs them.
    func logs(prefix: String = "") -> Logs {
        Logs(all.sorted { $0.key < $1.key }.map { (prefix + $0.key, $0.value) })
    }

    /// The values in `evaluate`'s order, with their keys.
    var evaluation: [(String, Double)] {
        let values = all
        return OutputObjective.evaluationKeys(of: objectives).map { ($0, values[$0] ?? 0) }
    }
}
