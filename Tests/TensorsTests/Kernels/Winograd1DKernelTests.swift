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

@Test func winograd1DTakesOnlyStrideOneOneBySevenWithEnoughChannels() throws {
    func algorithm(_ input: [Int], _ filter: [Int], strides: (Int, Int) = (1, 1), padding: Padding = .same) throws -> ConvolutionAlgorithm {
        ConvolutionAlgorithm(try Conv2DGeometry(inputShape: input, filterShape: filter, strides: strides, padding: padding))
    }
    #expect(try algorithm([20, 7, 7, 160], [1, 7, 160, 192]) == .winograd1D)
    #expect(try algorithm([20, 7, 7, 192], [7, 1, 192, 192]) == .winograd1D)
    #expect(try algorithm([20, 7, 7, 128], [7, 1, 128, 128], padding: .valid) == .im2col) // one output per line
    #expect(try algorithm([20, 7, 8, 128], [1, 7, 128, 128], padding: .valid) == .winograd1D)
    #expect(try algorithm([20, 14, 14, 128], [1, 7, 128, 128], strides: (2, 2)) == .im2col)
    #expect(try algorithm([20, 7, 7, 8], [1, 7, 8, 64]) == .im2col)
    #expect(try algorithm([20, 7, 7, 64], [1, 7, 64, 36]) == .im2col)
    #expect(try algorithm([20, 7, 7, 64], [1, 5, 64, 64]) == .im2col)
    #expect(try algorithm([20, 7, 7, 64], [3, 3, 64, 64]) == .winograd)
}

/// Through `conv2d`: the forward runs on F(4, 7) and the gradients, on im2col, still see the relu
/// mask of the fused activation.
@Test func conv2dOnWinograd1DHasIm2colGradients() throws {
    let c = ConvCase(input: [2, 7, 7, 16], filter: [1, 7, 16, 24], strides: (1, 1), padding: .same)
    let g = try c.geometry()
    #expect(ConvolutionAlgorithm(g) == .winograd1D)
    let xs = randomFloats(g.inputCount, seed: 47), ws = randomFloats(g.filterCount, seed: 48)
    let bs = randomFloats(g.outputChannels, seed: 49)
    let x = try Tensor(xs, shape: c.input), w = try Tensor(ws, shape: c.filter), b = try Tensor(bs, shape: [g.outputChannels])
    for t in [x, w, b] { t.requiresGradient = true }
    let y = try x.conv2d(w, bias: b, padding: .same, activation: .relu)
    let expected = Reference.convForward(g, xs, ws, bs).map { max($0, 0) }
    expectCloseToScale(y.asArray(Float.self), expected, "y")
    try y.sum().backward()
    let dy = y.asArray(Float.self).map { $0 > 0 ? Float(1) : 0 }
    expectClose(try #require(x.grad).asArray(Float.self), Reference.convBackwardData(g, dy, ws), "dx")
    let filterGradient = Reference.convBackwardFilter(g, xs, dy)
    expectClose(try #require(w.grad).asArray(Float.self), filterGradient.dw, "dw")
    expectClose(try #require(b.grad).asArray(Float.self), filterGradient.db, "db")
}
