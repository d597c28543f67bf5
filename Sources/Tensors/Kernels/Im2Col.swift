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
    visitOutputRowSegments(g, firstRow: firstRow, rowCount: rowCount) { segment in
        for kh in 0..<g.kernelHeight {
            let destination = columns + (segment.firstRowInChunk &* k &+ kh &* tapRun)
            let ih = segment.inputTop &+ kh
            guard ih >= 0 && ih < g.inputHeight else {
                for r in 0..<segment.columns.count { (destination + r &* k).update(repeating: 0, count: tapRun) }
                continue
            }
            let inputRow = input + ((segment.image &* g.inputHeight &+ ih) &* g.inputWidth) &* channels
            for ow in segment.columns {
                let row = destination + (ow &- segment.columns.lowerBound) &* k
                let left = ow &* g.strideWidth &- g.padLeft
                if left >= 0 && left &+ g.kernelWidth <= g.inputWidth {
                    copyFloats(row, inputRow + left &* channels, tapRun)
                    continue
                }
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
    visitOutputRowSegments(g, firstRow: firstRow, rowCount: rowCount) { segment in
        for kh in 0..<g.kernelHeight {
            let ih = segment.inputTop &+ kh
            guard ih >= 0 && ih < g.inputHeight else { continue }
            let source = columns + (segment.firstRowInChunk &* k &+ kh &* tapRun)
            let inputRow = inputGradient + ((segment.image &* g.inputHeight &+ ih) &* g.inputWidth) &* channels
            for ow in segment.columns {
                let row = source + (ow &- segment.columns.lowerBound) &* k
                let left = ow &* g.strideWidth &- g.padLeft
                if left >= 0 && left &+ g.kernelWidth <= g.inputWidth {
                    addFloats(inputRow + left &* channels, row, tapRun)
                    continue
                }
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
package struct OutputRowSegment {
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
        body(OutputRowSegment(
            firstRowInChunk: row &- firstRow, image: image, inputTop: oh &* g.strideHeight &- g.padTop,
            columns: ow..<(ow &+ count)))
        row &+= count
    }
}

/// Copies `count` floats; short runs (a few channels) by hand, where `memcpy`'s call costs more than the copy.
@inline(__always)
package func copyFloats(_ destination: UnsafeMutablePointer<Float>, _ source: UnsafePointer<Float>, _ count: Int) {
    if count >= 32 {
        destination.update(from: source, count: count)
        return
    }
    var i = 0
    while i &+ 4 <= count {
        UnsafeMutableRawPointer(destination + i).storeBytes(
            of: UnsafeRawPointer(source + i).loadUnaligned(as: SIMD4<Float>.self), as: SIMD4<Float>.self)
        i &+= 4
    }
    while i < count {
        destination[i] = source[i]
        i &+= 1
    }
}

/// `destination[i] += source[i]` for `i < count`.
@inline(__always)
package func addFloats(_ destination: UnsafeMutablePointer<Float>, _ source: UnsafePointer<Float>, _ count: Int) {
    var i = 0
    while i &+ 4 <= count {
        let sum = UnsafeRawPointer(destination + i).loadUnaligned(as: SIMD4<Float>.self)
            + UnsafeRawPointer(source + i).loadUnaligned(as: SIMD4<Float>.self)
        UnsafeMutableRawPointer(destination + i).storeBytes(of: sum, as: SIMD4<Float>.self)
        i &+= 4
    }
    while i < count {
        destination[i] += source[i]
        i &+= 1
    }
}
