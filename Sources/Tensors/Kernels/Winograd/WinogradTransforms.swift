/// The four lane-wise transforms of F(2×2, 3×3), eight channels at a time. Each applies a
/// one-dimensional transform down the columns of a tile, then along its rows:
///
/// - input tile `d` (4×4) to `V = Bᵀ d B`;
/// - filter `g` (3×3) to `U = G g Gᵀ`, and a filter gradient `dU` (4×4) back to `Gᵀ dU G`;
/// - products `M` (4×4) to the output block `Y = Aᵀ M A` (2×2), and an output-gradient block
///   `dY` back to `dM = A dY Aᵀ`.
///
/// Points are row-major: point `ξ = 4·row + column`, each `pointStride` floats after the last.
typealias Lanes = SIMD8<Float>

/// `Bᵀ` on one column: rows `(1, 0, −1, 0), (0, 1, 1, 0), (0, −1, 1, 0), (0, 1, 0, −1)`.
@inline(__always)
private func inputStep(_ d0: Lanes, _ d1: Lanes, _ d2: Lanes, _ d3: Lanes) -> (Lanes, Lanes, Lanes, Lanes) {
    (d0 - d2, d1 + d2, d2 - d1, d1 - d3)
}

/// `G` on one column: rows `(1, 0, 0), (½, ½, ½), (½, −½, ½), (0, 0, 1)`.
@inline(__always)
private func filterStep(_ g0: Lanes, _ g1: Lanes, _ g2: Lanes) -> (Lanes, Lanes, Lanes, Lanes) {
    let outer = 0.5 * (g0 + g2), middle = 0.5 * g1
    return (g0, outer + middle, outer - middle, g2)
}

/// `Gᵀ` on one column (the adjoint of ``filterStep``).
@inline(__always)
private func filterGradientStep(_ u0: Lanes, _ u1: Lanes, _ u2: Lanes, _ u3: Lanes) -> (Lanes, Lanes, Lanes) {
    let sum = 0.5 * (u1 + u2)
    return (u0 + sum, 0.5 * (u1 - u2), sum + u3)
}

/// `Aᵀ` on one column: rows `(1, 1, 1, 0), (0, 1, −1, −1)`.
@inline(__always)
private func outputStep(_ m0: Lanes, _ m1: Lanes, _ m2: Lanes, _ m3: Lanes) -> (Lanes, Lanes) {
    (m0 + m1 + m2, m1 - m2 - m3)
}

/// `A` on one column (the adjoint of ``outputStep``).
@inline(__always)
private func outputGradientStep(_ y0: Lanes, _ y1: Lanes) -> (Lanes, Lanes, Lanes, Lanes) {
    (y0, y0 + y1, y0 - y1, -y1)
}

@inline(__always)
private func store(_ values: (Lanes, Lanes, Lanes), _ first: UnsafeMutablePointer<Float>, _ pointStride: Int) {
    store8(values.0, first)
    store8(values.1, first + pointStride)
    store8(values.2, first + 2 &* pointStride)
}

@inline(__always)
private func store(_ values: (Lanes, Lanes, Lanes, Lanes), _ first: UnsafeMutablePointer<Float>, _ pointStride: Int) {
    store8(values.0, first)
    store8(values.1, first + pointStride)
    store8(values.2, first + 2 &* pointStride)
    store8(values.3, first + 3 &* pointStride)
}

/// Transforms one input tile. `taps[4·r + c]` points at the `channels` floats of tap `(r, c)`
/// (a row of zeros for taps in the padding); point `ξ` of channel `k` goes to
/// `v[ξ·pointStride + k]`.
@inline(__always)
func winogradTransformInput(
    _ taps: UnsafePointer<UnsafePointer<Float>>, channels: Int, into v: UnsafeMutablePointer<Float>, pointStride: Int
) {
    for k in stride(from: 0, to: channels, by: 8) {
        @inline(__always) func tap(_ i: Int) -> Lanes { load8(taps[i] + k) }
        let c0 = inputStep(tap(0), tap(4), tap(8), tap(12))
        let c1 = inputStep(tap(1), tap(5), tap(9), tap(13))
        let c2 = inputStep(tap(2), tap(6), tap(10), tap(14))
        let c3 = inputStep(tap(3), tap(7), tap(11), tap(15))
        let out = v + k
        store(inputStep(c0.0, c1.0, c2.0, c3.0), out, pointStride)
        store(inputStep(c0.1, c1.1, c2.1, c3.1), out + 4 &* pointStride, pointStride)
        store(inputStep(c0.2, c1.2, c2.2, c3.2), out + 8 &* pointStride, pointStride)
        store(inputStep(c0.3, c1.3, c2.3, c3.3), out + 12 &* pointStride, pointStride)
    }
}

