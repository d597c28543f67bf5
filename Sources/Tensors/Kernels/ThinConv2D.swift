/// Convolutions whose patches are short (first layers: 1–3 input channels, so `KH·KW·C ≤ 32`).
///
/// There sgemm spends most of its time packing operands for an inner dimension of 9 or 27, so
/// these kernels multiply im2col chunks with register-tiled SIMD loops instead: a tile of 4
/// output pixels × 16 filters (eight 8-float accumulators) forward, 4 taps × 16 filters for the
/// filter gradient. Both fold in what the layer would otherwise do in extra passes over the
/// output: the bias and relu forward, the relu mask and the bias gradient backward.
package enum ThinConv2D {
    /// Longest patch these kernels take.
    package static let maximumPatchSize = 32

    /// Whether `g` runs on these kernels: a short patch and filters in whole tiles of 16.
    package static func applies(to g: Conv2DGeometry) -> Bool {
        g.patchSize <= maximumPatchSize && g.outputChannels % filterTile == 0
    }

    static let filterTile = 16
    static let pixelTile = 4
    static let tapTile = 4
    /// Output pixels per im2col chunk: the chunk's patches and gradients stay in L2.
    static let chunkPixels = 256
}

/// Forward thin convolution: `output = activation(im2col(input) · filter + bias)`, where the
/// activation is relu when `relu` is true. Same layouts as ``conv2DForward``; `g` must satisfy
/// ``ThinConv2D/applies(to:)``.
///
///     thinConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
package func thinConv2DForward(
    _ g: Conv2DGeometry, input: UnsafePointer<Float>, filter: UnsafePointer<Float>,
    bias: UnsafePointer<Float>?, relu: Bool, output: UnsafeMutablePointer<Float>
) {
    precondition(ThinConv2D.applies(to: g), "thinConv2DForward called for a geometry it does not take")
    let pixels = g.patchCount
    let parts = KernelThreads.parts(flops: g.flopsPerPass, units: pixels / ThinConv2D.chunkPixels)
    let ranges = KernelThreads.split(pixels, into: parts)
    let x = SharedPointer(input), w = SharedPointer(filter), y = SharedPointer(output)
    let b = bias.map { SharedPointer($0) }
    KernelThreads.run(parts: parts) { part in
        let k = g.patchSize, f = g.outputChannels
        let columns = UnsafeMutablePointer<Float>.allocate(capacity: (ThinConv2D.chunkPixels &+ ThinConv2D.pixelTile) &* k)
        defer { columns.deallocate() }
        let range = ranges[part]
        for start in stride(from: range.lowerBound, to: range.upperBound, by: ThinConv2D.chunkPixels) {
            let count = min(ThinConv2D.chunkPixels, range.upperBound &- start)
            im2col(g, input: x.base, firstRow: start, rowCount: count, columns: columns)
            // The last tile may run past `count`: its extra rows read zeros and are not stored.
            (columns + count &* k).update(repeating: 0, count: ThinConv2D.pixelTile &* k)
            for pixel in stride(from: 0, to: count, by: ThinConv2D.pixelTile) {
                for channel in stride(from: 0, to: f, by: ThinConv2D.filterTile) {
                    forwardTile(
                        patches: columns + pixel &* k, k: k, filter: w.base + channel, f: f,
                        bias: b.map { UnsafePointer($0.base + channel) }, relu: relu,
                        output: y.base + ((start &+ pixel) &* f &+ channel), pixels: min(ThinConv2D.pixelTile, count &- pixel))
                }
            }
        }
    }
}

