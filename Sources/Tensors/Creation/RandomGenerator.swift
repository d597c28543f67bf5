#if canImport(Glibc)
    import Glibc
#endif

/// A seeded pseudo-random generator (xoshiro256**, seeded through SplitMix64): the same seed gives
/// the same numbers on every run and machine.
///
///     var rng = RandomGenerator(seed: 42)
///     let w = Tensor.uniform([784, 10], low: -0.05, high: 0.05, using: &rng)
public struct RandomGenerator: RandomNumberGenerator, Sendable {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        var mix = seed
        func splitMix() -> UInt64 {
            mix &+= 0x9E37_79B9_7F4A_7C15
            var z = mix
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    @inline(__always) private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform Double in [0, 1) with 53 random bits.
    public mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A standard normal sample (Box–Muller in Double precision).
    public mutating func nextNormal() -> Double {
        let u1 = Swift.max(nextUnit(), 0x1.0p-60)
        let u2 = nextUnit()
        return (-2 * Glibc.log(u1)).squareRoot() * Glibc.cos(2 * Double.pi * u2)
    }
}

extension Tensor {
    /// Uniform samples in `[low, high)`.
    ///
    ///     let noise = Tensor.uniform([3, 3], low: -1, high: 1, using: &rng)
    public static func uniform(
        _ shape: [Int], low: Double = 0, high: Double = 1, dtype: DType = .float32,
        using generator: inout RandomGenerator
    ) -> Tensor {
        sampled(shape, dtype: dtype, using: &generator) { low + (high - low) * $0.nextUnit() }
    }

    /// Normal samples with the given mean and standard deviation.
    public static func normal(
        _ shape: [Int], mean: Double = 0, standardDeviation: Double = 1, dtype: DType = .float32,
        using generator: inout RandomGenerator
    ) -> Tensor {
        sampled(shape, dtype: dtype, using: &generator) { mean + standardDeviation * $0.nextNormal() }
    }

    /// Normal samples redrawn until within two standard deviations of the mean (Keras' `TruncatedNormal`).
    public static func truncatedNormal(
        _ shape: [Int], mean: Double = 0, standardDeviation: Double = 1,
        dtype: DType = .float32, using generator: inout RandomGenerator
    ) -> Tensor {
        sampled(shape, dtype: dtype, using: &generator) { generator in
            var z = generator.nextNormal()
            while Swift.abs(z) > 2 { z = generator.nextNormal() }
            return mean + standardDeviation * z
        }
    }

    /// A tensor of `draw`s, written straight into float32 storage (no `[Double]` for large weights).
    private static func sampled(
        _ shape: [Int], dtype: DType, using generator: inout RandomGenerator,
        _ draw: (inout RandomGenerator) -> Double
    ) -> Tensor {
        let shape = shape.map { Swift.max($0, 0) }
        let count = shape.reduce(1, *)
        guard dtype == .float32 else {
            var values: [Double] = []
            values.reserveCapacity(count)
            for _ in 0..<count { values.append(draw(&generator)) }
            return fromDoubles(values, shape: shape, dtype: dtype)
        }
        let result = Tensor(uninitializedShape: shape, dtype: .float32)
        let destination = result.pointer(Float.self)
        for index in 0..<count { destination[index] = Float(draw(&generator)) }
        return result
    }
}
