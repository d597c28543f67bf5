/// The three lane-wise transforms of F(4, 7), eight channels at a time, with interpolation points
/// 0, ±1, ±2, ±1/2, ±3/2 and ∞ (``Winograd1D``):
///
/// - input tile `d` (10 pixels) to `V = Bᵀ d`;
/// - filter `g` (7 taps) to `U = G g`;
/// - products `M` (10 points) to the 4 outputs `Y = Aᵀ M`.
///
/// Points are in the order 0, 1, −1, 2, −2, 1/2, −1/2, 3/2, −3/2, ∞, each `pointStride` floats
/// after the last. `Aᵀ` holds the points' powers `aⁱ`; `G` their powers `aᵏ` over a scale per
/// point (36, 90, 2520, 22.5, 157.5 and 16), chosen so that `Bᵀ` holds integers only (exact in
/// float32, at most 273). A point and its negative share their even and odd halves: `V[a]` and
/// `V[−a]` are `even ± odd`, and so are `U`, while `Aᵀ` reads `M[a] ± M[−a]`.

/// `Bᵀ` on one input tile. `taps[i]` points at the `channels` floats of pixel `i` (a row of zeros
/// for pixels in the padding); point `ξ` of channel `k` goes to `v[ξ·pointStride + k]`.
@inline(__always)
func winograd1DTransformInput(
    _ taps: UnsafePointer<UnsafePointer<Float>>, channels: Int, into v: UnsafeMutablePointer<Float>, pointStride: Int
) {
    for k in stride(from: 0, to: channels, by: 8) {
        @inline(__always) func tap(_ i: Int) -> Lanes { load8(taps[i] + k) }
        @inline(__always) func keep(_ value: Lanes, _ point: Int) { store8(value, v + (point &* pointStride &+ k)) }
        let d0 = tap(0), d1 = tap(1), d2 = tap(2), d3 = tap(3), d4 = tap(4)
        let d5 = tap(5), d6 = tap(6), d7 = tap(7), d8 = tap(8), d9 = tap(9)
        var p0 = 36 * d0
        p0 -= 205 * d2
        p0 += 273 * d4
        p0 -= 120 * d6
        p0 += 16 * d8
        keep(p0, 0)
        var even1 = 169 * d4 - 36 * d2
        even1 += 16 * d8 - 104 * d6
        var odd1 = 169 * d3 - 36 * d1
        odd1 += 16 * d7 - 104 * d5
        keep(even1 + odd1, 1)
        keep(even1 - odd1, 2)
        var even2 = 49 * d4 - 9 * d2
        even2 += 16 * d8 - 56 * d6
        var odd2 = 98 * d3 - 18 * d1
        odd2 += 32 * d7 - 112 * d5
        keep(even2 + odd2, 3)
        keep(even2 - odd2, 4)
        var evenHalf = 72 * d2 - 122 * d4
        evenHalf += 58 * d6 - 8 * d8
        var oddHalf = 36 * d1 - 61 * d3
        oddHalf += 29 * d5 - 4 * d7
        keep(evenHalf + oddHalf, 5)
        keep(evenHalf - oddHalf, 6)
        var evenThreeHalves = 8 * (d2 - d8)
        evenThreeHalves += 42 * (d6 - d4)
        var oddThreeHalves = 12 * (d1 - d7)
        oddThreeHalves += 63 * (d5 - d3)
        keep(evenThreeHalves + oddThreeHalves, 7)
        keep(evenThreeHalves - oddThreeHalves, 8)
        var p9 = 36 * d1
        p9 -= 205 * d3
        p9 += 273 * d5
        p9 -= 120 * d7
        p9 += 16 * d9
        keep(p9, 9)
    }
}

/// `G` on the 7 taps of one lane of a filter, point `a` and `−a` at once: `Σ aᵏ gₖ / scale` and
/// `Σ (−a)ᵏ gₖ / scale`.
@inline(__always)
private func filterPair(_ g: UnsafePointer<Lanes>, _ a: Float, scale: Float) -> (Lanes, Lanes) {
    let a2 = a * a, a3 = a2 * a, a4 = a2 * a2, a5 = a4 * a, a6 = a3 * a3
    var even = g[0] + a2 * g[2]
    even += a4 * g[4] + a6 * g[6]
    var odd = a * g[1] + a3 * g[3]
    odd += a5 * g[5]
    let reciprocal = 1 / scale
    return (reciprocal * (even + odd), reciprocal * (even - odd))
}

