/// Gradient of a 2-D convolution with respect to its input:
/// `inputGradient = col2im(outputGradient · filterᵀ)`.
///
/// - `outputGradient`: `N·OH·OW·F` floats; `filter`: `KH·KW·C·F`;
///   `inputGradient`: room for `N·H·W·C` floats, overwritten.
///
///     conv2DBackwardData(g, outputGradient: dy, filter: w, inputGradient: dx)
///
/// Parts own whole images, because the windows of one image overlap when added back.
package func conv2DBackwardData(
    _ g: Conv2DGeometry, outputGradient: UnsafePointer<Float>, filter: UnsafePointer<Float>,
    inputGradient: UnsafeMutablePointer<Float>
) {
    let parts = KernelThreads.parts(flops: g.flopsPerPass, units: g.batch)
    let ranges = KernelThreads.split(g.batch, into: parts)
    let dy = SharedPointer(outputGradient), w = SharedPointer(filter), dx = SharedPointer(inputGradient)
    KernelThreads.run(parts: parts) { part in
        backwardDataImages(g, outputGradient: dy.base, filter: w.base, inputGradient: dx.base, images: ranges[part])
    }
}

private func backwardDataImages(
    _ g: Conv2DGeometry, outputGradient: UnsafePointer<Float>, filter: UnsafePointer<Float>,
    inputGradient: UnsafeMutablePointer<Float>, images: Range<Int>
) {
    let k = g.patchSize, f = g.outputChannels
    let pixelsPerImage = g.outputHeight &* g.outputWidth
    let rows = (images.lowerBound &* pixelsPerImage)..<(images.upperBound &* pixelsPerImage)
    let chunk = ConvChunking.rows(g)
    if g.isPointwise {
        for start in stride(from: rows.lowerBound, to: rows.upperBound, by: chunk) {
            let count = min(chunk, rows.upperBound &- start)
            rowMajorSGEMM(
                transposeB: true, m: count, n: k, k: f, a: outputGradient + start &* f, lda: f,
                b: filter, ldb: f, c: inputGradient + start &* k, ldc: k)
        }
        return
    }
    let imageSize = g.inputHeight &* g.inputWidth &* g.inputChannels
    (inputGradient + images.lowerBound &* imageSize).update(repeating: 0, count: images.count &* imageSize)
    let columns = UnsafeMutablePointer<Float>.allocate(capacity: max(min(chunk, rows.count), 1) &* k)
    defer { columns.deallocate() }
    for start in stride(from: rows.lowerBound, to: rows.upperBound, by: chunk) {
        let count = min(chunk, rows.upperBound &- start)
        rowMajorSGEMM(
            transposeB: true, m: count, n: k, k: f, a: outputGradient + start &* f, lda: f,
            b: filter, ldb: f, c: columns, ldc: k)
        col2imAdding(g, columns: columns, firstRow: start, rowCount: count, inputGradient: inputGradient)
    }
}
