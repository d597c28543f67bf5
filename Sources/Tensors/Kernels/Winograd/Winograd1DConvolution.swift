/// Forward stride-1 1×7 or 7×1 convolution by Winograd F(4, 7) along the kernel's axis: same
/// contract as ``conv2DForward`` (NHWC input, Keras filter, optional bias, relu fused), for
/// geometries where ``Winograd1D/applies(to:)`` holds.
///
///     let g = try Conv2DGeometry(inputShape: [20, 7, 7, 160], filterShape: [1, 7, 160, 192], padding: .same)
///     winograd1DConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
package func winograd1DConv2DForward(
    _ g: Conv2DGeometry, input: UnsafePointer<Float>, filter: UnsafePointer<Float>,
    bias: UnsafePointer<Float>?, relu: Bool, output: UnsafeMutablePointer<Float>
) {
    precondition(Winograd1D.applies(to: g), "winograd1DConv2DForward called for a geometry it does not take")
    let count = g.inputChannels &* g.outputChannels, pointStride = Winograd.pointStride(count)
    // From the pool: 1.5 MB for 192 × 192 channels, fresh pages on every call if allocated.
    let transformed = KernelScratch(floats: Winograd1D.points &* pointStride)
    defer { transformed.release() }
    let t = g.winograd1DTiling
    let x = SharedPointer(input), w = SharedPointer(filter), u = SharedPointer(transformed.floats), y = SharedPointer(output)
    let b = bias.map { SharedPointer($0) }
    // The filter's transform reads 7 and writes 10 floats per channel pair, as long as a few of
    // the sgemm calls: both cores share it too.
    let filterParts = KernelThreads.parts(flops: t.flops, units: count / 1024)
    let filterLanes = KernelThreads.split(count / 8, into: filterParts)
    KernelThreads.run(parts: filterParts) { part in
        winograd1DTransformFilter(w.base, count: count, lanes: filterLanes[part], into: u.base, pointStride: pointStride)
    }
    let parts = KernelThreads.parts(flops: t.flops, units: t.tileCount / 8)
    let ranges = KernelThreads.split(t.tileCount, into: parts)
    // Every tile writes its own output pixels, so parts need no synchronisation.
    KernelThreads.run(parts: parts) { part in
        convolveTiles(
            t, input: x.base, transformedFilter: u.base, filterStride: pointStride, bias: b?.base, relu: relu,
            output: y.base, tiles: ranges[part])
    }
}

/// For each chunk of tiles: transform the input tiles, multiply point by point with sgemm,
/// transform the products back into outputs.
private func convolveTiles(
    _ t: Winograd1DTiling, input: UnsafePointer<Float>, transformedFilter: UnsafePointer<Float>, filterStride: Int,
    bias: UnsafePointer<Float>?, relu: Bool, output: UnsafeMutablePointer<Float>, tiles: Range<Int>
) {
    let c = t.inputChannels, f = t.outputChannels
    Winograd1DScratch.forEachChunk(t, tiles: tiles) { scratch, chunk, inputStride, productStride in
        for (i, tile) in chunk.enumerated() {
            scratch.gatherTaps(t, tile: tile, input: input)
            winograd1DTransformInput(scratch.taps, channels: c, into: scratch.transformed + i &* c, pointStride: inputStride)
        }
        for point in 0..<Winograd1D.points {
            rowMajorSGEMM(
                m: chunk.count, n: f, k: c, a: scratch.transformed + point &* inputStride, lda: c,
                b: transformedFilter + point &* filterStride, ldb: f, c: scratch.products + point &* productStride, ldc: f)
        }
        for (i, tile) in chunk.enumerated() {
            scratch.locateOutputs(t, tile: tile, output: output)
            winograd1DTransformOutput(
                scratch.products + i &* f, pointStride: productStride, channels: f, bias: bias, relu: relu,
                destinations: scratch.destinations)
        }
    }
}
