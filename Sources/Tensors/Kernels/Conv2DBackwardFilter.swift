/// Gradient of a 2-D convolution with respect to its filter (and bias):
/// `filterGradient = im2col(input)ᵀ · outputGradient`, `biasGradient = Σ outputGradient` over pixels.
///
/// - `input`: `N·H·W·C` floats (the forward input); `outputGradient`: `N·OH·OW·F`;
///   `filterGradient`: room for `KH·KW·C·F` floats, overwritten; `biasGradient`: `F` floats,
///   overwritten, or nil when there is no bias.
///
///     conv2DBackwardFilter(g, input: x, outputGradient: dy, filterGradient: dw, biasGradient: db)
///
/// Each part of the pixels is reduced into a private partial sum; the partials are added at the end.
package func conv2DBackwardFilter(
    _ g: Conv2DGeometry, input: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
    filterGradient: UnsafeMutablePointer<Float>, biasGradient: UnsafeMutablePointer<Float>?
) {
    let rows = g.patchCount
    // Every part beyond the first costs a partial filter gradient to add up, so each part
    // needs enough rows to pay for it.
    let parts = KernelThreads.parts(flops: g.flopsPerPass, units: rows / 256)
    let ranges = KernelThreads.split(rows, into: parts)
    let filterCount = g.filterCount, f = g.outputChannels
    // Part 0 sums straight into the caller's buffers; the others into slices of `partials`.
    let partialStride = filterCount &+ f
    let partials = UnsafeMutablePointer<Float>.allocate(capacity: max(parts &- 1, 0) &* partialStride)
    defer { partials.deallocate() }
    let biasScratch = UnsafeMutablePointer<Float>.allocate(capacity: f)
    defer { biasScratch.deallocate() }
    let x = SharedPointer(input), dy = SharedPointer(outputGradient)
    let dw = SharedPointer(filterGradient), db = SharedPointer(biasGradient ?? biasScratch)
    let shared = SharedPointer(partials)
    KernelThreads.run(parts: parts) { part in
        let filterSum = part == 0 ? dw.base : shared.base + (part &- 1) &* partialStride
        let biasSum = part == 0 ? db.base : filterSum + filterCount
        backwardFilterRows(
            g, input: x.base, outputGradient: dy.base, filterSum: filterSum, biasSum: biasSum,
            rows: ranges[part])
    }
    for part in 1..<max(parts, 1) {
        let partial = partials + (part &- 1) &* partialStride
        addFloats(filterGradient, partial, filterCount)
        if let biasGradient { addFloats(biasGradient, partial + filterCount, f) }
    }
}

private func backwardFilterRows(
    _ g: Conv2DGeometry, input: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
    filterSum: UnsafeMutablePointer<Float>, biasSum: UnsafeMutablePointer<Float>, rows: Range<Int>
) {
    let k = g.patchSize, f = g.outputChannels
    biasSum.update(repeating: 0, count: f)
    if rows.isEmpty {
        filterSum.update(repeating: 0, count: k &* f)
        return
    }
    let chunk = ConvChunking.rows(g)
    let columns = g.isPointwise ? nil : UnsafeMutablePointer<Float>.allocate(capacity: min(chunk, rows.count) &* k)
    defer { columns?.deallocate() }
    var beta: Float = 0
    for start in stride(from: rows.lowerBound, to: rows.upperBound, by: chunk) {
        let count = min(chunk, rows.upperBound &- start)
        var patches = input + start &* k
        if let columns {
            im2col(g, input: input, firstRow: start, rowCount: count, columns: columns)
            patches = UnsafePointer(columns)
        }
        let gradient = outputGradient + start &* f
        rowMajorSGEMM(
            transposeA: true, m: k, n: f, k: count, a: patches, lda: k,
            b: gradient, ldb: f, beta: beta, c: filterSum, ldc: f)
        // Summed right after sgemm read the same rows, while they are still in cache.
        sumRows(gradient, rows: count, channels: f, into: biasSum)
        beta = 1
    }
}
