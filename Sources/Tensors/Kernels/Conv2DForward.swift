/// Forward 2-D convolution: `output = conv(input, filter) + bias`, NHWC, Keras filter layout,
/// then max(·, 0) when `relu` is true (applied per chunk while the rows are still in cache).
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
    bias: UnsafePointer<Float>?, relu: Bool = false, output: UnsafeMutablePointer<Float>
) {
    let rows = g.patchCount
    // sgemm packs the whole filter once per call, so parts of fewer rows would mostly pack.
    let parts = KernelThreads.parts(flops: g.flopsPerPass, units: rows / ConvChunking.minimumRows)
    let ranges = KernelThreads.split(rows, into: parts)
    let x = SharedPointer(input), w = SharedPointer(filter), y = SharedPointer(output)
    let b = bias.map { SharedPointer($0) }
    KernelThreads.run(parts: parts) { part in
        forwardRows(g, input: x.base, filter: w.base, bias: b?.base, relu: relu, output: y.base, rows: ranges[part])
    }
}

private func forwardRows(
    _ g: Conv2DGeometry, input: UnsafePointer<Float>, filter: UnsafePointer<Float>,
    bias: UnsafePointer<Float>?, relu: Bool, output: UnsafeMutablePointer<Float>, rows: Range<Int>
) {
    let k = g.patchSize, f = g.outputChannels
    let chunk = ConvChunking.rows(g)
    let columns = g.isPointwise ? nil : UnsafeMutablePointer<Float>.allocate(capacity: min(chunk, rows.count) &* k)
    defer { columns?.deallocate() }
    for start in stride(from: rows.lowerBound, to: rows.upperBound, by: chunk) {
        let count = min(chunk, rows.upperBound &- start)
        var patches = input + start &* k
        if let columns {
            im2col(g, input: input, firstRow: start, rowCount: count, columns: columns)
            patches = UnsafePointer(columns)
        }
        let out = output + start &* f
        // Starting from the bias with beta = 1 spares sgemm its zeroing pass and us a bias pass.
        if let bias { fillRows(out, with: bias, rows: count, channels: f) }
        rowMajorSGEMM(
            m: count, n: f, k: k, a: patches, lda: k, b: filter, ldb: f, beta: bias == nil ? 0 : 1, c: out, ldc: f)
        if relu { applyRelu(out, count: count &* f) }
    }
}
