import Testing
@testable import Tensors

/// Stride-1 1×7 and 7×1 shapes the F(4, 7) kernel takes: InceptionV3's 7×7 maps (two tiles per
/// line, one output past the edge), both orientations and paddings, lines whose length is not a
/// multiple of 4, narrow and long maps, channel counts in and out that differ, several parts.
let winograd1DCases: [ConvCase] = [
    ConvCase(input: [2, 7, 7, 32], filter: [1, 7, 32, 48], strides: (1, 1), padding: .same),
    ConvCase(input: [2, 7, 7, 32], filter: [7, 1, 32, 48], strides: (1, 1), padding: .same),
    ConvCase(input: [3, 9, 11, 16], filter: [1, 7, 16, 24], strides: (1, 1), padding: .valid),
    ConvCase(input: [3, 11, 9, 16], filter: [7, 1, 16, 24], strides: (1, 1), padding: .valid),
    ConvCase(input: [1, 5, 13, 24], filter: [1, 7, 24, 16], strides: (1, 1), padding: .same),
    ConvCase(input: [2, 17, 6, 16], filter: [7, 1, 16, 32], strides: (1, 1), padding: .same),
    ConvCase(input: [1, 3, 8, 16], filter: [1, 7, 16, 16], strides: (1, 1), padding: .valid),
    ConvCase(input: [4, 7, 7, 64], filter: [1, 7, 64, 64], strides: (1, 1), padding: .same),
]

/// Largest error allowed, relative to the largest output magnitude. Against a float64 reference
/// the F(4, 7) transforms measured at most 1.5e-5 of it (im2col 1.5e-6) on 192 channels with
/// random filters; the bound leaves room for other shapes and seeds.
private let winograd1DTolerance = 1e-4

/// Records an issue unless `actual` is within `winograd1DTolerance · max |expected|` of `expected`.
private func expectCloseToScale(_ actual: [Float], _ expected: [Double], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, sourceLocation: sourceLocation)
    let scale = expected.map(abs).max() ?? 0
    let worst = zip(actual, expected).map { abs(Double($0) - $1) }.max() ?? 0
    #expect(worst <= winograd1DTolerance * scale, "\(what): error \(worst) of scale \(scale)", sourceLocation: sourceLocation)
}

@Test(arguments: winograd1DCases)
func winograd1DForwardMatchesDirectLoops(_ c: ConvCase) throws {
    let g = try c.geometry()
    #expect(Winograd1D.applies(to: g))
    let x = randomFloats(g.inputCount, seed: 41), w = randomFloats(g.filterCount, seed: 42)
    let b = randomFloats(g.outputChannels, seed: 43)
    let expected = Reference.convForward(g, x, w, b)
    let linear = filled(g.outputCount) { winograd1DConv2DForward(g, input: x, filter: w, bias: b, relu: false, output: $0) }
    expectCloseToScale(linear, expected, "linear")
    let relu = filled(g.outputCount) { winograd1DConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: $0) }
    expectCloseToScale(relu, expected.map { max($0, 0) }, "relu")
    let withoutBias = filled(g.outputCount) { winograd1DConv2DForward(g, input: x, filter: w, bias: nil, relu: false, output: $0) }
    expectCloseToScale(withoutBias, Reference.convForward(g, x, w, nil), "withoutBias")
}

/// Against im2col on shapes too large for the direct loops: InceptionV3's layers at batch 4, and
/// one with several chunks of tiles per part.
@Test(arguments: [
    ConvCase(input: [4, 7, 7, 160], filter: [1, 7, 160, 192], strides: (1, 1), padding: .same),
    ConvCase(input: [4, 7, 7, 192], filter: [7, 1, 192, 192], strides: (1, 1), padding: .same),
    ConvCase(input: [16, 40, 41, 16], filter: [1, 7, 16, 16], strides: (1, 1), padding: .same),
    ConvCase(input: [16, 41, 40, 16], filter: [7, 1, 16, 16], strides: (1, 1), padding: .valid),
])
func winograd1DForwardMatchesIm2col(_ c: ConvCase) throws {
    let g = try c.geometry()
    #expect(Winograd1D.applies(to: g))
    let x = randomFloats(g.inputCount, seed: 44).map { max($0, 0) }, w = randomFloats(g.filterCount, seed: 45)
    let b = randomFloats(g.outputChannels, seed: 46)
    let expected = filled(g.outputCount) { conv2DForward(g, input: x, filter: w, bias: b, relu: true, output: $0) }
    let actual = filled(g.outputCount) { winograd1DConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: $0) }
    expectCloseToScale(actual, expected.map(Double.init), "relu")
}
