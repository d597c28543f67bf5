/// Convolutions whose patches are short (first layers: 1–3 input channels, so `KH·KW·C ≤ 32`).
///
/// There sgemm spends most of its time packing operands for an inner dimension of 9 or 27, so
/// these kernels read patches where they lie in the input (gathering only those that overlap
/// the padding) and multiply them with register-tiled SIMD loops instead: a tile of 4
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
    let rows = g.batch &* g.outputHeight
    let parts = KernelThreads.parts(flops: g.flopsPerPass, units: rows)
    let ranges = KernelThreads.split(rows, into: parts)
    let x = SharedPointer(input), w = SharedPointer(filter), y = SharedPointer(output)
    let b = bias.map { SharedPointer($0) }
    KernelThreads.run(parts: parts) { part in
        let k = g.patchSize, f = g.outputChannels, c = g.inputChannels
        let tile = ThinConv2D.pixelTile, run = g.kernelWidth &* c
        let interior = g.interiorOutputColumns
        let gathered = UnsafeMutablePointer<Float>.allocate(capacity: tile &* k)
        defer { gathered.deallocate() }
        for row in ranges[part] {
            let image = row / g.outputHeight, oh = row % g.outputHeight
            let rowInside = g.isInteriorOutputRow(oh)
            let top = oh &* g.strideHeight &- g.padTop
            for ow in stride(from: 0, to: g.outputWidth, by: tile) {
                let count = min(tile, g.outputWidth &- ow)
                let pixel = row &* g.outputWidth &+ ow
                // Inside the input a patch is read where it lies; near the border it is
                // gathered with its zero padding first (the tile's spare rows read zeros).
                var patches = UnsafePointer(gathered), pixelStride = k, rowStride = run
                if rowInside && count == tile && ow >= interior.lowerBound && ow &+ tile <= interior.upperBound {
                    let inputRow = image &* g.inputHeight &+ top
                    let inputColumn = ow &* g.strideWidth &- g.padLeft
                    patches = UnsafePointer(x.base + (inputRow &* g.inputWidth &+ inputColumn) &* c)
                    pixelStride = g.strideWidth &* c
                    rowStride = g.inputWidth &* c
                } else {
                    im2col(g, input: x.base, firstRow: pixel, rowCount: count, columns: gathered)
                    (gathered + count &* k).update(repeating: 0, count: (tile &- count) &* k)
                }
                for channel in stride(from: 0, to: f, by: ThinConv2D.filterTile) {
                    forwardTile(
                        patches: patches, pixelStride: pixelStride, rowStride: rowStride, kernelRows: g.kernelHeight, run: run,
                        filter: w.base + channel, f: f, bias: b.map { UnsafePointer($0.base + channel) }, relu: relu,
                        output: y.base + (pixel &* f &+ channel), pixels: count)
                }
            }
        }
    }
}

