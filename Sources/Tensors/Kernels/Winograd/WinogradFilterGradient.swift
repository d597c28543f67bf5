/// Gradient of a 3×3 stride-1 convolution with respect to its filter (and bias), by Winograd:
/// `dU[ξ] = Σ V[ξ]ᵀ · dM[ξ]` over the tiles, with `V` the forward's transformed input tiles and
/// `dM` the transformed output-gradient blocks, then `dw = Gᵀ dU G`. Same contract as
/// ``conv2DBackwardFilter``; with `reluOutput` (the forward's output after a fused relu), the
/// output gradient is masked where that output is not positive as it is read.
///
///     winogradConv2DBackwardFilter(g, input: x, outputGradient: dy, reluOutput: y, filterGradient: dw, biasGradient: db)
///
/// Each part sums its tiles into a private `dU` (and bias sum) through
/// ``KernelThreads/sumOverParts(_:floats:_:combined:)``; the sum is transformed once.
package func winogradConv2DBackwardFilter(
    _ g: Conv2DGeometry, input: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
    reluOutput: UnsafePointer<Float>? = nil, filterGradient: UnsafeMutablePointer<Float>,
    biasGradient: UnsafeMutablePointer<Float>?
) {
    precondition(Winograd.applies(to: g), "winogradConv2DBackwardFilter called for a geometry it does not take")
    let t = g.winogradForwardTiling
    let c = t.inputChannels, f = t.outputChannels, count = c &* f
    // A part's tiles are the inner dimension of its products, so parts need many of them.
    let parts = KernelThreads.parts(flops: t.flops, units: t.tileCount / 128)
    let ranges = KernelThreads.split(t.tileCount, into: parts)
    let pointStride = Winograd.pointStride(count), partStride = Winograd.points &* pointStride &+ f
    let x = SharedPointer(input), dy = SharedPointer(outputGradient)
    let mask = reluOutput.map { SharedPointer($0) }
    KernelThreads.sumOverParts(
        parts, floats: partStride,
        { part, sum in
            filterGradientTiles(
                t, input: x.base, outputGradient: dy.base, reluOutput: mask?.base, sum: sum,
                biasSum: sum + Winograd.points &* pointStride, tiles: ranges[part])
        },
        combined: { sums in
            winogradTransformFilterGradient(sums, count: count, pointStride: pointStride, into: filterGradient)
            biasGradient?.update(from: sums + Winograd.points &* pointStride, count: f)
        })
}

/// Sums `dU` over `tiles` into `sum` (36 matrices `inputChannels × outputChannels`, each
/// `Winograd.pointStride` from the last) and the output gradient into `biasSum`; both are overwritten.
private func filterGradientTiles(
    _ t: WinogradTiling, input: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>, reluOutput: UnsafePointer<Float>?,
    sum: UnsafeMutablePointer<Float>, biasSum: UnsafeMutablePointer<Float>, tiles: Range<Int>
) {
    let c = t.inputChannels, f = t.outputChannels, filterStride = Winograd.pointStride(c &* f)
    biasSum.update(repeating: 0, count: f)
    guard !tiles.isEmpty else {
        sum.update(repeating: 0, count: Winograd.points &* filterStride)
        return
    }
    var beta: Float = 0
    WinogradScratch.forEachChunk(t, tiles: tiles) { scratch, chunk, inputStride, gradientStride in
        for (i, tile) in chunk.enumerated() {
            scratch.gatherTaps(t, tile: tile, input: input)
            winogradTransformInput(
                scratch.taps, channels: c, into: scratch.transformed + i &* c, pointStride: inputStride, rows: scratch.rows)
            scratch.gatherBlock(t, tile: tile, outputGradient: outputGradient, reluOutput: reluOutput)
            winogradTransformOutputGradient(
                scratch.taps, reluOutputs: reluOutput == nil ? nil : scratch.reluTaps, channels: f,
                into: scratch.products + i &* f, pointStride: gradientStride, biasSum: biasSum, rows: scratch.rows)
        }
        for point in 0..<Winograd.points {
            rowMajorSGEMM(
                transposeA: true, m: c, n: f, k: chunk.count, a: scratch.transformed + point &* inputStride, lda: c,
                b: scratch.products + point &* gradientStride, ldb: f, beta: beta, c: sum + point &* filterStride, ldc: f)
        }
        beta = 1
    }
}
