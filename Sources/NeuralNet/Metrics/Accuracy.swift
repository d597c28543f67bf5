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
        if self == .sparseCategorical, let count = Self.sparseMatches(target: target, output: output) { return count }
        return try Tensor.withoutGradients {
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

    /// The sparse count straight from float32 buffers for the usual (n, classes) output and (n) or
    /// (n, 1) labels, counted as the tensor path counts it (the first maximum wins, a NaN wins
    /// outright, labels truncate); nil for other layouts or for labels that are not finite.
    private static func sparseMatches(target: Tensor, output: Tensor) -> Double? {
        guard output.rank == 2, output.dtype == .float32, target.dtype == .float32,
            target.shape == [output.shape[0]] || target.shape == [output.shape[0], 1],
            let classes = output.shape.last, classes > 0
        else { return nil }
        let matches = try? output.withUnsafeBufferPointer(Float.self) { scores in
            try target.withUnsafeBufferPointer(Float.self) { labels -> Int? in
                var matches = 0
                for row in labels.indices {
                    guard labels[row].isFinite else { return nil }
                    let line = row &* classes
                    var best = 0, bestValue = scores[line]
                    for i in 1..<classes where !bestValue.isNaN {
                        let v = scores[line &+ i]
                        if v.isNaN || v > bestValue { best = i; bestValue = v }
                    }
                    if Float(best) == labels[row].rounded(.towardZero) { matches &+= 1 }
                }
                return matches
            }
        }
        return (matches ?? nil).map(Double.init)
    }
}
