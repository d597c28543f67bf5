import Tensors

extension Loss {
    /// The activation whose input this loss can take as logits: softmax for the categorical
    /// cross-entropies, sigmoid for binary cross-entropy, none for mean squared error.
    var logitsActivation: Activation? {
        switch self {
        case .categoricalCrossentropy, .sparseCategoricalCrossentropy: return .softmax
        case .binaryCrossentropy: return .sigmoid
        case .meanSquaredError: return nil
        }
    }

    /// The mean loss computed from the logits of a softmax or sigmoid output, as Keras' TensorFlow
    /// backend does inside `fit` (it finds the logits under the activation): no clipping, so a
    /// confidently wrong sample keeps its gradient, and one fused log-softmax instead of several ops.
    func fromLogits(target: Tensor, logits: Tensor) throws -> Tensor {
        switch self {
        case .sparseCategoricalCrossentropy:
            return try logits.sparseSoftmaxCrossEntropy(labels: squeezedLabels(target, output: logits)).mean()
        case .categoricalCrossentropy:
            let target = try target.cast(to: .float32)
            return try (target * logits.logSoftmax(axis: -1)).sum(axis: -1).mean().negated()
        case .binaryCrossentropy:
            // TensorFlow's sigmoid_cross_entropy_with_logits: max(z, 0) − z·t + log(1 + e^−|z|).
            let target = try alignedRank(target, to: logits).cast(to: .float32)
            let softplus = try (try logits.abs().negated().exp() + 1.0).log()
            return try (try logits.relu() - logits * target + softplus).mean()
        case .meanSquaredError:
            return try self(target: target, output: logits)
        }
    }
}
