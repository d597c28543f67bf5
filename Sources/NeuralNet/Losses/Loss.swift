import Tensors

/// Keras' losses for probabilities (not logits), with Keras' clipping to [ε, 1 − ε], ε = 1e-7.
///
///     model.compile(optimizer: Adam(), loss: .sparseCategoricalCrossentropy, metrics: ["accuracy"])
///     let loss = try Loss.meanSquaredError(target: y, output: model.predict(x))   // a scalar tensor
public enum Loss: String, Sendable, CaseIterable {
    /// Mean of squared differences (`'mean_squared_error'`, `'mse'`).
    case meanSquaredError = "mean_squared_error"
    /// Cross-entropy for 0/1 targets and sigmoid outputs (`'binary_crossentropy'`).
    case binaryCrossentropy = "binary_crossentropy"
    /// Cross-entropy for one-hot targets and softmax outputs (`'categorical_crossentropy'`).
    case categoricalCrossentropy = "categorical_crossentropy"
    /// Cross-entropy for integer class targets and softmax outputs (`'sparse_categorical_crossentropy'`).
    case sparseCategoricalCrossentropy = "sparse_categorical_crossentropy"

    /// Keras' fuzz factor for clipping probabilities.
    public static let epsilon = 1e-7

    /// The loss for a Keras name or alias (`'mse'`), or nil.
    public init?(kerasName: String) {
        switch kerasName.lowercased() {
        case "mse", "mean_squared_error", "meansquarederror": self = .meanSquaredError
        case "binary_crossentropy", "binarycrossentropy": self = .binaryCrossentropy
        case "categorical_crossentropy", "categoricalcrossentropy": self = .categoricalCrossentropy
        case "sparse_categorical_crossentropy", "sparsecategoricalcrossentropy": self = .sparseCategoricalCrossentropy
        default: return nil
        }
    }

    /// The mean loss over the batch, as a scalar tensor that gradients flow through.
    public func callAsFunction(target: Tensor, output: Tensor) throws -> Tensor {
        let eps = Self.epsilon
        switch self {
        case .meanSquaredError:
            let target = try alignedRank(target, to: output).cast(to: .float32)
            return try (output - target).square().mean()
        case .binaryCrossentropy:
            let target = try alignedRank(target, to: output).cast(to: .float32)
            let p = try output.clipped(min: eps, max: 1 - eps)
            let positive = try target * p.log()
            let negative = try (1.0 - target) * (1.0 - p).log()
            return try (positive + negative).mean().negated()
        case .categoricalCrossentropy:
            let target = try target.cast(to: .float32)
            let normalized = try output / output.sum(axis: -1, keepDims: true)
            let p = try normalized.clipped(min: eps, max: 1 - eps)
            return try (target * p.log()).sum(axis: -1).mean().negated()
        case .sparseCategoricalCrossentropy:
            // Keras: sparse_softmax_cross_entropy_with_logits(log(clip(p))), i.e. −log p_t + log Σ p.
            let classes = output.shape.last ?? 1
            let labels = try squeezedLabels(target, output: output).cast(to: .int64)
            let oneHot = try Tensor.oneHot(labels, depth: classes)
            let p = try output.clipped(min: eps, max: 1 - eps)
            let picked = try (oneHot * p.log()).sum(axis: -1)
            return try (p.sum(axis: -1).log() - picked).mean()
        }
    }

    /// Keras' `squeeze_or_expand_to_same_rank`: (n) targets against (n, 1) outputs become (n, 1).
    func alignedRank(_ target: Tensor, to output: Tensor) throws -> Tensor {
        if target.rank == output.rank - 1, output.shape.last == 1 { return try target.expandedDimensions(axis: -1) }
        if target.rank == output.rank + 1, target.shape.last == 1 { return try target.squeezed(axes: [-1]) }
        return target
    }

    /// Sparse targets as (n): a trailing axis of 1 is dropped, as Keras does.
    func squeezedLabels(_ target: Tensor, output: Tensor) throws -> Tensor {
        if target.rank == output.rank, target.shape.last == 1 { return try target.squeezed(axes: [-1]) }
        return target
    }
}