/// One 4-pixel × 16-filter tile of the forward product, accumulated in registers.
@inline(__always)
private func forwardTile(
    patches: UnsafePointer<Float>, pixelStride: Int, rowStride: Int, kernelRows: Int, run: Int,
    filter: UnsafePointer<Float>, f: Int, bias: UnsafePointer<Float>?, relu: Bool,
    output: UnsafeMutablePointer<Float>, pixels: Int
) {
    let low = bias.map { load8($0) } ?? .zero, high = bias.map { load8($0 + 8) } ?? .zero
    var a0 = low, a1 = high, b0 = low, b1 = high, c0 = low, c1 = high, d0 = low, d1 = high
    var row = filter
    for kh in 0..<kernelRows {
        // A patch is `kernelRows` runs of `run` contiguous floats (taps kw, c of one kernel row).
        let p0 = patches + kh &* rowStride, p1 = p0 + pixelStride, p2 = p1 + pixelStride, p3 = p2 + pixelStride
        for j in 0..<run {
            let w0 = load8(row), w1 = load8(row + 8)
            let x0 = SIMD8<Float>(repeating: p0[j]), x1 = SIMD8<Float>(repeating: p1[j])
            let x2 = SIMD8<Float>(repeating: p2[j]), x3 = SIMD8<Float>(repeating: p3[j])
            multiplyAdd(&a0, x0, w0); multiplyAdd(&a1, x0, w1)
            multiplyAdd(&b0, x1, w0); multiplyAdd(&b1, x1, w1)
            multiplyAdd(&c0, x2, w0); multiplyAdd(&c1, x2, w1)
            multiplyAdd(&d0, x3, w0); multiplyAdd(&d1, x3, w1)
            row += f
        }
    }
    if relu {
        a0 = positivePart(a0); a1 = positivePart(a1); b0 = positivePart(b0); b1 = positivePart(b1)
        c0 = positivePart(c0); c1 = positivePart(c1); d0 = positivePart(d0); d1 = positivePart(d1)
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
    let rows = g.batch &* g.outputHeight, k = g.patchSize, f = g.outputChannels
    let parts = KernelThreads.parts(flops: g.flopsPerPass, units: rows)
    let ranges = KernelThreads.split(rows, into: parts)
    // Each part sums into its own slice (taps padded to whole tiles, then the bias row).
    let paddedTaps = (k &+ ThinConv2D.tapTile &- 1) / ThinConv2D.tapTile &* ThinConv2D.tapTile
    let partStride = (paddedTaps &+ 1) &* f
    let x = SharedPointer(input), dy = SharedPointer(outputGradient)
    let mask = reluOutput.map { SharedPointer($0) }
    KernelThreads.sumOverParts(
        parts, floats: partStride,
        { part, sum in
            sum.update(repeating: 0, count: partStride)
            let width = g.outputWidth, c = g.inputChannels, run = g.kernelWidth &* c
            let interior = g.interiorOutputColumns
            let gathered = UnsafeMutablePointer<Float>.allocate(capacity: width &* k &+ ThinConv2D.tapTile)
            let gradient = UnsafeMutablePointer<Float>.allocate(capacity: width &* f)
            defer { gathered.deallocate(); gradient.deallocate() }
            for row in ranges[part] {
                let image = row / g.outputHeight, oh = row % g.outputHeight
                var dyRow = UnsafePointer(dy.base + row &* width &* f)
                if let mask {
                    maskByReluOutput(dyRow, output: mask.base + row &* width &* f, count: width &* f, into: gradient)
                    dyRow = UnsafePointer(gradient)
                }
                sumRows(dyRow, rows: width, channels: f, into: sum + paddedTaps &* f)
                // Interior pixels are read where they lie; the rest are gathered with their padding.
                let direct = g.isInteriorOutputRow(oh) ? interior : 0..<0
                let top = oh &* g.strideHeight &- g.padTop
                for segment in [0..<direct.lowerBound, direct, direct.upperBound..<width] where !segment.isEmpty {
                    var patches = UnsafePointer(gathered), pixelStride = k, rowStride = run
                    if segment == direct {
                        let inputColumn = segment.lowerBound &* g.strideWidth &- g.padLeft
                        patches = UnsafePointer(x.base + ((image &* g.inputHeight &+ top) &* g.inputWidth &+ inputColumn) &* c)
                        pixelStride = g.strideWidth &* c
                        rowStride = g.inputWidth &* c
                    } else {
                        im2col(g, input: x.base, firstRow: row &* width &+ segment.lowerBound, rowCount: segment.count, columns: gathered)
                    }
                    for tap in stride(from: 0, to: k, by: ThinConv2D.tapTile) {
                        // Taps past the patch's end reread tap 0 and sum into padding rows.
                        func offset(_ i: Int) -> Int { tap &+ i < k ? (tap &+ i) / run &* rowStride &+ (tap &+ i) % run : 0 }
                        let offsets = (offset(0), offset(1), offset(2), offset(3))
                        for channel in stride(from: 0, to: f, by: ThinConv2D.filterTile) {
                            filterTile(
                                patches: patches, pixelStride: pixelStride, offsets: offsets,
                                gradient: dyRow + (segment.lowerBound &* f &+ channel), f: f, pixels: segment.count,
                                sum: sum + (tap &* f &+ channel))
                        }
                    }
                }
            }
        },
        combined: { sums in
            filterGradient.update(from: sums, count: k &* f)
            biasGradient?.update(from: sums + paddedTaps &* f, count: f)
        })
}

/// Adds `Σ_p patches[p][t] · gradient[p][0..<16]` into row `t` of `sum` for the tile's taps.
@inline(__always)
private func filterTile(
    patches: UnsafePointer<Float>, pixelStride: Int, offsets: (Int, Int, Int, Int),
    gradient: UnsafePointer<Float>, f: Int, pixels: Int, sum: UnsafeMutablePointer<Float>
) {
    var a0 = load8(sum), a1 = load8(sum + 8), b0 = load8(sum + f), b1 = load8(sum + (f &+ 8))
    var c0 = load8(sum + 2 &* f), c1 = load8(sum + (2 &* f &+ 8)), d0 = load8(sum + 3 &* f), d1 = load8(sum + (3 &* f &+ 8))
    var patch = patches, row = gradient
    for _ in 0..<pixels {
        let g0 = load8(row), g1 = load8(row + 8)
        let x0 = SIMD8<Float>(repeating: patch[offsets.0]), x1 = SIMD8<Float>(repeating: patch[offsets.1])
        let x2 = SIMD8<Float>(repeating: patch[offsets.2]), x3 = SIMD8<Float>(repeating: patch[offsets.3])
        multiplyAdd(&a0, x0, g0); multiplyAdd(&a1, x0, g1)
        multiplyAdd(&b0, x1, g0); multiplyAdd(&b1, x1, g1)
        multiplyAdd(&c0, x2, g0); multiplyAdd(&c1, x2, g1)
        multiplyAdd(&d0, x3, g0); multiplyAdd(&d1, x3, g1)
        patch += pixelStride
        row += f
    }
    store8(a0, sum); store8(a1, sum + 8)
    store8(b0, sum + f); store8(b1, sum + (f &+ 8))
    store8(c0, sum + 2 &* f); store8(c1, sum + (2 &* f &+ 8))
    store8(d0, sum + 3 &* f); store8(d1, sum + (3 &* f &+ 8))
}
