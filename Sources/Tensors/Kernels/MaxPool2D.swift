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
                            maxFloats(out, tap, c)
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
/// Disjoint windows (stride ≥ pool, as in `MaxPooling2D(2, 2)`) write each input once instead of
/// zeroing and scattering.
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
        let bestOffset = UnsafeMutablePointer<Int32>.allocate(capacity: c)
        defer { best.deallocate(); bestOffset.deallocate() }
        for image in ranges[part] {
            let imageInput = x.base + image &* imageSize
            let imageGradient = dx.base + image &* imageSize
            if !g.windowsCoverEachInputOnce { imageGradient.update(repeating: 0, count: imageSize) }
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
                                copyFloats(best, tap, c)
                                for ch in 0..<c { bestOffset[ch] = Int32(truncatingIfNeeded: offset &+ ch) }
                                first = false
                            } else {
                                trackMaxima(best, bestOffset, tap, Int32(truncatingIfNeeded: offset), c)
                            }
                        }
                    }
                    if g.windowsAreDisjoint {
                        for ih in window.rows {
                            for iw in window.columns {
                                let offset = (ih &* g.inputWidth &+ iw) &* c
                                writeRouted(imageGradient + offset, gradient, bestOffset, Int32(truncatingIfNeeded: offset), c)
                            }
                        }
                    } else {
                        for ch in 0..<c { imageGradient[Int(bestOffset[ch])] += gradient[ch] }
                    }
                    gradient += c
                }
            }
        }
    }
}

/// `destination[i] = max(destination[i], source[i])` for `i < count`.
@inline(__always)
private func maxFloats(_ destination: UnsafeMutablePointer<Float>, _ source: UnsafePointer<Float>, _ count: Int) {
    var i = 0
    while i &+ 4 <= count {
        let a = UnsafeRawPointer(destination + i).loadUnaligned(as: SIMD4<Float>.self)
        let b = UnsafeRawPointer(source + i).loadUnaligned(as: SIMD4<Float>.self)
        UnsafeMutableRawPointer(destination + i).storeBytes(of: a.replacing(with: b, where: b .> a), as: SIMD4<Float>.self)
        i &+= 4
    }
    while i < count {
        if source[i] > destination[i] { destination[i] = source[i] }
        i &+= 1
    }
}

/// Where `tap[i] > best[i]`, takes `tap[i]` as the new maximum and `offset + i` as its position.
@inline(__always)
private func trackMaxima(
    _ best: UnsafeMutablePointer<Float>, _ bestOffset: UnsafeMutablePointer<Int32>,
    _ tap: UnsafePointer<Float>, _ offset: Int32, _ count: Int
) {
    var i = 0
    let lanes = SIMD4<Int32>(0, 1, 2, 3)
    while i &+ 4 <= count {
        let a = UnsafeRawPointer(best + i).loadUnaligned(as: SIMD4<Float>.self)
        let b = UnsafeRawPointer(tap + i).loadUnaligned(as: SIMD4<Float>.self)
        let o = UnsafeRawPointer(bestOffset + i).loadUnaligned(as: SIMD4<Int32>.self)
        let greater = b .> a
        UnsafeMutableRawPointer(best + i).storeBytes(of: a.replacing(with: b, where: greater), as: SIMD4<Float>.self)
        let candidate = lanes &+ (offset &+ Int32(truncatingIfNeeded: i))
        UnsafeMutableRawPointer(bestOffset + i).storeBytes(
            of: o.replacing(with: candidate, where: greater), as: SIMD4<Int32>.self)
        i &+= 4
    }
    while i < count {
        if tap[i] > best[i] {
            best[i] = tap[i]
            bestOffset[i] = offset &+ Int32(truncatingIfNeeded: i)
        }
        i &+= 1
    }
}

/// For `i < count`: `destination[i] = gradient[i]` if input `offset + i` is the recorded maximum, else 0.
@inline(__always)
private func writeRouted(
    _ destination: UnsafeMutablePointer<Float>, _ gradient: UnsafePointer<Float>,
    _ bestOffset: UnsafePointer<Int32>, _ offset: Int32, _ count: Int
) {
    var i = 0
    let lanes = SIMD4<Int32>(0, 1, 2, 3)
    while i &+ 4 <= count {
        let chosen = UnsafeRawPointer(bestOffset + i).loadUnaligned(as: SIMD4<Int32>.self)
            .== lanes &+ (offset &+ Int32(truncatingIfNeeded: i))
        let value = UnsafeRawPointer(gradient + i).loadUnaligned(as: SIMD4<Float>.self)
        UnsafeMutableRawPointer(destination + i).storeBytes(
            of: SIMD4<Float>(repeating: 0).replacing(with: value, where: chosen), as: SIMD4<Float>.self)
        i &+= 4
    }
    while i < count {
        destination[i] = bestOffset[i] == offset &+ Int32(truncatingIfNeeded: i) ? gradient[i] : 0
        i &+= 1
    }
}
