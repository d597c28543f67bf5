/// The lane-wise transforms of F(4×4, 3×3) and F(2×2, 5×5), eight channels at a time. Each
/// applies a one-dimensional transform down the columns of a tile, keeps the columns in `rows`
/// (36 lanes of scratch), then applies it along the rows:
///
/// - input tile `d` (6×6) to `V = Bᵀ d B`, and a gradient `dV` back to `B dV Bᵀ` (both variants);
/// - filter `g` (3×3 or 5×5) to `U = G g Gᵀ`, and a 3×3 filter gradient `dU` (6×6) back to `Gᵀ dU G`;
/// - products `M` (6×6) to the output block `Y = Aᵀ M A` (4×4 or 2×2), and a 4×4 output-gradient
///   block `dY` back to `dM = A dY Aᵀ`.
///
/// Points are row-major: point `ξ = 6·row + column`, each `pointStride` floats after the last.
/// The 3×3 matrices are Lavin & Gray's, with interpolation points 0, ±1, ±2 and ∞; the 5×5 ones
/// use the same points and row scales, so that `Bᵀ` is shared: row `ξ` of `G` is
/// `(1, p, p², p³, p⁴) / Π(p − q)` (over the other finite points `q`) and `(0, 0, 0, 0, 1)` for ∞,
/// and `Aᵀ` is `(1, 1, 1, 1, 1, 0)` over `(0, 1, −1, 2, −2, 1)`.
typealias Lanes = SIMD8<Float>

/// Six lanes, a column or row of a transformed tile.
typealias Six = (Lanes, Lanes, Lanes, Lanes, Lanes, Lanes)

/// `Bᵀ` on one column of an input tile.
@inline(__always)
private func inputStep(_ d: Six) -> Six {
    let (d0, d1, d2, d3, d4, d5) = d
    let a = d4 - d2, b = d1 - d3
    return (
        4 * d0 - 5 * d2 + d4, d3 + d4 - 4 * (d1 + d2), d4 - d3 + 4 * (d1 - d2),
        a - 2 * b, a + 2 * b, 4 * d1 - 5 * d3 + d5
    )
}

/// `G` of F(4×4, 3×3) on one column of a filter.
@inline(__always)
private func filterStep(_ g0: Lanes, _ g1: Lanes, _ g2: Lanes) -> Six {
    let outer = g0 + g2, quarterOuter = 0.25 * g0 + g2
    return (
        0.25 * g0, (outer + g1) * (-1.0 / 6), (outer - g1) * (-1.0 / 6),
        (quarterOuter + 0.5 * g1) * (1.0 / 6), (quarterOuter - 0.5 * g1) * (1.0 / 6), g2
    )
}

/// `G` of F(2×2, 5×5) on one column of a filter.
@inline(__always)
private func fiveTapFilterStep(_ g0: Lanes, _ g1: Lanes, _ g2: Lanes, _ g3: Lanes, _ g4: Lanes) -> Six {
    let even = g0 + g2 + g4, odd = g1 + g3, evenWide = g0 + 4 * g2 + 16 * g4, oddWide = 2 * g1 + 8 * g3
    return (
        0.25 * g0, (even + odd) * (-1.0 / 6), (even - odd) * (-1.0 / 6),
        (evenWide + oddWide) * (1.0 / 24), (evenWide - oddWide) * (1.0 / 24), g4
    )
}

/// `G` of `variant` on the taps `g[0]`, `g[stride]`, … of one column or row of a filter.
@inline(__always)
private func filterStep(_ variant: WinogradVariant, _ g: UnsafePointer<Lanes>, _ stride: Int) -> Six {
    switch variant {
    case .fourByFourOfThreeByThree: filterStep(g[0], g[stride], g[2 &* stride])
    case .twoByTwoOfFiveByFive: fiveTapFilterStep(g[0], g[stride], g[2 &* stride], g[3 &* stride], g[4 &* stride])
    }
}

/// `Gᵀ` on one column of a filter gradient (the adjoint of ``filterStep``).
@inline(__always)
private func filterGradientStep(_ u: Six) -> (Lanes, Lanes, Lanes) {
    let (u0, u1, u2, u3, u4, u5) = u
    let sum12 = u1 + u2, sum34 = u3 + u4
    return (
        0.25 * u0 - sum12 * (1.0 / 6) + sum34 * (1.0 / 24),
        (u2 - u1) * (1.0 / 6) + (u3 - u4) * (1.0 / 12),
        (sum34 - sum12) * (1.0 / 6) + u5
    )
}

