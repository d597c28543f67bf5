import Testing
@testable import Tensors

/// First-layer shapes the thin kernels take: 1–3 channels, filters in whole tiles of 16, with
/// padding, strides, pixel counts that leave partial tiles and chunks, and several workers' parts.
let thinConvCases: [ConvCase] = [
    ConvCase(input: [2, 28, 28, 1], filter: [3, 3, 1, 64], strides: (1, 1), padding: .valid),
    ConvCase(input: [1, 9, 7, 3], filter: [3, 3, 3, 16], strides: (1, 1), padding: .same),
    ConvCase(input: [3, 17, 13, 3], filter: [3, 3, 3, 32], strides: (2, 2), padding: .valid),
    ConvCase(input: [2, 11, 10, 2], filter: [5, 3, 2, 16], strides: (2, 1), padding: .same),
    ConvCase(input: [1, 6, 6, 1], filter: [1, 1, 1, 16], strides: (1, 1), padding: .valid),
    ConvCase(input: [8, 40, 40, 3], filter: [3, 3, 3, 16], strides: (1, 1), padding: .valid),
]

@Test(arguments: thinConvCases)
func thinConvForwardMatchesDirectLoops(_ c: ConvCase) throws {
    let g = try c.geometry()
    #expect(ThinConv2D.applies(to: g))
    let x = randomFloats(g.inputCount, seed: 11), w = randomFloats(g.filterCount, seed: 12)
    let b = randomFloats(g.outputChannels, seed: 13)
    let expected = Reference.convForward(g, x, w, b)
    let linear = filled(g.outputCount) { thinConv2DForward(g, input: x, filter: w, bias: b, relu: false, output: $0) }
    expectClose(linear, expected, "linear")
    let relu = filled(g.outputCount) { thinConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: $0) }
    expectClose(relu, expected.map { max($0, 0) }, "relu")
    let withoutBias = filled(g.outputCount) { thinConv2DForward(g, input: x, filter: w, bias: nil, relu: false, output: $0) }
    expectClose(withoutBias, Reference.convForward(g, x, w, nil), "withoutBias")
}

@Test(arguments: thinConvCases)
func thinConvFilterGradientMatchesDirectLoops(_ c: ConvCase) throws {
    let g = try c.geometry()
    let x = randomFloats(g.inputCount, seed: 14), dy = randomFloats(g.outputCount, seed: 15)
    var db = [Float](repeating: .nan, count: g.outputChannels)
    let dw = filled(g.filterCount) { dwPointer in
        db.withUnsafeMutableBufferPointer {
            thinConv2DBackwardFilter(g, input: x, outputGradient: dy, reluOutput: nil, filterGradient: dwPointer, biasGradient: $0.baseAddress)
        }
    }
    let expected = Reference.convBackwardFilter(g, x, dy)
    expectClose(dw, expected.dw, "dw")
    expectClose(db, expected.db, "db")
}

/// With a relu output given, the gradient is masked where that output is not positive, exactly as
/// the generic kernel on a pre-masked gradient.
@Test(arguments: thinConvCases)
func thinConvFilterGradientMasksByReluOutput(_ c: ConvCase) throws {
    let g = try c.geometry()
    let x = randomFloats(g.inputCount, seed: 16), dy = randomFloats(g.outputCount, seed: 17)
    let reluOutput = randomFloats(g.outputCount, seed: 18).map { max($0, 0) }
    #expect(reluOutput.contains(0) && reluOutput.contains { $0 > 0 })
    let masked = zip(dy, reluOutput).map { $1 > 0 ? $0 : 0 }
    var db = [Float](repeating: .nan, count: g.outputChannels)
    let dw = filled(g.filterCount) { dwPointer in
        db.withUnsafeMutableBufferPointer {
            thinConv2DBackwardFilter(g, input: x, outputGradient: dy, reluOutput: reluOutput, filterGradient: dwPointer, biasGradient: $0.baseAddress)
        }
    }
    let expected = Reference.convBackwardFilter(g, x, masked)
    expectClose(dw, expected.dw, "dw")
    expectClose(db, expected.db, "db")
}

@Test func thinKernelsTakeOnlyShortPatchesInWholeFilterTiles() throws {
    #expect(ThinConv2D.applies(to: try Conv2DGeometry(inputShape: [1, 8, 8, 3], filterShape: [3, 3, 3, 16], padding: .valid)))
    #expect(!ThinConv2D.applies(to: try Conv2DGeometry(inputShape: [1, 8, 8, 3], filterShape: [3, 3, 3, 12], padding: .valid)))
    #expect(!ThinConv2D.applies(to: try Conv2DGeometry(inputShape: [1, 8, 8, 16], filterShape: [3, 3, 16, 16], padding: .valid)))
}
