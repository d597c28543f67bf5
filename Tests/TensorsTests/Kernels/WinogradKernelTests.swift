import Testing
@testable import Tensors

/// 3×3 stride-1 shapes the Winograd kernels take: odd and even output sizes (half-used edge
/// tiles), both paddings, channel counts in and out that differ, several chunks and parts.
let winogradCases: [ConvCase] = [
    ConvCase(input: [2, 13, 13, 64], filter: [3, 3, 64, 64], strides: (1, 1), padding: .valid),
    ConvCase(input: [1, 8, 9, 32], filter: [3, 3, 32, 48], strides: (1, 1), padding: .same),
    ConvCase(input: [3, 7, 6, 40], filter: [3, 3, 40, 32], strides: (1, 1), padding: .valid),
    ConvCase(input: [1, 3, 3, 32], filter: [3, 3, 32, 32], strides: (1, 1), padding: .valid),
    ConvCase(input: [2, 21, 19, 16], filter: [3, 3, 16, 32], strides: (1, 1), padding: .valid),
    ConvCase(input: [5, 16, 15, 32], filter: [3, 3, 32, 64], strides: (1, 1), padding: .same),
]

@Test(arguments: winogradCases)
func winogradForwardMatchesDirectLoops(_ c: ConvCase) throws {
    let g = try c.geometry()
    #expect(Winograd.applies(to: g))
    let x = randomFloats(g.inputCount, seed: 21), w = randomFloats(g.filterCount, seed: 22)
    let b = randomFloats(g.outputChannels, seed: 23)
    let expected = Reference.convForward(g, x, w, b)
    let linear = filled(g.outputCount) { winogradConv2DForward(g, input: x, filter: w, bias: b, relu: false, output: $0) }
    expectClose(linear, expected, "linear")
    let relu = filled(g.outputCount) { winogradConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: $0) }
    expectClose(relu, expected.map { max($0, 0) }, "relu")
    let withoutBias = filled(g.outputCount) { winogradConv2DForward(g, input: x, filter: w, bias: nil, relu: false, output: $0) }
    expectClose(withoutBias, Reference.convForward(g, x, w, nil), "withoutBias")
}

@Test(arguments: winogradCases)
func winogradDataGradientMatchesDirectLoops(_ c: ConvCase) throws {
    let g = try c.geometry()
    let dy = randomFloats(g.outputCount, seed: 24), w = randomFloats(g.filterCount, seed: 25)
    let dx = filled(g.inputCount) { winogradConv2DBackwardData(g, outputGradient: dy, filter: w, inputGradient: $0) }
    expectClose(dx, Reference.convBackwardData(g, dy, w), "dx")
}

@Test(arguments: winogradCases)
func winogradFilterGradientMatchesDirectLoops(_ c: ConvCase) throws {
    let g = try c.geometry()
    let x = randomFloats(g.inputCount, seed: 26), dy = randomFloats(g.outputCount, seed: 27)
    var db = [Float](repeating: .nan, count: g.outputChannels)
    let dw = filled(g.filterCount) { dwPointer in
        db.withUnsafeMutableBufferPointer {
            winogradConv2DBackwardFilter(g, input: x, outputGradient: dy, filterGradient: dwPointer, biasGradient: $0.baseAddress)
        }
    }
    let expected = Reference.convBackwardFilter(g, x, dy)
    // Each filter-gradient element sums over every pixel of the batch (1,200 terms for the
    // 5×16×15 case) after F(4×4, 3×3)'s transforms, whose float32 rounding grows with the sum:
    // at 1e-4 the 32→64-channel case failed once (a full-suite run on 2026-12-06).
    expectClose(dw, expected.dw, tolerance: 4e-4, "dw")
    expectClose(db, expected.db, "db")
}

@Test func winogradTakesOnlyStrideOneThreeByThreeWithEnoughChannels() throws {
    func takes(_ input: [Int], _ filter: [Int], strides: (Int, Int) = (1, 1)) throws -> Bool {
        Winograd.applies(to: try Conv2DGeometry(inputShape: input, filterShape: filter, strides: strides, padding: .same))
    }
    #expect(try takes([1, 8, 8, 64], [3, 3, 64, 64]))
    #expect(try !takes([1, 8, 8, 64], [3, 3, 64, 64], strides: (2, 2)))
    #expect(try !takes([1, 8, 8, 64], [5, 5, 64, 64]))
    #expect(try takes([1, 8, 8, 16], [3, 3, 16, 32]))
    #expect(try !takes([1, 8, 8, 8], [3, 3, 8, 64]))
    #expect(try !takes([1, 8, 8, 64], [3, 3, 64, 36]))
    #expect(ConvolutionAlgorithm(try Conv2DGeometry(inputShape: [1, 8, 8, 1], filterShape: [3, 3, 1, 64], padding: .valid)) == .thin)
    #expect(ConvolutionAlgorithm(try Conv2DGeometry(inputShape: [1, 8, 8, 64], filterShape: [3, 3, 64, 64], padding: .valid)) == .winograd)
    #expect(ConvolutionAlgorithm(try Conv2DGeometry(inputShape: [1, 8, 8, 64], filterShape: [1, 1, 64, 64], padding: .valid)) == .im2col)
}

/// With a relu output given, both gradients see the output gradient masked where that output is
/// not positive, exactly as the unmasked kernels on a pre-masked gradient.
@Test(arguments: winogradCases)
func winogradGradientsMaskByReluOutput(_ c: ConvCase) throws {
    let g = try c.geometry()
    let x = randomFloats(g.inputCount, seed: 28), dy = randomFloats(g.outputCount, seed: 29)
    let w = randomFloats(g.filterCount, seed: 30)
    let reluOutput = randomFloats(g.outputCount, seed: 31).map { max($0, 0) }
    #expect(reluOutput.contains(0) && reluOutput.contains { $0 > 0 })
    let masked = zip(dy, reluOutput).map { $1 > 0 ? $0 : 0 }
    let dx = filled(g.inputCount) {
        winogradConv2DBackwardData(g, outputGradient: dy, reluOutput: reluOutput, filter: w, inputGradient: $0)
    }
    expectClose(dx, Reference.convBackwardData(g, masked, w), "dx")
    var db = [Float](repeating: .nan, count: g.outputChannels)
    let dw = filled(g.filterCount) { dwPointer in
        db.withUnsafeMutableBufferPointer {
            winogradConv2DBackwardFilter(
                g, input: x, outputGradient: dy, reluOutput: reluOutput, filterGradient: dwPointer, biasGradient: $0.baseAddress)
        }
    }
    let expected = Reference.convBackwardFilter(g, x, masked)
    expectClose(dw, expected.dw, "dw")
    expectClose(db, expected.db, "db")
}
