import Tensors

/// Keras' `BatchNormalization` over the last axis: while training, normalizes each channel by
/// the batch's mean and variance and moves the running statistics towards them (`momentum`);
/// at inference, and whenever the layer is frozen, it uses the running statistics.
///
///     let bn = BatchNormalization(scale: false)     // InceptionV3's conv2d_bn
///     let y = try bn(features, training: true)       // γ·(x − μ)/√(σ² + ε) + β per channel
public final class BatchNormalization: Layer {
    /// The weight of the old value when updating the moving statistics (Keras: 0.99).
    public let momentum: Double
    /// Added to the variance before the square root (Keras: 1e-3).
    public let epsilon: Double
    /// Whether the layer learns an offset β.
    public let center: Bool
    /// Whether the layer learns a scale γ.
    public let scale: Bool
    /// The per-channel scale γ, once built with `scale`.
    public private(set) var gamma: Tensor?
    /// The per-channel offset β, once built with `center`.
    public private(set) var beta: Tensor?
    /// The running mean, once built.
    public private(set) var movingMean: Tensor?
    /// The running variance, once built.
    public private(set) var movingVariance: Tensor?
    /// How γ, β and the moving mean and variance start (Keras: ones, zeros, zeros, ones).
    public let initializers: (gamma: Initializer, beta: Initializer, movingMean: Initializer, movingVariance: Initializer)

    /// A batch normalization over the last axis with Keras' defaults.
    public init(
        momentum: Double = 0.99, epsilon: Double = 1e-3, center: Bool = true, scale: Bool = true,
        initializers: (gamma: Initializer, beta: Initializer, movingMean: Initializer, movingVariance: Initializer) = (.ones, .zeros, .zeros, .ones),
        name: String? = nil, inputShape: [Int]? = nil
    ) throws {
        guard epsilon > 0, momentum >= 0, momentum <= 1 else {
            throw NeuralNetError.invalidArgument(
                "BatchNormalization needs momentum in [0, 1] and a positive epsilon. Received: momentum=\(momentum), epsilon=\(epsilon). Keep the defaults momentum=0.99, epsilon=0.001."
            )
        }
        self.momentum = momentum
        self.epsilon = epsilon
        self.center = center
        self.scale = scale
        self.initializers = initializers
        super.init(name: name, inputShape: inputShape)
    }

    override public func build(inputShape: [Int]) throws {
        guard let channels = inputShape.last, channels > 0 else {
            throw NeuralNetError.invalidArgument("Layer \"\(name)\" (BatchNormalization) needs inputs with a last axis, received shape \(ShapeText.batch(inputShape, batch: nil)).")
        }
        gamma = scale ? try Initializers.make(initializers.gamma, [channels]) : nil
        beta = center ? try Initializers.make(initializers.beta, [channels]) : nil
        movingMean = try Initializers.make(initializers.movingMean, [channels])
        movingVariance = try Initializers.make(initializers.movingVariance, [channels])
        try super.build(inputShape: inputShape)
    }

    override public func call(_ input: Tensor, training: Bool) throws -> Tensor {
        guard let movingMean, let movingVariance else { return input }
        guard runsInTrainingMode(training: training) else {
            let (factor, offset) = try inferenceAffine()
            return try input * factor + offset
        }
        let axes = Array(0..<(input.rank - 1))
        let mean = try input.mean(axes: axes)
        let centered = try input - mean
        let variance = try centered.square().mean(axes: axes)
        var factor = try (variance + epsilon).pow(-0.5)
        if let gamma { factor = try factor * gamma }
        var output = try centered * factor
        if let beta { output = try output + beta }
        try Tensor.withoutGradients {
            try movingMean.assign(try movingMean * momentum + mean.detached() * (1 - momentum))
            try movingVariance.assign(try movingVariance * momentum + variance.detached() * (1 - momentum))
        }
        return output
    }

    /// Whether a call normalizes by the batch's statistics (and updates the moving ones).
    func runsInTrainingMode(training: Bool) -> Bool {
        // Keras runs a frozen BatchNormalization in inference mode even inside fit, so a frozen
        // pretrained base keeps its statistics.
        training && isTrainable
    }

    /// The per-channel `factor` and `offset` that normalize with the moving statistics:
    /// `x · factor + offset` (γ and β keep their gradients).
    func inferenceAffine() throws -> (factor: Tensor, offset: Tensor) {
        guard let movingMean, let movingVariance else { return (Tensor.ones([1]), Tensor.zeros([1])) }
        var factor = try Tensor.withoutGradients { try (movingVariance + epsilon).pow(-0.5) }
        if let gamma { factor = try factor * gamma }
        var offset = try (movingMean * factor).negated()
        if let beta { offset = try offset + beta }
        return (factor, offset)
    }

    override public func outputShape(for inputShape: [Int]) throws -> [Int] {
        if let built = builtInputShape, built.last != inputShape.last { try checkCompatible(inputShape, built: built, batch: nil) }
        return inputShape
    }

    override public var weights: [Tensor] { [gamma, beta, movingMean, movingVariance].compactMap { $0 } }

    override public var learnedWeights: [Tensor] { [gamma, beta].compactMap { $0 } }

    override public var weightNames: [String] {
        (scale ? ["gamma"] : []) + (center ? ["beta"] : []) + ["moving_mean", "moving_variance"]
    }
}