/// Transforms a Keras-layout filter `(3, 3, inputChannels, outputChannels)` into the 16 matrices
/// `U[ξ]`, each `inputChannels × outputChannels`, at `u + ξ·inputChannels·outputChannels`.
func winogradTransformFilter(
    _ filter: UnsafePointer<Float>, inputChannels: Int, outputChannels: Int, into u: UnsafeMutablePointer<Float>
) {
    let pointStride = inputChannels &* outputChannels
    for offset in stride(from: 0, to: pointStride, by: 8) {
        @inline(__always) func tap(_ i: Int) -> Lanes { load8(filter + (i &* pointStride &+ offset)) }
        let c0 = filterStep(tap(0), tap(3), tap(6))
        let c1 = filterStep(tap(1), tap(4), tap(7))
        let c2 = filterStep(tap(2), tap(5), tap(8))
        let out = u + offset
        store(filterStep(c0.0, c1.0, c2.0), out, pointStride)
        store(filterStep(c0.1, c1.1, c2.1), out + 4 &* pointStride, pointStride)
        store(filterStep(c0.2, c1.2, c2.2), out + 8 &* pointStride, pointStride)
        store(filterStep(c0.3, c1.3, c2.3), out + 12 &* pointStride, pointStride)
    }
}

/// Turns the 16 gradient matrices `dU[ξ]` (at `du + ξ·count`, `count` floats each) into the
/// gradient of the Keras-layout 3×3 filter, `count` floats per tap.
func winogradTransformFilterGradient(_ du: UnsafePointer<Float>, count: Int, into filterGradient: UnsafeMutablePointer<Float>) {
    for offset in stride(from: 0, to: count, by: 8) {
        @inline(__always) func point(_ i: Int) -> Lanes { load8(du + (i &* count &+ offset)) }
        let c0 = filterGradientStep(point(0), point(4), point(8), point(12))
        let c1 = filterGradientStep(point(1), point(5), point(9), point(13))
        let c2 = filterGradientStep(point(2), point(6), point(10), point(14))
        let c3 = filterGradientStep(point(3), point(7), point(11), point(15))
        let out = filterGradient + offset
        store(filterGradientStep(c0.0, c1.0, c2.0, c3.0), out, count)
        store(filterGradientStep(c0.1, c1.1, c2.1, c3.1), out + 3 &* count, count)
        store(filterGradientStep(c0.2, c1.2, c2.2, c3.2), out + 6 &* count, count)
    }
}

/// Turns one tile's 16 products (point `ξ` of channel `k` at `m[ξ·pointStride + k]`) into its
/// 2×2 output block, adds `bias`, applies relu when asked, and stores pixel `(r, c)` of the block
/// at `destinations[2·r + c]` (a scratch row for pixels beyond the output's edge).
@inline(__always)
func winogradTransformOutput(
    _ m: UnsafePointer<Float>, pointStride: Int, channels: Int, bias: UnsafePointer<Float>?, relu: Bool,
    destinations: UnsafePointer<UnsafeMutablePointer<Float>>
) {
    for k in stride(from: 0, to: channels, by: 8) {
        @inline(__always) func point(_ i: Int) -> Lanes { load8(m + (i &* pointStride &+ k)) }
        let c0 = outputStep(point(0), point(4), point(8), point(12))
        let c1 = outputStep(point(1), point(5), point(9), point(13))
        let c2 = outputStep(point(2), point(6), point(10), point(14))
        let c3 = outputStep(point(3), point(7), point(11), point(15))
        let top = outputStep(c0.0, c1.0, c2.0, c3.0), bottom = outputStep(c0.1, c1.1, c2.1, c3.1)
        var y = (top.0, top.1, bottom.0, bottom.1)
        if let bias {
            let b = load8(bias + k)
            y = (y.0 + b, y.1 + b, y.2 + b, y.3 + b)
        }
        if relu { y = (positivePart(y.0), positivePart(y.1), positivePart(y.2), positivePart(y.3)) }
        store8(y.0, destinations[0] + k)
        store8(y.1, destinations[1] + k)
        store8(y.2, destinations[2] + k)
        store8(y.3, destinations[3] + k)
    }
}

/// Turns one tile's 2×2 output-gradient block (pixel `(r, c)` at `sources[2·r + c]`, a row of
/// zeros beyond the output's edge) into its 16 points at `dm[ξ·pointStride + k]`, and adds the
/// block into `biasSum`.
@inline(__always)
func winogradTransformOutputGradient(
    _ sources: UnsafePointer<UnsafePointer<Float>>, channels: Int, into dm: UnsafeMutablePointer<Float>,
    pointStride: Int, biasSum: UnsafeMutablePointer<Float>
) {
    for k in stride(from: 0, to: channels, by: 8) {
        let y00 = load8(sources[0] + k), y01 = load8(sources[1] + k)
        let y10 = load8(sources[2] + k), y11 = load8(sources[3] + k)
        store8(load8(biasSum + k) + (y00 + y01) + (y10 + y11), biasSum + k)
        let c0 = outputGradientStep(y00, y10), c1 = outputGradientStep(y01, y11)
        let out = dm + k
        store(outputGradientStep(c0.0, c1.0), out, pointStride)
        store(outputGradientStep(c0.1, c1.1), out + 4 &* pointStride, pointStride)
        store(outputGradientStep(c0.2, c1.2), out + 8 &* pointStride, pointStride)
        store(outputGradientStep(c0.3, c1.3), out + 12 &* pointStride, pointStride)
    }
}