/// One 4-pixel × 16-filter tile of the forward product, accumulated in registers.
@inline(__always)
private func forwardTile(
    patches: UnsafePointer<Float>, k: Int, filter: UnsafePointer<Float>, f: Int,
    bias: UnsafePointer<Float>?, relu: Bool, output: UnsafeMutablePointer<Float>, pixels: Int
) {
    let low = bias.map { load8($0) } ?? .zero, high = bias.map { load8($0 + 8) } ?? .zero
    var a0 = low, a1 = high, b0 = low, b1 = high, c0 = low, c1 = high, d0 = low, d1 = high
    let p0 = patches, p1 = patches + k, p2 = patches + 2 &* k, p3 = patches + 3 &* k
    var row = filter
    for t in 0..<k {
        let w0 = load8(row), w1 = load8(row + 8)
        let x0 = SIMD8<Float>(repeating: p0[t]), x1 = SIMD8<Float>(repeating: p1[t])
        let x2 = SIMD8<Float>(repeating: p2[t]), x3 = SIMD8<Float>(repeating: p3[t])
        a0 += x0 * w0; a1 += x0 * w1
        b0 += x1 * w0; b1 += x1 * w1
        c0 += x2 * w0; c1 += x2 * w1
        d0 += x3 * w0; d1 += x3 * w1
        row += f
    }
    if relu {
        let zero = SIMD8<Float>.zero
        a0 = pointwiseMax(a0, zero); a1 = pointwiseMax(a1, zero); b0 = pointwiseMax(b0, zero); b1 = pointwiseMax(b1, zero)
        c0 = pointwiseMax(c0, zero); c1 = pointwiseMax(c1, zero); d0 = pointwiseMax(d0, zero); d1 = pointwiseMax(d1, zero)
    }
    store8(a0, output); store8(a1, output + 8)
    if pixels > 1 { store8(b0, output + f); store8(b1, output + (f &+ 8)) }
    if pixels > 2 { store8(c0, output + 2 &* f); store8(c1, output + (2 &* f &+ 8)) }
    if pixels > 3 { store8(d0, output + 3 &* f); store8(d1, output + (3 &* f &+ 8)) }
}

/// Filter (and bias) gradient of a thin convolution:
/// `filterGradient = im2col(input)ᵀ · dy`, `biasGradient = Σ dy`, where `dy` is `outputGradient`
/// masked by `reluOutput > 0` when the forward pass applied relu (pass its output), else as is.
///
///     thinConv2DBackwardFilter(g, input: x, outputGradient: dy, reluOutput: y, filterGradient: dw, biasGradient: db)
package func thinConv2DBackwardFilter(
    _ g: Conv2DGeometry, input: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
    reluOutput: UnsafePointer<Float>?, filterGradient: UnsafeMutablePointer<Float>,
    biasGradient: UnsafeMutablePointer<Float>?
) {
    precondition(ThinConv2D.applies(to: g), "thinConv2DBackwardFilter called for a geometry it does not take")
    let pixels = g.patchCount, k = g.patchSize, f = g.outputChannels
    let parts = KernelThreads.parts(flops: g.flopsPerPass, units: pixels / ThinConv2D.chunkPixels)
    let ranges = KernelThreads.split(pixels, into: parts)
    // Each part sums into its own slice (taps padded to whole tiles, then the bias row).
    let paddedTaps = (k &+ ThinConv2D.tapTile &- 1) / ThinConv2D.tapTile &* ThinConv2D.tapTile
    let partStride = (paddedTaps &+ 1) &* f
    let sums = UnsafeMutablePointer<Float>.allocate(capacity: parts &* partStride)
    defer { sums.deallocate() }
    let x = SharedPointer(input), dy = SharedPointer(outputGradient), shared = SharedPointer(sums)
    let mask = reluOutput.map { SharedPointer($0) }
    KernelThreads.run(parts: parts) { part in
        let sum = shared.base + part &* partStride
        sum.update(repeating: 0, count: partStride)
        let columns = UnsafeMutablePointer<Float>.allocate(capacity: ThinConv2D.chunkPixels &* paddedTaps)
        let gradient = UnsafeMutablePointer<Float>.allocate(capacity: ThinConv2D.chunkPixels &* f)
        defer { columns.deallocate(); gradient.deallocate() }
        let range = ranges[part]
        for start in stride(from: range.lowerBound, to: range.upperBound, by: ThinConv2D.chunkPixels) {
            let count = min(ThinConv2D.chunkPixels, range.upperBound &- start)
            im2col(g, input: x.base, firstRow: start, rowCount: count, columns: columns)
            let dyChunk = maskedGradient(
                dy.base + start &* f, mask: mask.map { UnsafePointer($0.base + start &* f) }, count: count &* f, into: gradient)
            sumRows(dyChunk, rows: count, channels: f, into: sum + paddedTaps &* f)
            for tap in stride(from: 0, to: k, by: ThinConv2D.tapTile) {
                for channel in stride(from: 0, to: f, by: ThinConv2D.filterTile) {
                    filterTile(
                        patches: columns + tap, k: k, gradient: dyChunk + channel, f: f,
                        pixels: count, sum: sum + (tap &* f &+ channel))
                }
            }
        }
    }
    filterGradient.update(from: sums, count: k &* f)
    if let biasGradient { biasGradient.update(from: sums + paddedTaps &* f, count: f) }
    for part in 1..<max(parts, 1) {
        let partial = sums + part &* partStride
        addFloats(filterGradient, partial, k &* f)
        if let biasGradient { addFloats(biasGradient, partial + paddedTaps &* f, f) }
    }
}

