/// Max pooling forward: each output is the maximum of its window (padding never wins).
///
/// - `input`: `N·H·W·C` floats; `output`: room for `g.outputCount` floats, overwritten;
///   `winners`: nil, or room for `g.outputCount` indices that receive, per output, the position
///   in its (clipped, row-major) window of the input that won — the first one on ties — for
///   ``maxPool2DBackward(_:winners:outputGradient:inputGradient:)``.
///
///     let g = try Pool2DGeometry(inputShape: [32, 26, 26, 64], poolSize: (2, 2), padding: .valid)
///     maxPool2DForward(g, input: x, output: y, winners: w)
package func maxPool2DForward(
    _ g: Pool2DGeometry, input: UnsafePointer<Float>, output: UnsafeMutablePointer<Float>,
    winners: UnsafeMutablePointer<Int32>? = nil
) {
    let rows = g.batch &* g.outputHeight
    let parts = g.parts(units: rows)
    let ranges = KernelThreads.split(rows, into: parts)
    let x = SharedPointer(input), y = SharedPointer(output), won = winners.map { SharedPointer($0) }
    KernelThreads.run(parts: parts) { part in
        let c = g.channels
        for row in ranges[part] {
            let image = row / g.outputHeight, oh = row % g.outputHeight
            let imageInput = x.base + image &* g.inputHeight &* g.inputWidth &* c
            let first = row &* g.outputWidth &* c
            var out = y.base + first
            var winner = won.map { $0.base + first }
            for ow in 0..<g.outputWidth {
                let window = g.window(outputRow: oh, outputColumn: ow)
                var tap: Int32 = 0
                for ih in window.rows {
                    for iw in window.columns {
                        let source = imageInput + (ih &* g.inputWidth &+ iw) &* c
                        if tap == 0 {
                            copyFloats(out, source, c)
                            winner?.update(repeating: 0, count: c)
                        } else if let winner {
                            trackMaxima(out, winner, source, tap, c)
                        } else {
                            maxFloats(out, source, c)
                        }
                        tap &+= 1
                    }
                }
                out += c
                winner = winner.map { $0 + c }
            }
        }
    }
}

/// Max pooling backward: routes each output gradient to the input that won its window in the
/// forward pass (`winners`, as recorded by ``maxPool2DForward(_:input:output:winners:)``).
/// Disjoint windows (stride ≥ pool, as in `MaxPooling2D(2, 2)`) write each input once instead of
/// zeroing and scattering.
///
/// - `winners`, `outputGradient`: `N·OH·OW·C`; `inputGradient`: room for `N·H·W·C` floats, overwritten.
///
///     maxPool2DBackward(g, winners: w, outputGradient: dy, inputGradient: dx)
package func maxPool2DBackward(
    _ g: Pool2DGeometry, winners: UnsafePointer<Int32>, outputGradient: UnsafePointer<Float>,
    inputGradient: UnsafeMutablePointer<Float>
) {
    // Overlapping windows add into shared inputs, so their parts own whole images.
    let rowsPerImage = g.windowsAreDisjoint ? g.outputHeight : 1
    let units = g.batch &* rowsPerImage
    let parts = g.parts(units: units)
    let ranges = KernelThreads.split(units, into: parts)
    let won = SharedPointer(winners), dy = SharedPointer(outputGradient), dx = SharedPointer(inputGradient)
    KernelThreads.run(parts: parts) { part in
        let c = g.channels
        let imageSize = g.inputHeight &* g.inputWidth &* c
        for unit in ranges[part] {
            let image = unit / rowsPerImage
            let imageGradient = dx.base + image &* imageSize
            let outputRows = g.windowsAreDisjoint ? (unit % rowsPerImage)..<(unit % rowsPerImage &+ 1) : 0..<g.outputHeight
            if !g.windowsAreDisjoint {
                imageGradient.update(repeating: 0, count: imageSize)
            } else if !g.windowsCoverEachInputOnce {
                zeroUncoveredInputs(g, rows: outputRows, imageGradient: imageGradient)
            }
            for oh in outputRows {
                let first = ((image &* g.outputHeight &+ oh) &* g.outputWidth) &* c
                var gradient = dy.base + first, winner = won.base + first
                for ow in 0..<g.outputWidth {
                    let window = g.window(outputRow: oh, outputColumn: ow)
                    var tap: Int32 = 0
                    for ih in window.rows {
                        for iw in window.columns {
                            let destination = imageGradient + (ih &* g.inputWidth &+ iw) &* c
                            if g.windowsAreDisjoint {
                                writeRouted(destination, gradient, winner, tap, c)
                            } else {
                                addRouted(destination, gradient, winner, tap, c)
                            }
                            tap &+= 1
                        }
                    }
                    gradient += c
                    winner += c
                }
            }
        }
    }
}

