/// Copies rows `firstRow ..< firstRow + rowCount` of the im2col matrix of `input` into `columns`.
///
/// Row `m` of the matrix is output pixel `(n, oh, ow)` in NHWC order; its `KH·KW·C` columns are
/// the input taps in filter order `(kh, kw, c)`, zero where the window lies in the padding.
/// `columns` must hold `rowCount · patchSize` floats.
package func im2col(
    _ g: Conv2DGeometry, input: UnsafePointer<Float>,
    firstRow: Int, rowCount: Int, columns: UnsafeMutablePointer<Float>
) {
    visitPatchRows(g, firstRow: firstRow, rowCount: rowCount) { row, image, rowTop, columnLeft in
        var destination = columns + row &* g.patchSize
        let channels = g.inputChannels
        let tapRun = g.kernelWidth &* channels
        for kh in 0..<g.kernelHeight {
            let ih = rowTop &+ kh
            guard ih >= 0 && ih < g.inputHeight else {
                destination.update(repeating: 0, count: tapRun)
                destination += tapRun
                continue
            }
            let inputRow = input + ((image &* g.inputHeight &+ ih) &* g.inputWidth) &* channels
            if columnLeft >= 0 && columnLeft &+ g.kernelWidth <= g.inputWidth {
                copyFloats(destination, inputRow + columnLeft &* channels, tapRun)
            } else {
                for kw in 0..<g.kernelWidth {
                    let iw = columnLeft &+ kw
                    if iw >= 0 && iw < g.inputWidth {
                        copyFloats(destination + kw &* channels, inputRow + iw &* channels, channels)
                    } else {
                        (destination + kw &* channels).update(repeating: 0, count: channels)
                    }
                }
            }
            destination += tapRun
        }
    }
}

/// Adds rows `firstRow ..< firstRow + rowCount` of an im2col-shaped gradient `columns` back onto
/// the input pixels they were copied from (the adjoint of ``im2col``); taps in the padding are dropped.
///
/// `inputGradient` accumulates: zero it first. Rows of different workers must belong to
/// different images, since neighbouring windows of one image overlap.
package func col2imAdding(
    _ g: Conv2DGeometry, columns: UnsafePointer<Float>,
    firstRow: Int, rowCount: Int, inputGradient: UnsafeMutablePointer<Float>
) {
    visitPatchRows(g, firstRow: firstRow, rowCount: rowCount) { row, image, rowTop, columnLeft in
        var source = columns + row &* g.patchSize
        let channels = g.inputChannels
        let tapRun = g.kernelWidth &* channels
        for kh in 0..<g.kernelHeight {
            let ih = rowTop &+ kh
            guard ih >= 0 && ih < g.inputHeight else {
                source += tapRun
                continue
            }
            let inputRow = inputGradient + ((image &* g.inputHeight &+ ih) &* g.inputWidth) &* channels
            if columnLeft >= 0 && columnLeft &+ g.kernelWidth <= g.inputWidth {
                addFloats(inputRow + columnLeft &* channels, source, tapRun)
            } else {
                for kw in 0..<g.kernelWidth {
                    let iw = columnLeft &+ kw
                    if iw >= 0 && iw < g.inputWidth {
                        addFloats(inputRow + iw &* channels, source + kw &* channels, channels)
                    }
                }
            }
            source += tapRun
        }
    }
}

/// Calls `body(rowInChunk, image, topInputRow, leftInputColumn)` for each patch row in order,
/// walking `(n, oh, ow)` incrementally instead of dividing per row.
@inline(__always)
private func visitPatchRows(
    _ g: Conv2DGeometry, firstRow: Int, rowCount: Int,
    _ body: (_ row: Int, _ image: Int, _ rowTop: Int, _ columnLeft: Int) -> Void
) {
    let pixelsPerImage = g.outputHeight &* g.outputWidth
    var image = firstRow / pixelsPerImage
    var oh = (firstRow % pixelsPerImage) / g.outputWidth
    var ow = firstRow % g.outputWidth
    for row in 0..<rowCount {
        body(row, image, oh &* g.strideHeight &- g.padTop, ow &* g.strideWidth &- g.padLeft)
        ow &+= 1
        if ow == g.outputWidth {
            ow = 0
            oh &+= 1
            if oh == g.outputHeight {
                oh = 0
                image &+= 1
            }
        }
    }
}

@inline(__always)
package func copyFloats(_ destination: UnsafeMutablePointer<Float>, _ source: UnsafePointer<Float>, _ count: Int) {
    if count >= 16 {
        destination.update(from: source, count: count)
    } else {
        for i in 0..<count { destination[i] = source[i] }
    }
}

@inline(__always)
package func addFloats(_ destination: UnsafeMutablePointer<Float>, _ source: UnsafePointer<Float>, _ count: Int) {
    for i in 0..<count { destination[i] += source[i] }
}
