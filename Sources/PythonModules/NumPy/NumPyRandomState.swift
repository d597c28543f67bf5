#if canImport(Glibc)
    import Glibc
#endif

/// NumPy's legacy `RandomState` draws on the shared MT19937 core (its seeding, doubles, Gaussian pairs and
/// bounded integers), so `np.random.seed(0); np.random.rand(3)` gives NumPy's numbers.
struct NumPyRandomState {
    private var core: MT19937
    private var cachedGaussian: Double?

    init(seed: UInt32) { core = MT19937(scalarSeed: seed) }

    /// `init_genrand`, as `np.random.seed(n)`.
    mutating func reseed(_ seed: UInt32) {
        core = MT19937(scalarSeed: seed)
        cachedGaussian = nil
    }

    mutating func nextUInt32() -> UInt32 { core.nextUInt32() }

    /// A double in [0, 1) with 53 random bits (`random_sample`).
    mutating func nextDouble() -> Double { core.nextDouble() }

    /// A standard normal value by the polar method, caching the pair's second value (`legacy_gauss`).
    mutating func nextGaussian() -> Double {
        if let cached = cachedGaussian { cachedGaussian = nil; return cached }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2 * nextDouble() - 1
            x2 = 2 * nextDouble() - 1
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1 || r2 == 0
        let f = (-2 * log(r2) / r2).squareRoot()
        cachedGaussian = f * x1
        return f * x2
    }

    /// A value in `0...range` by masked rejection, as NumPy's legacy bounded integers.
    mutating func nextBounded(_ range: UInt64) -> UInt64 {
        if range == 0 { return 0 }
        var mask = range
        mask |= mask >> 1; mask |= mask >> 2; mask |= mask >> 4
        mask |= mask >> 8; mask |= mask >> 16; mask |= mask >> 32
        if range <= 0xffff_ffff {
            if range == 0xffff_ffff { return UInt64(nextUInt32()) }
            while true {
                let value = UInt64(nextUInt32()) & mask
                if value <= range { return value }
            }
        }
        while true {
            let value = ((UInt64(nextUInt32()) << 32) | UInt64(nextUInt32())) & mask
            if value <= range { return value }
        }
    }
}
