import Tensors

/// Keras' accuracy metrics; `'accuracy'` and `'acc'` pick one from the target and output shapes.
///
///     let kind = Accuracy.resolve(targetShape: [], outputShape: [10])   // .sparseCategorical
///     let correct = try kind.correct(target: labels, output: probabilities)  // per-sample sum
public enum Accuracy: String, Sendable {
    /// Output above 0.5 equals the 0/1 target (`binary_accuracy`).
    case binary = "binary_accuracy"
    /// Arg-max of output equals arg-max of the one-hot target (`categorical_accuracy`).
    case categorical = "categorical_accuracy"
    /// Arg-max of output equals the integer target (`sparse_categorical_accuracy`).
    case sparseCategorical = "sparse_categorical_accuracy"

    /// Keras' choice for `'accuracy'`: binary for one output unit, sparse for integer targets,
    /// categorical otherwise (shapes per sample).
    public static func resolve(targetShape: [Int], outputShape: [Int]) -> Accuracy {
        if outputShape.last == 1 { return .binary }
        if targetShape.count < outputShape.count || targetShape.last == 1 { return .sparseCategorical }
        return .categorical
    }

    /// The metric for an explicit Keras name, or nil when it is not an accuracy.
    public init?(kerasName: String) {
        switch kerasName {
        case "binary_accuracy": self = .binary
        case "categorical_accuracy": self = .categorical
        case "sparse_categorical_accuracy": self = .sparseCategorical
        default: return nil
        }
    }

    /// The sum over the batch of each sample's accuracy (0…1), to be divided by the sample count.
    public func correct(target: Tensor, output: Tensor) throws -> Double {
        try Tensor.withoutGradients {
            let perSample: Tensor
            switch self {
            case .binary:
                let target = try (target.rank == output.rank - 1 ? target.expandedDimensions(axis: -1) : target).cast(to: .float32)
                let predicted = try (output .> 0.5).cast(to: .float32)
                perSample = try (predicted .== target).cast(to: .float32).mean(axis: -1)
            case .categorical:
                perSample = try (output.argMax(axis: -1) .== target.argMax(axis: -1)).cast(to: .float32)
            case .sparseCategorical:
                let labels = target.rank == output.rank && target.shape.last == 1 ? try target.squeezed(axes: [-1]) : target
                perSample = try (output.argMax(axis: -1) .== labels.cast(to: .int64)).cast(to: .float32)
            }
            return try perSample.sum().item(Double.self)
        }
    }
}
