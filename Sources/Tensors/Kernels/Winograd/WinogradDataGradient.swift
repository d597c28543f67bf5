/// Gradient of a 3×3 stride-1 convolution with respect to its input, by Winograd: the forward's
/// steps run backwards on the forward's own tiles. Each output-gradient block becomes its points
/// `dM = A dY Aᵀ`, the 36 products give `dV[ξ] = dM[ξ] · U[ξ]ᵀ`, and `B dV Bᵀ` is added into the
/// tile's input window. Neighbouring windows overlap, so each part owns whole images.
///
/// Same contract as ``conv2DBackwardData``; with `reluOutput` (the forward's output after a fused
/// relu), the output gradient is masked where that output is not positive as it is read.
///
///     winogradConv2DBackwardData(g, outputGradient: dy, reluOutput: y, filter: w, inputGradient: dx)
///
/// On the forward's tiles this costs the forward's products, where convolving the padded output
/// gradient with the turned filter would tile the larger input (16 tiles instead of 9 for the
/// seed CNN's 13×13 layer).
package func winogradConv2DBackwardData(
    _ g: Conv2DGeometry, outputGradient: UnsafePointer<Float>, reluOutput: UnsafePointer<Float>? = nil,
    filter: UnsafePointer<Float>, inputGradient: UnsafeMutablePointer<Float>
) {
    precondition(Winograd.applies(to: g), "winogradConv2DBackwardData called for a geometry it does not take")
    let t = g.winogradForwardTiling
    let filterStride = Winograd.pointStride(g.inputChannels &* g.outputChannels)
    let transformed = UnsafeMutablePointer<Float>.allocate(capacity: Winograd.points &* filterStride)
    defer { transformed.deallocate() }
    winogradTransformFilter(
        filter, variant: .fourByFourOfThreeByThree, inputChannels: g.inputChannels, outputChannels: g.outputChannels, into: transformed, pointStride: filterStride)
    let parts = KernelThreads.parts(flops: t.flops, units: t.batch)
    let images = KernelThreads.split(t.batch, into: parts)
    let dy = SharedPointer(outputGradient), mask = reluOutput.map { SharedPointer($0) }
    let u = SharedPointer(transformed), dx = SharedPointer(inputGradient)
    KernelThreads.run(parts: parts) { part in
        let imageSize = t.inputHeight &* t.inputWidth &* t.inputChannels
        (dx.base + images[part].lowerBound &* imageSize).update(repeating: 0, count: images[part].count &* imageSize)
        dataGradientTiles(
            t, outputGradient: dy.base, reluOutput: mask?.base, transformedFilter: u.base, filterStride: filterStride,
            inputGradient: dx.base, tiles: (images[part].lowerBound &* t.tilesPerImage)..<(images[part].upperBound &* t.tilesPerImage))
    }
}

/// For each chunk of tiles: transform the output-gradient blocks, multiply point by point by the
/// transposed filter points, add the windows' gradients into `inputGradient`.
private func dataGradientTiles(
    _ t: WinogradTiling, outputGradient: UnsafePointer<Float>, reluOutput: UnsafePointer<Float>?,
    transformedFilter: UnsafePointer<Float>, filterStride: Int, inputGradient: UnsafeMutablePointer<Float>, tiles: Range<Int>
) {
    let c = t.inputChannels, f = t.outputChannels
    WinogradScratch.forEachChunk(t, tiles: tiles) { scratch, chunk, inputStride, gradientStride in
        for (i, tile) in chunk.enumerated() {
            scratch.gatherBlock(t, tile: tile, outputGradient: outputGradient, reluOutput: reluOutput)
            winogradTransformOutputGradient(
                scratch.taps, reluOutputs: reluOutput == nil ? nil : scratch.reluTaps, channels: f,
                into: scratch.products + i &* f, pointStride: gradientStride, biasSum: nil, rows: scratch.rows)
        }
        for point in 0..<Winograd.points {
            rowMajorSGEMM(
                transposeB: true, m: chunk.count, n: c, k: f, a: scratch.products + point &* gradientStride, lda: f,
                b: transformedFilter + point &* filterStride, ldb: f, c: scratch.transformed + point &* inputStride, ldc: c)
        }
        for (i, tile) in chunk.enumerated() {
            scratch.locateWindow(t, tile: tile, inputGradient: inputGradient)
            winogradAddInputGradient(
                scratch.transformed + i &* c, pointStride: inputStride, channels: c, targets: scratch.targets, rows: scratch.rows)
        }
    }
}
