/// Copies rows `firstRow ..< firstRow + rowCount` of the im2col matrix of `input` into `columns`.
///
/// Row `m` of the matrix is output pixel `(n, oh, ow)` in NHWC order; its `KH·KW·C` columns are
/// the input taps in filter order `(kh, kw, c)`, zero where the window lies in the padding.
/// `columns` must hold `rowCount · patchSize` floats.
package func im2col(
    _ g: Conv2DGeometry, input: UnsafePointer<Float>,
    firstRow: Int, rowCount: Int, columns: UnsafeMutablePointer<Float>
) {
    let channels = g.inputChannels, tapRun = g.kernelWidth &* channels, k = g.patchSize
    let interior = interiorOutputColumns(g)
    visitOutputRowSegments(g, firstRow: firstRow, rowCount: rowCount) { segment in
        for kh in 0..<g.kernelHeight {
            let destination = columns + (segment.firstRowInChunk &* k &+ kh &* tapRun)
            let ih = segment.inputTop &+ kh
            guard ih >= 0 && ih < g.inputHeight else {
                for r in 0..<segment.columns.count { (destination + r &* k).update(repeating: 0, count: tapRun) }
                continue
            }
            let inputRow = input + ((segment.image &* g.inputHeight &+ ih) &* g.inputWidth) &* channels
            let inside = overlap(segment.columns, interior)
            let firstInteriorRow = destination + (inside.lowerBound &- segment.columns.lowerBound) &* k
            let firstTap = inputRow + (inside.lowerBound &* g.strideWidth &- g.padLeft) &* channels
            copyRuns(firstInteriorRow, stride: k, from: firstTap, stride: g.strideWidth &* channels, runLength: tapRun, runs: inside.count)
            forEachBorderColumn(segment.columns, inside) { ow in
                let row = destination + (ow &- segment.columns.lowerBound) &* k
                let left = ow &* g.strideWidth &- g.padLeft
                for kw in 0..<g.kernelWidth {
                    let iw = left &+ kw
                    if iw >= 0 && iw < g.inputWidth {
                        copyFloats(row + kw &* channels, inputRow + iw &* channels, channels)
                    } else {
                        (row + kw &* channels).update(repeating: 0, count: channels)
                    }
                }
            }
        }
    }
}

/// Adds rows `firstRow ..< firstRow + rowCount` of an im2col-shaped gradient `columns` back onto
/// the input pixels they were copied from (the adjoint of ``im2col``); taps in the padding are dropped.
///
/// `inputGradient` accumulates: zero it first. Rows handled concurrently must belong to
/// different images, since neighbouring windows of one image overlap.
package func col2imAdding(
    _ g: Conv2DGeometry, columns: UnsafePointer<Float>,
    firstRow: Int, rowCount: Int, inputGradient: UnsafeMutablePointer<Float>
) {
    let channels = g.inputChannels, tapRun = g.kernelWidth &* channels, k = g.patchSize
    let interior = interiorOutputColumns(g)
    visitOutputRowSegments(g, firstRow: firstRow, rowCount: rowCount) { segment in
        for kh in 0..<g.kernelHeight {
            let ih = segment.inputTop &+ kh
            guard ih >= 0 && ih < g.inputHeight else { continue }
            let source = columns + (segment.firstRowInChunk &* k &+ kh &* tapRun)
            let inputRow = inputGradient + ((segment.image &* g.inputHeight &+ ih) &* g.inputWidth) &* channels
            let inside = overlap(segment.columns, interior)
            let firstInteriorRow = source + (inside.lowerBound &- segment.columns.lowerBound) &* k
            let firstTap = inputRow + (inside.lowerBound &* g.strideWidth &- g.padLeft) &* channels
            addRuns(firstTap, stride: g.strideWidth &* channels, from: firstInteriorRow, stride: k, runLength: tapRun, runs: inside.count)
            forEachBorderColumn(segment.columns, inside) { ow in
                let row = source + (ow &- segment.columns.lowerBound) &* k
                let left = ow &* g.strideWidth &- g.padLeft
                for kw in 0..<g.kernelWidth {
                    let iw = left &+ kw
                    if iw >= 0 && iw < g.inputWidth {
                        addFloats(inputRow + iw &* channels, row + kw &* channels, channels)
                    }
                }
            }
        }
    }
}