/// `Aᵀ` of F(4×4, 3×3) on one column of products.
@inline(__always)
private func outputStep(_ m: Six) -> (Lanes, Lanes, Lanes, Lanes) {
    let (m0, m1, m2, m3, m4, m5) = m
    let sum12 = m1 + m2, difference12 = m1 - m2, sum34 = m3 + m4, difference34 = m3 - m4
    return (m0 + sum12 + sum34, difference12 + 2 * difference34, sum12 + 4 * sum34, difference12 + 8 * difference34 + m5)
}

/// `Aᵀ` of F(2×2, 5×5) on one column of products.
@inline(__always)
private func twoOutputStep(_ m: Six) -> (Lanes, Lanes) {
    let (m0, m1, m2, m3, m4, m5) = m
    return ((m0 + m1 + m2) + (m3 + m4), (m1 - m2) + 2 * (m3 - m4) + m5)
}

/// `B` on one column of an input-tile gradient (the adjoint of ``inputStep``).
@inline(__always)
private func inputGradientStep(_ v: Six) -> Six {
    let (v0, v1, v2, v3, v4, v5) = v
    let sum12 = v1 + v2, difference21 = v2 - v1, sum34 = v3 + v4, difference43 = v4 - v3
    return (
        4 * v0, 4 * (difference21 + v5) + 2 * difference43, -5 * v0 - 4 * sum12 - sum34,
        -difference21 - 2 * difference43 - 5 * v5, v0 + sum12 + sum34, v5
    )
}

/// `A` on one column of an output-gradient block (the adjoint of ``outputStep``).
@inline(__always)
private func outputGradientStep(_ y0: Lanes, _ y1: Lanes, _ y2: Lanes, _ y3: Lanes) -> Six {
    let even = y0 + y2, odd = y1 + y3, evenWide = y0 + 4 * y2, oddWide = 2 * y1 + 8 * y3
    return (y0, even + odd, even - odd, evenWide + oddWide, evenWide - oddWide, y3)
}

@inline(__always)
private func load(_ first: UnsafePointer<Lanes>, _ stride: Int) -> Six {
    (first[0], first[stride], first[2 &* stride], first[3 &* stride], first[4 &* stride], first[5 &* stride])
}

@inline(__always)
private func keep(_ values: Six, _ first: UnsafeMutablePointer<Lanes>, _ stride: Int) {
    first[0] = values.0
    first[stride] = values.1
    first[2 &* stride] = values.2
    first[3 &* stride] = values.3
    first[4 &* stride] = values.4
    first[5 &* stride] = values.5
}

@inline(__always)
private func store(_ values: Six, _ first: UnsafeMutablePointer<Float>, _ pointStride: Int) {
    store8(values.0, first)
    store8(values.1, first + pointStride)
    store8(values.2, first + 2 &* pointStride)
    store8(values.3, first + 3 &* pointStride)
    store8(values.4, first + 4 &* pointStride)
    store8(values.5, first + 5 &* pointStride)
}

/// Transforms one input tile. `taps[6·r + c]` points at the `channels` floats of tap `(r, c)`
/// (a row of zeros for taps in the padding); point `ξ` of channel `k` goes to
/// `v[ξ·pointStride + k]`. `rows` is scratch for 36 lanes.
@inline(__always)
func winogradTransformInput(
    _ taps: UnsafePointer<UnsafePointer<Float>>, channels: Int, into v: UnsafeMutablePointer<Float>, pointStride: Int,
    rows: UnsafeMutablePointer<Lanes>
) {
    for k in stride(from: 0, to: channels, by: 8) {
        @inline(__always) func tap(_ i: Int) -> Lanes { load8(taps[i] + k) }
        for column in 0..<6 {
            let d = (tap(column), tap(6 &+ column), tap(12 &+ column), tap(18 &+ column), tap(24 &+ column), tap(30 &+ column))
            keep(inputStep(d), rows + column, 6)
        }
        for row in 0..<6 {
            store(inputStep(load(rows + 6 &* row, 1)), v + (6 &* row &* pointStride &+ k), pointStride)
        }
    }
}

