/// A small, fast, seedable random number generator (SplitMix64): the same seed gives the same
/// augmentations, shuffles and rendered data sets on every machine.
///
///     var generator = SeededGenerator(seed: 42)
///     let angle = Double.random(in: -40...40, using: &generator)
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Starts the sequence for `seed`.
    public init(seed: UInt64) { state = seed }

    /// A generator seeded from the system's entropy, for `seed=None`.
    public static func unseeded() -> SeededGenerator {
        var system = SystemRandomNumberGenerator()
        return SeededGenerator(seed: system.next())
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in `[lower, upper)`, or `lower` when the range is empty.
    public mutating func uniform(_ lower: Double, _ upper: Double) -> Double {
        guard upper > lower else { return lower }
        return lower + (upper - lower) * Double(next() >> 11) * 0x1.0p-53
    }

    /// True with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool { uniform(0, 1) < probability }

    /// A derived, independent generator for stream `index` (per image, per batch, per worker).
    public func split(_ index: Int) -> SeededGenerator {
        var copy = SeededGenerator(seed: state ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        _ = copy.next()
        return copy
    }
}