/// `dy` itself, or `dy` where `mask > 0` and zero elsewhere, written into `scratch`.
@inline(__always)
private func maskedGradient(
    _ dy: UnsafePointer<Float>, mask: UnsafePointer<Float>?, count: Int, into scratch: UnsafeMutablePointer<Float>
) -> UnsafePointer<Float> {
    guard let mask else { return dy }
    var i = 0
    while i &+ 8 <= count {
        let keep = load8(mask + i) .> SIMD8<Float>.zero
        store8(SIMD8<Float>.zero.replacing(with: load8(dy + i), where: keep), scratch + i)
        i &+= 8
    }
    while i < count {
        scratch[i] = mask[i] > 0 ? dy[i] : 0
        i &+= 1
    }
    return UnsafePointer(scratch)
}

/// Adds `Σ_p patches[p][t] · gradient[p][0..<16]` into row `t` of `sum` for the tile's taps.
@inline(__always)
private func filterTile(
    patches: UnsafePointer<Float>, k: Int, gradient: UnsafePointer<Float>, f: Int, pixels: Int,
    sum: UnsafeMutablePointer<Float>
) {
    var a0 = load8(sum), a1 = load8(sum + 8), b0 = load8(sum + f), b1 = load8(sum + (f &+ 8))
    var c0 = load8(sum + 2 &* f), c1 = load8(sum + (2 &* f &+ 8)), d0 = load8(sum + 3 &* f), d1 = load8(sum + (3 &* f &+ 8))
    // In the last tile of a patch whose length is not a multiple of 4, the extra taps read the
    // next patch's first values (or spare room after the chunk) and sum into padding rows.
    var patch = patches, row = gradient
    for _ in 0..<pixels {
        let g0 = load8(row), g1 = load8(row + 8)
        let x0 = SIMD8<Float>(repeating: patch[0]), x1 = SIMD8<Float>(repeating: patch[1])
        let x2 = SIMD8<Float>(repeating: patch[2]), x3 = SIMD8<Float>(repeating: patch[3])
        a0 += x0 * g0; a1 += x0 * g1
        b0 += x1 * g0; b1 += x1 * g1
        c0 += x2 * g0; c1 += x2 * g1
        d0 += x3 * g0; d1 += x3 * g1
        patch += k
        row += f
    }
    store8(a0, sum); store8(a1, sum + 8)
    store8(b0, sum + f); store8(b1, sum + (f &+ 8))
    store8(c0, sum + 2 &* f); store8(c1, sum + (2 &* f &+ 8))
    store8(d0, sum + 3 &* f); store8(d1, sum + (3 &* f &+ 8))
}

/// Adds the `rows` rows of `matrix` (each `channels` wide) into `sum`.
@inline(__always)
private func sumRows(_ matrix: UnsafePointer<Float>, rows: Int, channels: Int, into sum: UnsafeMutablePointer<Float>) {
    var row = matrix
    for _ in 0..<rows {
        for c in 0..<channels { sum[c] += row[c] }
        row += channels
    }
}

@inline(__always)
private func load8(_ pointer: UnsafePointer<Float>) -> SIMD8<Float> {
    UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Float>.self)
}

@inline(__always)
private func load8(_ pointer: UnsafeMutablePointer<Float>) -> SIMD8<Float> {
    UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Float>.self)
}

@inline(__always)
private func store8(_ value: SIMD8<Float>, _ pointer: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: SIMD8<Float>.self)
}