/// Transforms a Keras-layout filter `(k, k, inputChannels, outputChannels)`, `k` the kernel side
/// of `variant`, into the 36 matrices `U[ξ]`, each `inputChannels × outputChannels`, at `u + ξ·pointStride`.
func winogradTransformFilter(
    _ filter: UnsafePointer<Float>, variant: WinogradVariant, inputChannels: Int, outputChannels: Int,
    into u: UnsafeMutablePointer<Float>, pointStride: Int
) {
    let count = inputChannels &* outputChannels, kernel = variant.kernel, tapCount = kernel &* kernel
    let taps = UnsafeMutablePointer<Lanes>.allocate(capacity: tapCount &+ 6 &* kernel)
    defer { taps.deallocate() }
    let rows = taps + tapCount
    for offset in stride(from: 0, to: count, by: 8) {
        for i in 0..<tapCount { taps[i] = load8(filter + (i &* count &+ offset)) }
        for column in 0..<kernel { keep(filterStep(variant, taps + column, kernel), rows + column, kernel) }
        for row in 0..<6 {
            store(filterStep(variant, rows + kernel &* row, 1), u + (6 &* row &* pointStride &+ offset), pointStride)
        }
    }
}

/// Turns the 36 gradient matrices `dU[ξ]` (`count` floats each, at `du + ξ·pointStride`) into the
/// gradient of the Keras-layout 3×3 filter, `count` floats per tap.
func winogradTransformFilterGradient(
    _ du: UnsafePointer<Float>, count: Int, pointStride: Int, into filterGradient: UnsafeMutablePointer<Float>
) {
    let rows = UnsafeMutablePointer<Lanes>.allocate(capacity: 18)
    defer { rows.deallocate() }
    for offset in stride(from: 0, to: count, by: 8) {
        @inline(__always) func point(_ i: Int) -> Lanes { load8(du + (i &* pointStride &+ offset)) }
        for column in 0..<6 {
            let reduced = filterGradientStep(
                (point(column), point(6 &+ column), point(12 &+ column), point(18 &+ column), point(24 &+ column), point(30 &+ column)))
            rows[column] = reduced.0
            rows[6 &+ column] = reduced.1
            rows[12 &+ column] = reduced.2
        }
        for kh in 0..<3 {
            let tapsOfRow = filterGradientStep(load(rows + 6 &* kh, 1))
            let out = filterGradient + (3 &* kh &* count &+ offset)
            store8(tapsOfRow.0, out)
            store8(tapsOfRow.1, out + count)
            store8(tapsOfRow.2, out + 2 &* count)
        }
    }
}

/// Turns one tile's 36 products (point `ξ` of channel `k` at `m[ξ·pointStride + k]`) into its
/// output block (4×4 or 2×2, as `variant`), adds `bias`, applies relu when asked, and stores
/// pixel `(r, c)` of the block at `destinations[block·r + c]` (a scratch row for pixels beyond
/// the output's edge). `rows` is scratch for 24 lanes.
@inline(__always)
func winogradTransformOutput(
    _ m: UnsafePointer<Float>, variant: WinogradVariant, pointStride: Int, channels: Int, bias: UnsafePointer<Float>?,
    relu: Bool, destinations: UnsafePointer<UnsafeMutablePointer<Float>>, rows: UnsafeMutablePointer<Lanes>
) {
    for k in stride(from: 0, to: channels, by: 8) {
        @inline(__always) func point(_ i: Int) -> Lanes { load8(m + (i &* pointStride &+ k)) }
        @inline(__always) func column(_ c: Int) -> Six {
            (point(c), point(6 &+ c), point(12 &+ c), point(18 &+ c), point(24 &+ c), point(30 &+ c))
        }
        let b = bias.map { load8($0 + k) } ?? .zero
        @inline(__always) func put(_ y: Lanes, _ pixel: Int) {
            store8(relu ? positivePart(y + b) : y + b, destinations[pixel] + k)
        }
        switch variant {
        case .fourByFourOfThreeByThree:
            for c in 0..<6 {
                let reduced = outputStep(column(c))
                rows[c] = reduced.0
                rows[6 &+ c] = reduced.1
                rows[12 &+ c] = reduced.2
                rows[18 &+ c] = reduced.3
            }
            for row in 0..<4 {
                let y = outputStep(load(rows + 6 &* row, 1))
                put(y.0, 4 &* row)
                put(y.1, 4 &* row &+ 1)
                put(y.2, 4 &* row &+ 2)
                put(y.3, 4 &* row &+ 3)
            }
        case .twoByTwoOfFiveByFive:
            for c in 0..<6 {
                let reduced = twoOutputStep(column(c))
                rows[c] = reduced.0
                rows[6 &+ c] = reduced.1
            }
            for row in 0..<2 {
                let y = twoOutputStep(load(rows + 6 &* row, 1))
                put(y.0, 2 &* row)
                put(y.1, 2 &* row &+ 1)
            }
        }
    }
}

