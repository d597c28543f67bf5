/// The MT19937 generator both CPython's `random` and NumPy's legacy `np.random` use, with both
/// seedings, so that seeded course code draws the same numbers as under CPython and NumPy.
///
///     var mt = MT19937(seed: 42)
///     mt.nextDouble()   // 0.6394267984578837, as random.seed(42); random.random()
///     var np = MT19937(scalarSeed: 0)
///     np.nextDouble()   // 0.5488135039273248, as np.random.seed(0); np.random.rand()
struct MT19937 {
    private static let n = 624, m = 397
    private var state = [UInt32](repeating: 0, count: 624)
    private var index = 624

    /// Seeds from the magnitude of an integer split into 32-bit words, as CPython does.
    init(seed: UInt64) {
        var key: [UInt32] = [UInt32(truncatingIfNeeded: seed)]
        if seed >> 32 != 0 { key.append(UInt32(truncatingIfNeeded: seed >> 32)) }
        self.seed(byArray: key)
    }

    /// Seeds from 32-bit words (least significant first).
    init(key: [UInt32]) { self.seed(byArray: key.isEmpty ? [0] : key) }

    /// Seeds from one 32-bit value (`init_genrand`), as `np.random.seed(n)` does.
    init(scalarSeed: UInt32) { seed(scalar: scalarSeed) }

    private mutating func seed(scalar s: UInt32) {
        state[0] = s
        for i in 1..<Self.n {
            let previous = state[i - 1]
            state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
        }
        index = Self.n
    }

    private mutating func seed(byArray key: [UInt32]) {
        seed(scalar: 19_650_218)
        var i = 1, j = 0
        for _ in 0..<max(Self.n, key.count) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525)) &+ key[j] &+ UInt32(j)
            i += 1; j += 1
            if i >= Self.n { state[0] = state[Self.n - 1]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<(Self.n - 1) {
            let previous = state[i - 1]
            state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941)) &- UInt32(i)
            i += 1
            if i >= Self.n { state[0] = state[Self.n - 1]; i = 1 }
        }
        state[0] = 0x8000_0000
        index = Self.n
    }

    private mutating func twist() {
        let upper: UInt32 = 0x8000_0000, lower: UInt32 = 0x7fff_ffff, matrix: UInt32 = 0x9908_b0df
        for k in 0..<Self.n {
            let y = (state[k] & upper) | (state[(k + 1) % Self.n] & lower)
            state[k] = state[(k + Self.m) % Self.n] ^ (y >> 1) ^ ((y & 1) == 0 ? 0 : matrix)
        }
        index = 0
    }

    /// The next 32 random bits.
    mutating func nextUInt32() -> UInt32 {
        if index >= Self.n { twist() }
        var y = state[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// A double in [0, 1) with 53 random bits, as `random.random()`.
    mutating func nextDouble() -> Double {
        let a = Double(nextUInt32() >> 5), b = Double(nextUInt32() >> 6)
        return (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits (k ≤ 64), assembled from 32-bit words least significant first, as CPython.
    mutating func bits(_ k: Int) -> UInt64 {
        if k <= 0 { return 0 }
        if k <= 32 { return UInt64(nextUInt32() >> (32 - k)) }
        let low = UInt64(nextUInt32())
        let high = UInt64(nextUInt32() >> (64 - k))
        return low | (high << 32)
    }

    /// A uniform integer in 0..<n by rejection sampling, as CPython's `_randbelow`.
    mutating func below(_ n: Int) -> Int {
        guard n > 0 else { return 0 }
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = bits(k)
        while r >= UInt64(n) { r = bits(k) }
        return Int(r)
    }
}
