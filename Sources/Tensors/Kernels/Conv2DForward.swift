/// Forward 2-D convolution: `output = conv(input, filter) + bias`, NHWC, Keras filter layout.
///
/// - `input`: `N·H·W·C` floats; `filter`: `KH·KW·C·F`; `bias`: `F` floats or nil;
///   `output`: room for `g.outputCount` floats (`N·OH·OW·F`), fully overwritten.
///
///     let g = try Conv2DGeometry(inputShape: [32, 13, 13, 64], filterShape: [3, 3, 64, 64], padding: .valid)
///     conv2DForward(g, input: x, filter: w, bias: b, output: y)
///
/// Splits the output pixels into a few parts per core; each part copies L2-sized chunks of
/// patches (im2col) and multiplies them by the filter with one-thread sgemm.
package func conv2DForward(
    _ g: Conv2DGeometry, input: UnsafePointer<Float>, filter: UnsafePointer<Float>,
    bias: UnsafePointer<Float>?, output: UnsafeMutablePointer<Float>
) {
    let rows = g.patchCount
    let parts = KernelThreads.parts(flops: g.flopsPerPass, units: rows)
    let ranges = KernelThreads.split(rows, into: parts)
    let x = SharedPointer(input), w = SharedPointer(filter), y = SharedPointer(output)
    let b = bias.map { SharedPointer($0) }
    KernelThreads.run(parts: parts) { part in
        forwardRows(g, input: x.base, filter: w.base, bias: b?.base, output: y.base, rows: ranges[part])
    }
}

private func forwardRows(
    _ g: Conv2DGeometry, input: UnsafePointer<Float>, filter: UnsafePointer<Float>,
    bias: UnsafePointer<Float>?, output: UnsafeMutablePointer<Float>, rows: Range<Int>
) {
    let k = g.patchSize, f = g.outputChannels
    if g.isPointwise {
        rowMajorSGEMM(
            m: rows.count, n: f, k: k, a: input + rows.lowerBound &* k, lda: k, b: filter, ldb: f,
            c: output + rows.lowerBound &* f, ldc: f)
        if let bias { addBias(bias, to: output + rows.lowerBound &* f, rows: rows.count, channels: f) }
        return
    }
    let chunk = ConvChunking.rows(g)
    let columns = UnsafeMutablePointer<Float>.allocate(capacity: min(chunk, rows.count) &* k)
    defer { columns.deallocate() }
    for start in stride(from: rows.lowerBound, to: rows.upperBound, by: chunk) {
        let count = min(chunk, rows.upperBound &- start)
        im2col(g, input: input, firstRow: start, rowCount: count, columns: columns)
        let out = output + start &* f
        rowMajorSGEMM(m: count, n: f, k: k, a: columns, lda: k, b: filter, ldb: f, c: out, ldc: f)
        if let bias { addBias(bias, to: out, rows: count, channels: f) }
    }
}

/// Adds `bias` (`channels` floats) to each of `rows` rows of `matrix`.
@inline(__always)
private func addBias(_ bias: UnsafePointer<Float>, to matrix: UnsafeMutablePointer<Float>, rows: Int, channels: Int) {
    var row = matrix
    for _ in 0..<rows {
        for c in 0..<channels { row[c] += bias[c] }
        row += channels
    }
}
