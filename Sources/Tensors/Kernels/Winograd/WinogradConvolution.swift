/// Forward stride-1 convolution by Winograd, F(4×4, 3×3) for 3×3 kernels and F(2×2, 5×5) for
/// 5×5 ones: same contract as ``conv2DForward`` (NHWC input, Keras filter, optional bias, relu
/// fused), for geometries where ``Winograd/applies(to:)`` or ``Winograd/appliesFiveByFive(to:)`` holds.
///
///     let g = try Conv2DGeometry(inputShape: [32, 13, 13, 64], filterShape: [3, 3, 64, 64], padding: .valid)
///     winogradConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
package func winogradConv2DForward(
    _ g: Conv2DGeometry, input: UnsafePointer<Float>, filter: UnsafePointer<Float>,
    bias: UnsafePointer<Float>?, relu: Bool, output: UnsafeMutablePointer<Float>
) {
    precondition(
        Winograd.applies(to: g) || Winograd.appliesFiveByFive(to: g), "winogradConv2DForward called for a geometry it does not take")
    let t = g.winogradForwardTiling
    let pointStride = Winograd.pointStride(g.inputChannels &* g.outputChannels)
    let transformed = UnsafeMutablePointer<Float>.allocate(capacity: Winograd.points &* pointStride)
    defer { transformed.deallocate() }
    winogradTransformFilter(
        filter, variant: t.variant, inputChannels: g.inputChannels, outputChannels: g.outputChannels, into: transformed,
        pointStride: pointStride)
    winogradConvolve(t, input: input, transformedFilter: transformed, bias: bias, relu: relu, output: output)
}

/// Runs the tiles of `t` over the cores: every tile writes its own output pixels, so parts
/// need no synchronisation.
private func winogradConvolve(
    _ t: WinogradTiling, input: UnsafePointer<Float>, transformedFilter: UnsafePointer<Float>,
    bias: UnsafePointer<Float>?, relu: Bool, output: UnsafeMutablePointer<Float>
) {
    let filterStride = Winograd.pointStride(t.inputChannels &* t.outputChannels)
    let parts = KernelThreads.parts(flops: t.flops, units: t.tileCount / 8)
    let ranges = KernelThreads.split(t.tileCount, into: parts)
    let x = SharedPointer(input), u = SharedPointer(transformedFilter), y = SharedPointer(output)
    let b = bias.map { SharedPointer($0) }
    KernelThreads.run(parts: parts) { part in
        convolveTiles(
            t, input: x.base, transformedFilter: u.base, filterStride: filterStride, bias: b?.base, relu: relu,
            output: y.base, tiles: ranges[part])
    }
}

/// For each chunk of tiles: transform the input tiles, multiply point by point with sgemm,
/// transform the products back into output blocks.
private func convolveTiles(
    _ t: WinogradTiling, input: UnsafePointer<Float>, transformedFilter: UnsafePointer<Float>, filterStride: Int,
    bias: UnsafePointer<Float>?, relu: Bool, output: UnsafeMutablePointer<Float>, tiles: Range<Int>
) {
    let c = t.inputChannels, f = t.outputChannels
    WinogradScratch.forEachChunk(t, tiles: tiles) { scratch, chunk, inputStride, productStride in
        for (i, tile) in chunk.enumerated() {
            scratch.gatherTaps(t, tile: tile, input: input)
            winogradTransformInput(
                scratch.taps, channels: c, into: scratch.transformed + i &* c, pointStride: inputStride, rows: scratch.rows)
        }
        for point in 0..<Winograd.points {
            rowMajorSGEMM(
                m: chunk.count, n: f, k: c, a: scratch.transformed + point &* inputStride, lda: c,
                b: transformedFilter + point &* filterStride, ldb: f, c: scratch.products + point &* productStride, ldc: f)
        }
        for (i, tile) in chunk.enumerated() {
            scratch.locateBlock(t, tile: tile, output: output)
            winogradTransformOutput(
                scratch.products + i &* f, variant: t.variant, pointStride: productStride, channels: f, bias: bias, relu: relu,
                destinations: scratch.destinations, rows: scratch.rows)
        }
    }
}
