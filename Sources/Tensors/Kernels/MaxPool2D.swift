/// Max pooling forward: each output is the maximum of its window (padding never wins).
///
/// - `input`: `N·H·W·C` floats; `output`: room for `g.outputCount` floats, overwritten.
///
///     let g = try Pool2DGeometry(inputShape: [32, 26, 26, 64], poolSize: (2, 2), padding: .valid)
///     maxPool2DForward(g, input: x, output: y)
package func maxPool2DForward(_ g: Pool2DGeometry, input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>) {
    let rows = g.batch &* g.outputHeight
    let parts = g.parts(units: rows)
    let ranges = KernelThreads.split(rows, into: parts)
    let x = SharedPointer(input), y = SharedPointer(output)
    KernelThreads.run(parts: parts) { part in
        let c = g.channels
        for row in ranges[part] {
            let image = row / g.outputHeight, oh = row % g.outputHeight
            let imageInput = x.base + image &* g.inputHeight &* g.inputWidth &* c
            var out = y.base + row &* g.outputWidth &* c
            for ow in 0..<g.outputWidth {
                let window = g.window(outputRow: oh, outputColumn: ow)
                var first = true
                for ih in window.rows {
                    for iw in window.columns {
                        let tap = imageInput + (ih &* g.inputWidth &+ iw) &* c
                        if first {
                            copyFloats(out, tap, c)
                            first = false
                        } else {
                            for ch in 0..<c where tap[ch] > out[ch] { out[ch] = tap[ch] }
                        }
                    }
                }
                out += c
            }
        }
    }
}

/// Max pooling backward: routes each output gradient to the input position that held its
/// window's maximum (the first one, in row-major window order, on ties), found again from `input`.
///
/// - `input`: the forward input, `N·H·W·C`; `outputGradient`: `N·OH·OW·C`;
///   `inputGradient`: room for `N·H·W·C` floats, overwritten.
///
///     maxPool2DBackward(g, input: x, outputGradient: dy, inputGradient: dx)
package func maxPool2DBackward(
    _ g: Pool2DGeometry, input: UnsafePointer<Float>, outputGradient: UnsafePointer<Float>,
    inputGradient: UnsafeMutablePointer<Float>
) {
    let parts = g.parts(units: g.batch)
    let ranges = KernelThreads.split(g.batch, into: parts)
    let x = SharedPointer(input), dy = SharedPointer(outputGradient), dx = SharedPointer(inputGradient)
    KernelThreads.run(parts: parts) { part in
        let c = g.channels
        let imageSize = g.inputHeight &* g.inputWidth &* c
        let best = UnsafeMutablePointer<Float>.allocate(capacity: c)
        let bestOffset = UnsafeMutablePointer<Int>.allocate(capacity: c)
        defer { best.deallocate(); bestOffset.deallocate() }
        for image in ranges[part] {
            let imageInput = x.base + image &* imageSize
            let imageGradient = dx.base + image &* imageSize
            imageGradient.update(repeating: 0, count: imageSize)
            var gradient = dy.base + image &* g.outputHeight &* g.outputWidth &* c
            for oh in 0..<g.outputHeight {
                for ow in 0..<g.outputWidth {
                    let window = g.window(outputRow: oh, outputColumn: ow)
                    var first = true
                    for ih in window.rows {
                        for iw in window.columns {
                            let offset = (ih &* g.inputWidth &+ iw) &* c
                            let tap = imageInput + offset
                            if first {
                                for ch in 0..<c { best[ch] = tap[ch]; bestOffset[ch] = offset &+ ch }
                                first = false
                            } else {
                                for ch in 0..<c where tap[ch] > best[ch] {
                                    best[ch] = tap[ch]
                                    bestOffset[ch] = offset &+ ch
                                }
                            }
                        }
                    }
                    for ch in 0..<c { imageGradient[bestOffset[ch]] += gradient[ch] }
                    gradient += c
                }
            }
        }
    }
}
