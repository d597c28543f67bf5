/// Keras' weight initializers, drawing from a seeded `RandomGenerator`.
///
///     var rng = RandomGenerator(seed: 0)
///     let kernel = try Initializer.glorotUniform.make([3, 3, 1, 64], using: &rng)
///     let fixed = try Initializer.heNormal.seeded(42).make([3, 3], using: &rng)   // same values every call
public indirect enum Initializer: Sendable, Equatable {
    /// Uniform in ±sqrt(6 / (fanIn + fanOut)) (Keras' default kernel initializer).
    case glorotUniform
    /// Truncated normal with standard deviation sqrt(2 / (fanIn + fanOut)).
    case glorotNormal
    /// Truncated normal with standard deviation sqrt(2 / fanIn).
    case heNormal
    /// Uniform in ±sqrt(6 / fanIn).
    case heUniform
    /// All zeros (Keras' default bias initializer).
    case zeros
    /// All ones.
    case ones
    /// Every element equal to the value.
    case constant(Double)
    /// Normal with the given mean and standard deviation (Keras default 0, 0.05).
    case randomNormal(mean: Double, standardDeviation: Double)
    /// Uniform in [low, high) (Keras default -0.05, 0.05).
    case randomUniform(low: Double, high: Double)
    /// Normal within two standard deviations (Keras default 0, 0.05).
    case truncatedNormal(mean: Double, standardDeviation: Double)
    /// The rule drawing from its own generator seeded with the value (Keras' `seed=`), not the caller's.
    case seeded(Initializer, UInt64)

    /// This rule with its own seed, as Keras' `HeNormal(seed=42)`.
    public func seeded(_ seed: UInt64) -> Initializer {
        if case .seeded(let rule, _) = self { return .seeded(rule, seed) }
        return .seeded(self, seed)
    }

    /// Parses Keras' string names: `"glorot_uniform"`, `"he_normal"`, `"zeros"`, …
    public init?(kerasName: String) {
        switch kerasName {
        case "glorot_uniform", "GlorotUniform": self = .glorotUniform
        case "glorot_normal", "GlorotNormal": self = .glorotNormal
        case "he_normal", "HeNormal": self = .heNormal
        case "he_uniform", "HeUniform": self = .heUniform
        case "zeros", "Zeros", "zero": self = .zeros
        case "ones", "Ones", "one": self = .ones
        case "random_normal", "RandomNormal", "normal": self = .randomNormal(mean: 0, standardDeviation: 0.05)
        case "random_uniform", "RandomUniform", "uniform": self = .randomUniform(low: -0.05, high: 0.05)
        case "truncated_normal", "TruncatedNormal": self = .truncatedNormal(mean: 0, standardDeviation: 0.05)
        default: return nil
        }
    }

    /// Keras' fan-in and fan-out: dense (in, out); conv (kh, kw, in, out) multiplies by the receptive field.
    public static func fans(of shape: [Int]) -> (fanIn: Double, fanOut: Double) {
        switch shape.count {
        case 0: return (1, 1)
        case 1: return (Double(shape[0]), Double(shape[0]))
        case 2: return (Double(shape[0]), Double(shape[1]))
        default:
            let receptive = Double(shape.dropLast(2).reduce(1, *))
            return (Double(shape[shape.count - 2]) * receptive, Double(shape[shape.count - 1]) * receptive)
        }
    }

    /// A new float32 tensor of `shape` initialized by this rule.
    public func make(_ shape: [Int], dtype: DType = .float32, using generator: inout RandomGenerator) throws -> Tensor {
        try validateShape(shape, operation: "initializer")
        let (fanIn, fanOut) = Initializer.fans(of: shape)
        // Keras scales a 2σ-truncated normal up by this constant so the result keeps the asked-for σ.
        let truncationCorrection = 0.87962566103423978
        switch self {
        case .glorotUniform:
            let limit = (6 / Swift.max(1, fanIn + fanOut)).squareRoot()
            return Tensor.uniform(shape, low: -limit, high: limit, dtype: dtype, using: &generator)
        case .glorotNormal:
            let sigma = (2 / Swift.max(1, fanIn + fanOut)).squareRoot() / truncationCorrection
            return Tensor.truncatedNormal(shape, standardDeviation: sigma, dtype: dtype, using: &generator)
        case .heNormal:
            let sigma = (2 / Swift.max(1, fanIn)).squareRoot() / truncationCorrection
            return Tensor.truncatedNormal(shape, standardDeviation: sigma, dtype: dtype, using: &generator)
        case .heUniform:
            let limit = (6 / Swift.max(1, fanIn)).squareRoot()
            return Tensor.uniform(shape, low: -limit, high: limit, dtype: dtype, using: &generator)
        case .zeros: return Tensor.zeros(shape, dtype: dtype)
        case .ones: return Tensor.ones(shape, dtype: dtype)
        case .constant(let value): return Tensor.full(shape, value: value, dtype: dtype)
        case .randomNormal(let mean, let sigma):
            return Tensor.normal(shape, mean: mean, standardDeviation: sigma, dtype: dtype, using: &generator)
        case .randomUniform(let low, let high):
            return Tensor.uniform(shape, low: low, high: high, dtype: dtype, using: &generator)
        case .truncatedNormal(let mean, let sigma):
            return Tensor.truncatedNormal(shape, mean: mean, standardDeviation: sigma, dtype: dtype, using: &generator)
        case .seeded(let rule, let seed):
            var own = RandomGenerator(seed: seed)
            return try rule.make(shape, dtype: dtype, using: &own)
        }
    }
}
