/// What `compile` asks of one output of a model: its loss, that loss's weight in the total
/// (`loss_weights`), and its metrics, logged under Keras' names for several outputs.
///
///     let objective = model.compiled?.outputs.first   // name "out1", loss .binaryCrossentropy, weight 1
public struct OutputObjective: Sendable, Equatable {
    /// The output layer's name (Keras' `model.output_names`), which prefixes its log keys.
    public let name: String
    /// The loss between this output and its targets.
    public let loss: Loss
    /// The factor of this loss in the total loss that is minimized.
    public let weight: Double
    /// The metric names as given to `compile` (`accuracy`, `acc`, …).
    public let metrics: [String]

    /// The objectives of outputs `names` from `compile`'s arguments in any of Keras' forms; a
    /// weight left out of a dict is 1, a metrics dict may leave outputs out, a loss dict may not.
    static func resolve(
        names: [String], loss: PerOutput<Loss>, lossWeights: PerOutput<Double>?, metrics: PerOutput<[String]>
    ) throws -> [OutputObjective] {
        let losses = try loss.values(for: names, argument: "loss")
        let weights = try lossWeights?.values(for: names, argument: "loss_weights", missing: 1) ?? Array(repeating: 1, count: names.count)
        let lists = try metrics.values(for: names, argument: "metrics", missing: [])
        return names.indices.map { OutputObjective(name: names[$0], loss: losses[$0], weight: weights[$0], metrics: lists[$0]) }
    }

    /// Keras' log keys for `objectives`: with several outputs each loss is `<output>_loss` and
    /// each metric `<output>_<metric>` (a repeated key gains `_1`, `_2`, …); one output keeps
    /// the metric names as given and has no loss of its own besides `loss`.
    static func keys(of objectives: [OutputObjective]) -> (losses: [String], metrics: [[String]]) {
        guard objectives.count > 1 else { return ([], objectives.map(\.metrics)) }
        var seen: [String: Int] = [:]
        let metrics = objectives.map { objective in
            objective.metrics.map { metric -> String in
                let key = "\(objective.name)_\(metric)"
                guard let count = seen[key] else {
                    seen[key] = 1
                    return key
                }
                seen[key] = count + 1
                return "\(key)_\(count)"
            }
        }
        return (objectives.map { "\($0.name)_loss" }, metrics)
    }

    /// The keys in the order `evaluate` returns their values, as Keras 3's
    /// `_flatten_metrics_in_order`: `loss`, each output's loss in output order, then the metrics
    /// (in compile order for one output, sorted by key for several).
    static func evaluationKeys(of objectives: [OutputObjective]) -> [String] {
        let (losses, metrics) = keys(of: objectives)
        let flat = metrics.flatMap { $0 }
        return ["loss"] + losses + (objectives.count > 1 ? flat.sorted() : flat)
    }
}
