import Testing
@testable import Tensors

/// Direct-loop convolution and pooling in Double, written from the definitions, to check the kernels.
enum Reference {
    /// y[n,oh,ow,f] = b[f] + Σ x[n, oh·sh - padTop + kh, ow·sw - padLeft + kw, c] · w[kh,kw,c,f].
    static func convForward(_ g: Conv2DGeometry, _ x: [Float], _ w: [Float], _ b: [Float]?) -> [Double] {
        var y = [Double](repeating: 0, count: g.outputCount)
        forEachTap(g) { yIndex, xIndex, wBase in
            for f in 0..<g.outputChannels { y[yIndex + f] += Double(x[xIndex]) * Double(w[wBase + f]) }
        }
        if let b {
            for i in 0..<y.count { y[i] += Double(b[i % g.outputChannels]) }
        }
        return y
    }

    /// dw[kh,kw,c,f] = Σ over taps x[…] · dy[n,oh,ow,f]; db[f] = Σ dy[…, f].
    static func convBackwardFilter(_ g: Conv2DGeometry, _ x: [Float], _ dy: [Float]) -> (dw: [Double], db: [Double]) {
        var dw = [Double](repeating: 0, count: g.filterCount)
        forEachTap(g) { yIndex, xIndex, wBase in
            for f in 0..<g.outputChannels { dw[wBase + f] += Double(x[xIndex]) * Double(dy[yIndex + f]) }
        }
        var db = [Double](repeating: 0, count: g.outputChannels)
        for i in 0..<dy.count { db[i % g.outputChannels] += Double(dy[i]) }
        return (dw, db)
    }

    /// dx[n,ih,iw,c] = Σ over taps reaching it w[kh,kw,c,f] · dy[n,oh,ow,f].
    static func convBackwardData(_ g: Conv2DGeometry, _ dy: [Float], _ w: [Float]) -> [Double] {
        var dx = [Double](repeating: 0, count: g.inputCount)
        forEachTap(g) { yIndex, xIndex, wBase in
            for f in 0..<g.outputChannels { dx[xIndex] += Double(w[wBase + f]) * Double(dy[yIndex + f]) }
        }
        return dx
    }

    /// Calls `body(outputPixelBase, inputIndex, filterRowBase)` for every in-bounds tap and channel.
    private static func forEachTap(_ g: Conv2DGeometry, _ body: (Int, Int, Int) -> Void) {
        for n in 0..<g.batch {
            for oh in 0..<g.outputHeight {
                for ow in 0..<g.outputWidth {
                    let yBase = ((n * g.outputHeight + oh) * g.outputWidth + ow) * g.outputChannels
                    for kh in 0..<g.kernelHeight {
                        let ih = oh * g.strideHeight - g.padTop + kh
                        guard ih >= 0 && ih < g.inputHeight else { continue }
                        for kw in 0..<g.kernelWidth {
                            let iw = ow * g.strideWidth - g.padLeft + kw
                            guard iw >= 0 && iw < g.inputWidth else { continue }
                            for c in 0..<g.inputChannels {
                                let xIndex = ((n * g.inputHeight + ih) * g.inputWidth + iw) * g.inputChannels + c
                                let wBase = ((kh * g.kernelWidth + kw) * g.inputChannels + c) * g.outputChannels
                                body(yBase, xIndex, wBase)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Max pooling over in-bounds taps; also returns, per output, the input index of the first maximum.
    static func maxPool(_ g: Pool2DGeometry, _ x: [Float]) -> (y: [Double], argmax: [Int]) {
        var y = [Double](repeating: -.infinity, count: g.outputCount)
        var argmax = [Int](repeating: -1, count: g.outputCount)
        forEachPoolTap(g) { yIndex, xIndex, _ in
            if Double(x[xIndex]) > y[yIndex] {
                y[yIndex] = Double(x[xIndex])
                argmax[yIndex] = xIndex
            }
        }
        return (y, argmax)
    }

    /// Average pooling over in-bounds taps (padding excluded from the count).
    static func avgPool(_ g: Pool2DGeometry, _ x: [Float]) -> [Double] {
        var y = [Double](repeating: 0, count: g.outputCount)
        forEachPoolTap(g) { yIndex, xIndex, count in y[yIndex] += Double(x[xIndex]) / Double(count) }
        return y
    }

    /// The adjoint of ``avgPool(_:_:)``.
    static func avgPoolBackward(_ g: Pool2DGeometry, _ dy: [Float]) -> [Double] {
        var dx = [Double](repeating: 0, count: g.inputCount)
        forEachPoolTap(g) { yIndex, xIndex, count in dx[xIndex] += Double(dy[yIndex]) / Double(count) }
        return dx
    }

    /// Calls `body(outputIndex, inputIndex, tapsInWindow)` for every in-bounds tap, in row-major window order.
    private static func forEachPoolTap(_ g: Pool2DGeometry, _ body: (Int, Int, Int) -> Void) {
        for n in 0..<g.batch {
            for oh in 0..<g.outputHeight {
                for ow in 0..<g.outputWidth {
                    let rows = (0..<g.poolHeight).map { oh * g.strideHeight - g.padTop + $0 }
                        .filter { $0 >= 0 && $0 < g.inputHeight }
                    let columns = (0..<g.poolWidth).map { ow * g.strideWidth - g.padLeft + $0 }
                        .filter { $0 >= 0 && $0 < g.inputWidth }
                    for c in 0..<g.channels {
                        let yIndex = ((n * g.outputHeight + oh) * g.outputWidth + ow) * g.channels + c
                        for ih in rows {
                            for iw in columns {
                                body(
                                    yIndex, ((n * g.inputHeight + ih) * g.inputWidth + iw) * g.channels + c,
                                    rows.count * columns.count)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Deterministic uniform floats in [-1, 1).
func randomFloats(_ count: Int, seed: UInt64) -> [Float] {
    var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
    return (0..<count).map { _ in
        state ^= state << 13; state ^= state >> 7; state ^= state << 17
        return Float(state >> 40) / Float(1 << 23) - 1
    }
}

/// True when every element of `actual` is within `tolerance · (1 + |expected|)` of `expected`.
func allClose(_ actual: [Float], _ expected: [Double], tolerance: Double = 1e-4) -> Bool {
    actual.count == expected.count
        && zip(actual, expected).allSatisfy { abs(Double($0) - $1) <= tolerance * (1 + abs($1)) }
}

/// Records an issue naming the worst element unless ``allClose(_:_:tolerance:)`` holds.
func expectClose(
    _ actual: [Float], _ expected: [Double], tolerance: Double = 1e-4, _ what: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    guard !allClose(actual, expected, tolerance: tolerance) else { return }
    guard actual.count == expected.count else {
        Issue.record("\(what): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
        return
    }
    var worst = 0
    for i in actual.indices where abs(Double(actual[i]) - expected[i]) > abs(Double(actual[worst]) - expected[worst]) {
        worst = i
    }
    Issue.record(
        "\(what)[\(worst)] = \(actual[worst]), expected \(expected[worst]) (tolerance \(tolerance))",
        sourceLocation: sourceLocation)
}

func dot(_ a: [Float], _ b: [Float]) -> Double {
    zip(a, b).reduce(0) { $0 + Double($1.0) * Double($1.1) }
}

/// Runs a kernel that fills a fresh buffer of `count` floats (pre-filled with NaN so unwritten entries show).
func filled(_ count: Int, _ body: (UnsafeMutablePointer<Float>) -> Void) -> [Float] {
    var result = [Float](repeating: .nan, count: count)
    result.withUnsafeMutableBufferPointer { body($0.baseAddress!) }
    return result
}