/// A run of consecutive patch rows that share one output row `(image, oh)`.
private struct OutputRowSegment {
    /// Index of the segment's first patch row within the chunk.
    let firstRowInChunk: Int
    let image: Int
    /// Input row of the windows' top taps (negative inside the top padding).
    let inputTop: Int
    /// The output columns `ow` of the segment.
    let columns: Range<Int>
}

/// Calls `body` for each output-row segment of patch rows `firstRow ..< firstRow + rowCount`, in order.
@inline(__always)
private func visitOutputRowSegments(
    _ g: Conv2DGeometry, firstRow: Int, rowCount: Int, _ body: (OutputRowSegment) -> Void
) {
    var row = firstRow
    let end = firstRow &+ rowCount
    while row < end {
        let outputRow = row / g.outputWidth
        let ow = row &- outputRow &* g.outputWidth
        let count = min(g.outputWidth &- ow, end &- row)
        let image = outputRow / g.outputHeight, oh = outputRow &- image &* g.outputHeight
        body(
            OutputRowSegment(
                firstRowInChunk: row &- firstRow, image: image, inputTop: oh &* g.strideHeight &- g.padTop,
                columns: ow..<(ow &+ count)))
        row &+= count
    }
}

/// The part of `columns` inside `interior`; when empty, it sits at `columns.upperBound`.
@inline(__always)
private func overlap(_ columns: Range<Int>, _ interior: Range<Int>) -> Range<Int> {
    let lower = max(columns.lowerBound, interior.lowerBound), upper = min(columns.upperBound, interior.upperBound)
    return lower < upper ? lower..<upper : columns.upperBound..<columns.upperBound
}

/// Calls `body(ow)` for the columns of `columns` left and right of `inside` (from ``overlap(_:_:)``).
@inline(__always)
private func forEachBorderColumn(_ columns: Range<Int>, _ inside: Range<Int>, _ body: (Int) -> Void) {
    for ow in columns.lowerBound..<inside.lowerBound { body(ow) }
    for ow in inside.upperBound..<columns.upperBound { body(ow) }
}

/// The output columns whose windows lie entirely inside the input (no left or right padding taps).
@inline(__always)
private func interiorOutputColumns(_ g: Conv2DGeometry) -> Range<Int> { g.interiorOutputColumns }

/// Copies `runs` runs of `runLength` floats, stepping `destinationStride` and `sourceStride` floats.
@inline(__always)
private func copyRuns(
    _ destination: UnsafeMutablePointer<Float>, stride destinationStride: Int,
    from source: UnsafePointer<Float>, stride sourceStride: Int, runLength: Int, runs: Int
) {
    var d = destination, s = source
    if runLength >= 32 {
        for _ in 0..<runs {
            d.update(from: s, count: runLength)
            d += destinationStride
            s += sourceStride
        }
    } else {
        // A plain loop beats memcpy's call and SIMD tails on the few floats of 1–3 channel images.
        for _ in 0..<runs {
            for i in 0..<runLength { d[i] = s[i] }
            d += destinationStride
            s += sourceStride
        }
    }
}

/// Adds `runs` runs of `runLength` floats from `source` onto `destination`, stepping each stride.
@inline(__always)
private func addRuns(
    _ destination: UnsafeMutablePointer<Float>, stride destinationStride: Int,
    from source: UnsafePointer<Float>, stride sourceStride: Int, runLength: Int, runs: Int
) {
    var d = destination, s = source
    for _ in 0..<runs {
        for i in 0..<runLength { d[i] += s[i] }
        d += destinationStride
        s += sourceStride
    }
}
