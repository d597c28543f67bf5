/// Average pooling forward: each output is the mean of its window's input values; with `same`
/// padding the padded taps are left out of the count, as in TensorFlow.
///
/// - `input`: `N·H·W·C` floats; `output`: room for `g.outputCount` floats, overwritten.
///
///     let g = try Pool2DGeometry(inputShape: [8, 7, 7, 16], poolSize: (2, 2), padding: .same)
///     avgPool2DForward(g, input: x, output: y)
package func avgPool2DForward(_ g: Pool2DGeometry, input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>) {
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
                out.update(repeating: 0, count: c)
                for ih in window.rows {
                    for iw in window.columns {
                        addFloats(out, imageInput + (ih &* g.inputWidth &+ iw) &* c, c)
                    }
                }
                let scale = 1 / Float(window.rows.count &* window.columns.count)
                for ch in 0..<c { out[ch] *= scale }
                out += c
            }
        }
    }
}

/// Average pooling backward: spreads each output gradient evenly over the input taps of its
/// window (padding taps excluded, matching ``avgPool2DForward(_:input:output:)``).
///
/// - `outputGradient`: `N·OH·OW·C` floats; `inputGradient`: room for `N·H·W·C`, overwritten.
///
///     avgPool2DBackward(g, outputGradient: dy, inputGradient: dx)
package func avgPool2DBackward(
    _ g: Pool2DGeometry, outputGradient: UnsafePointer<Float>, inputGradient: UnsafeMutablePointer<Float>
) {
    let parts = g.parts(units: g.batch)
    let ranges = KernelThreads.split(g.batch, into: parts)
    let dy = SharedPointer(outputGradient), dx = SharedPointer(inputGradient)
    KernelThreads.run(parts: parts) { part in
        let c = g.channels
        let imageSize = g.inputHeight &* g.inputWidth &* c
        let share = UnsafeMutablePointer<Float>.allocate(capacity: c)
        defer { share.deallocate() }
        for image in ranges[part] {
            let imageGradient = dx.base + image &* imageSize
            imageGradient.update(repeating: 0, count: imageSize)
            var gradient = dy.base + image &* g.outputHeight &* g.outputWidth &* c
            for oh in 0..<g.outputHeight {
                for ow in 0..<g.outputWidth {
                    let window = g.window(outputRow: oh, outputColumn: ow)
                    let scale = 1 / Float(window.rows.count &* window.columns.count)
                    for ch in 0..<c { share[ch] = gradient[ch] * scale }
                    for ih in window.rows {
                        for iw in window.columns {
                            addFloats(imageGradient + (ih &* g.inputWidth &+ iw) &* c, share, c)
                        }
                    }
                    gradient += c
                }
            }
        }
    }
}