/// Turns one tile's 4×4 output-gradient block (pixel `(r, c)` at `sources[4·r + c]`, a row of
/// zeros beyond the output's edge) into its 36 points at `dm[ξ·pointStride + k]`, and adds the
/// block into `biasSum` when there is one. With `reluOutputs` (laid out as `sources`), each pixel's gradient is
/// first masked where that relu output is not positive. `rows` is scratch for 36 lanes.
@inline(__always)
func winogradTransformOutputGradient(
    _ sources: UnsafePointer<UnsafePointer<Float>>, reluOutputs: UnsafePointer<UnsafePointer<Float>>?, channels: Int,
    into dm: UnsafeMutablePointer<Float>, pointStride: Int, biasSum: UnsafeMutablePointer<Float>?,
    rows: UnsafeMutablePointer<Lanes>
) {
    for k in stride(from: 0, to: channels, by: 8) {
        @inline(__always) func pixel(_ i: Int) -> Lanes {
            guard let reluOutputs else { return load8(sources[i] + k) }
            return passedByRelu(load8(sources[i] + k), output: load8(reluOutputs[i] + k))
        }
        var total = Lanes.zero
        for column in 0..<4 {
            let y0 = pixel(column), y1 = pixel(4 &+ column), y2 = pixel(8 &+ column), y3 = pixel(12 &+ column)
            total += (y0 + y1) + (y2 + y3)
            keep(outputGradientStep(y0, y1, y2, y3), rows + column, 6)
        }
        if let biasSum { store8(load8(biasSum + k) + total, biasSum + k) }
        for row in 0..<6 {
            let r = rows + 6 &* row
            store(outputGradientStep(r[0], r[1], r[2], r[3]), dm + (6 &* row &* pointStride &+ k), pointStride)
        }
    }
}

/// Turns one tile's 36 input-gradient points (point `ξ` of channel `k` at `dv[ξ·pointStride + k]`)
/// into the gradient of its 6×6 input window and adds tap `(r, c)` into `targets[6·r + c]` (a
/// scratch row for taps in the padding). `rows` is scratch for 36 lanes.
@inline(__always)
func winogradAddInputGradient(
    _ dv: UnsafePointer<Float>, pointStride: Int, channels: Int, targets: UnsafePointer<UnsafeMutablePointer<Float>>,
    rows: UnsafeMutablePointer<Lanes>
) {
    for k in stride(from: 0, to: channels, by: 8) {
        @inline(__always) func point(_ i: Int) -> Lanes { load8(dv + (i &* pointStride &+ k)) }
        for column in 0..<6 {
            let points = (point(column), point(6 &+ column), point(12 &+ column), point(18 &+ column), point(24 &+ column), point(30 &+ column))
            keep(inputGradientStep(points), rows + column, 6)
        }
        for row in 0..<6 {
            let taps = inputGradientStep(load(rows + 6 &* row, 1)), out = targets + 6 &* row
            store8(load8(out[0] + k) + taps.0, out[0] + k)
            store8(load8(out[1] + k) + taps.1, out[1] + k)
            store8(load8(out[2] + k) + taps.2, out[2] + k)
            store8(load8(out[3] + k) + taps.3, out[3] + k)
            store8(load8(out[4] + k) + taps.4, out[4] + k)
            store8(load8(out[5] + k) + taps.5, out[5] + k)
        }
    }
}