/// Zeroes the input rows that windows of output rows `rows` pass over without covering (with
/// stride > pool, or `valid` windows that stop short of the last rows or columns).
private func zeroUncoveredInputs(_ g: Pool2DGeometry, rows: Range<Int>, imageGradient: UnsafeMutablePointer<Float>) {
    let c = g.channels
    for oh in rows {
        // Each output row owns the input rows from its window's top to the next window's top.
        let top = oh == 0 ? 0 : g.window(outputRow: oh, outputColumn: 0).rows.lowerBound
        let end = oh == g.outputHeight &- 1 ? g.inputHeight : g.window(outputRow: oh &+ 1, outputColumn: 0).rows.lowerBound
        if top < end { (imageGradient + top &* g.inputWidth &* c).update(repeating: 0, count: (end &- top) &* g.inputWidth &* c) }
    }
}

/// `destination[i] = max(destination[i], source[i])` for `i < count`.
@inline(__always)
private func maxFloats(_ destination: UnsafeMutablePointer<Float>, _ source: UnsafePointer<Float>, _ count: Int) {
    var i = 0
    while i &+ 8 <= count {
        let a = UnsafeRawPointer(destination + i).loadUnaligned(as: SIMD8<Float>.self)
        let b = UnsafeRawPointer(source + i).loadUnaligned(as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(destination + i).storeBytes(of: a.replacing(with: b, where: b .> a), as: SIMD8<Float>.self)
        i &+= 8
    }
    while i < count {
        if source[i] > destination[i] { destination[i] = source[i] }
        i &+= 1
    }
}

/// Where `source[i] > best[i]`, takes `source[i]` as the new maximum and `tap` as its winner.
@inline(__always)
private func trackMaxima(
    _ best: UnsafeMutablePointer<Float>, _ winner: UnsafeMutablePointer<Int32>,
    _ source: UnsafePointer<Float>, _ tap: Int32, _ count: Int
) {
    var i = 0
    let candidate = SIMD8<Int32>(repeating: tap)
    while i &+ 8 <= count {
        let a = UnsafeRawPointer(best + i).loadUnaligned(as: SIMD8<Float>.self)
        let b = UnsafeRawPointer(source + i).loadUnaligned(as: SIMD8<Float>.self)
        let w = UnsafeRawPointer(winner + i).loadUnaligned(as: SIMD8<Int32>.self)
        let greater = b .> a
        UnsafeMutableRawPointer(best + i).storeBytes(of: a.replacing(with: b, where: greater), as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(winner + i).storeBytes(of: w.replacing(with: candidate, where: greater), as: SIMD8<Int32>.self)
        i &+= 8
    }
    while i < count {
        if source[i] > best[i] {
            best[i] = source[i]
            winner[i] = tap
        }
        i &+= 1
    }
}

/// For `i < count`: `destination[i] = gradient[i]` where `winner[i] == tap`, else 0.
@inline(__always)
private func writeRouted(
    _ destination: UnsafeMutablePointer<Float>, _ gradient: UnsafePointer<Float>,
    _ winner: UnsafePointer<Int32>, _ tap: Int32, _ count: Int
) {
    var i = 0
    let wanted = SIMD8<Int32>(repeating: tap)
    while i &+ 8 <= count {
        let chosen = UnsafeRawPointer(winner + i).loadUnaligned(as: SIMD8<Int32>.self) .== wanted
        let value = UnsafeRawPointer(gradient + i).loadUnaligned(as: SIMD8<Float>.self)
        UnsafeMutableRawPointer(destination + i).storeBytes(
            of: SIMD8<Float>.zero.replacing(with: value, where: chosen), as: SIMD8<Float>.self)
        i &+= 8
    }
    while i < count {
        destination[i] = winner[i] == tap ? gradient[i] : 0
        i &+= 1
    }
}

/// For `i < count`: `destination[i] += gradient[i]` where `winner[i] == tap`.
@inline(__always)
private func addRouted(
    _ destination: UnsafeMutablePointer<Float>, _ gradient: UnsafePointer<Float>,
    _ winner: UnsafePointer<Int32>, _ tap: Int32, _ count: Int
) {
    for i in 0..<count where winner[i] == tap { destination[i] += gradient[i] }
}