/// Transforms lanes `lanes` (8 floats each) of a Keras-layout filter `(1, 7, C, F)` or
/// `(7, 1, C, F)`, `count = C·F` floats per tap, into the 10 matrices `U[ξ]`, each `C × F`, at
/// `u + ξ·pointStride`.
func winograd1DTransformFilter(
    _ filter: UnsafePointer<Float>, count: Int, lanes: Range<Int>, into u: UnsafeMutablePointer<Float>, pointStride: Int
) {
    let g = UnsafeMutablePointer<Lanes>.allocate(capacity: Winograd1D.taps)
    defer { g.deallocate() }
    for offset in stride(from: lanes.lowerBound &* 8, to: lanes.upperBound &* 8, by: 8) {
        for tap in 0..<Winograd1D.taps { g[tap] = load8(filter + (tap &* count &+ offset)) }
        @inline(__always) func keep(_ value: Lanes, _ point: Int) { store8(value, u + (point &* pointStride &+ offset)) }
        keep(g[0] * (1.0 / 36), 0)
        let one = filterPair(g, 1, scale: 90), two = filterPair(g, 2, scale: 2520)
        let half = filterPair(g, 0.5, scale: 22.5), threeHalves = filterPair(g, 1.5, scale: 157.5)
        keep(one.0, 1)
        keep(one.1, 2)
        keep(two.0, 3)
        keep(two.1, 4)
        keep(half.0, 5)
        keep(half.1, 6)
        keep(threeHalves.0, 7)
        keep(threeHalves.1, 8)
        keep(g[6] * (1.0 / 16), 9)
    }
}

/// Turns one tile's 10 products (point `ξ` of channel `k` at `m[ξ·pointStride + k]`) into its
/// 4 outputs, adds `bias`, applies relu when asked, and stores output `i` at `destinations[i]` (a
/// scratch row for outputs past the edge).
@inline(__always)
func winograd1DTransformOutput(
    _ m: UnsafePointer<Float>, pointStride: Int, channels: Int, bias: UnsafePointer<Float>?, relu: Bool,
    destinations: UnsafePointer<UnsafeMutablePointer<Float>>
) {
    for k in stride(from: 0, to: channels, by: 8) {
        @inline(__always) func point(_ i: Int) -> Lanes { load8(m + (i &* pointStride &+ k)) }
        let m1 = point(1), m2 = point(2), m3 = point(3), m4 = point(4)
        let m5 = point(5), m6 = point(6), m7 = point(7), m8 = point(8)
        let sum1 = m1 + m2, difference1 = m1 - m2, sum2 = m3 + m4, difference2 = m3 - m4
        let sumHalf = m5 + m6, differenceHalf = m5 - m6, sumThreeHalves = m7 + m8, differenceThreeHalves = m7 - m8
        let b = bias.map { load8($0 + k) } ?? .zero
        var y0 = point(0) + b
        y0 += sum1 + sum2
        y0 += sumHalf + sumThreeHalves
        var y1 = difference1 + b
        y1 += 2 * difference2
        y1 += 0.5 * differenceHalf
        y1 += 1.5 * differenceThreeHalves
        var y2 = sum1 + b
        y2 += 4 * sum2
        y2 += 0.25 * sumHalf
        y2 += 2.25 * sumThreeHalves
        var y3 = difference1 + b
        y3 += 8 * difference2
        y3 += 0.125 * differenceHalf
        y3 += 3.375 * differenceThreeHalves
        y3 += point(9)
        if relu { (y0, y1, y2, y3) = (positivePart(y0), positivePart(y1), positivePart(y2), positivePart(y3)) }
        store8(y0, destinations[0] + k)
        store8(y1, destinations[1] + k)
        store8(y2, destinations[2] + k)
        store8(y3, destinations[3] + k)
    }
}
