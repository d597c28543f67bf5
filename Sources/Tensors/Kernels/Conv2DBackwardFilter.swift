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
    let parts = KernelThreads.parts(flops: g.flopsPerPass, units: rows)
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
    sumRows(outputGradient + rows.lowerBound &* f, rows: rows.count, channels: f, into: biasSum)
    if g.isPointwise || rows.isEmpty {
        if rows.isEmpty { filterSum.update(repeating: 0, count: k &* f); return }
        rowMajorSGEMM(
            transposeA: true, m: k, n: f, k: rows.count, a: input + rows.lowerBound &* k, lda: k,
            b: outputGradient + rows.lowerBound &* f, ldb: f, c: filterSum, ldc: f)
        return
    }
    let chunk = ConvChunking.rows(g)
    let columns = UnsafeMutablePointer<Float>.allocate(capacity: min(chunk, rows.count) &* k)
    defer { columns.deallocate() }
    var beta: Float = 0
    for start in stride(from: rows.lowerBound, to: rows.upperBound, by: chunk) {
        let count = min(chunk, rows.upperBound &- start)
        im2col(g, input: input, firstRow: start, rowCount: count, columns: columns)
        rowMajorSGEMM(
            transposeA: true, m: k, n: f, k: count, a: columns, lda: k,
            b: outputGradient + start &* f, ldb: f, beta: beta, c: filterSum, ldc: f)
        beta = 1
    }
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
