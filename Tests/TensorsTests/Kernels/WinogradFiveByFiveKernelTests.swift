import Testing
@testable import Tensors

/// 5×5 stride-1 shapes F(2×2, 5×5) takes: the InceptionV3 layer's channels, odd and even output
/// sizes (half-used edge tiles), both paddings, windows larger than a small input, several
/// chunks and parts.
let winogradFiveByFiveCases: [ConvCase] = [
    ConvCase(input: [2, 16, 16, 48], filter: [5, 5, 48, 64], strides: (1, 1), padding: .same),
    ConvCase(input: [1, 9, 7, 16], filter: [5, 5, 16, 24], strides: (1, 1), padding: .valid),
    ConvCase(input: [3, 11, 10, 32], filter: [5, 5, 32, 16], strides: (1, 1), padding: .same),
    ConvCase(input: [1, 5, 5, 16], filter: [5, 5, 16, 16], strides: (1, 1), padding: .valid),
    ConvCase(input: [2, 3, 4, 24], filter: [5, 5, 24, 32], strides: (1, 1), padding: .same),
    ConvCase(input: [4, 40, 37, 16], filter: [5, 5, 16, 32], strides: (1, 1), padding: .same),
]

@Test(arguments: winogradFiveByFiveCases)
func winogradFiveByFiveForwardMatchesDirectLoops(_ c: ConvCase) throws {
    let g = try c.geometry()
    #expect(Winograd.appliesFiveByFive(to: g) && ConvolutionAlgorithm(g) == .winogradFiveByFive)
    let x = randomFloats(g.inputCount, seed: 41), w = randomFloats(g.filterCount, seed: 42)
    let b = randomFloats(g.outputChannels, seed: 43)
    let expected = Reference.convForward(g, x, w, b)
    // Each output sums up to 1,200 products (48 channels × 25 taps) of values in [-1, 1), so
    // outputs reach ±46; F(2×2, 5×5)'s float32 error grows with that scale (about 1.6e-4 there,
    // see winogradFiveByFiveFloat32ErrorIsSmall), past 1e-4 for outputs near zero.
    let tolerance = 4e-4
    let linear = filled(g.outputCount) { winogradConv2DForward(g, input: x, filter: w, bias: b, relu: false, output: $0) }
    expectClose(linear, expected, tolerance: tolerance, "linear")
    let relu = filled(g.outputCount) { winogradConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: $0) }
    expectClose(relu, expected.map { max($0, 0) }, tolerance: tolerance, "relu")
    let withoutBias = filled(g.outputCount) { winogradConv2DForward(g, input: x, filter: w, bias: nil, relu: false, output: $0) }
    expectClose(withoutBias, Reference.convForward(g, x, w, nil), tolerance: tolerance, "withoutBias")
}

@Test(arguments: winogradFiveByFiveCases.filter { $0.padding == .same })
func winogradFiveByFiveDataGradientMatchesDirectLoops(_ c: ConvCase) throws {
    let g = try c.geometry()
    #expect(Winograd.fiveByFiveDataGradientGeometry(g) != nil)
    let dy = randomFloats(g.outputCount, seed: 44), w = randomFloats(g.filterCount, seed: 45)
    let dx = filled(g.inputCount) { winogradFiveByFiveBackwardData(g, outputGradient: dy, filter: w, inputGradient: $0) }
    expectClose(dx, Reference.convBackwardData(g, dy, w), "dx")
}

/// The float32 error of F(2×2, 5×5) against a float64 reference on the InceptionV3 layer's
/// shape (48 → 64 channels at 16×16, 'same'), beside im2col's and F(4×4, 3×3)'s on the same
/// input: as a fraction of the output's largest magnitude, the worst error of F(2×2, 5×5) is
/// about ten times im2col's (the price of the transforms' constants), and no worse than
/// F(4×4, 3×3)'s. Measured on 2026-12-06 with these seeds: F(2×2, 5×5) 3.6e-6 (im2col 3.7e-7),
/// F(4×4, 3×3) 4.3e-6 (im2col 4.1e-7).
@Test func winogradFiveByFiveFloat32ErrorIsSmall() throws {
    func worstRelativeErrors(_ kernel: Int) throws -> (winograd: Double, im2col: Double) {
        let g = try Conv2DGeometry(inputShape: [2, 16, 16, 48], filterShape: [kernel, kernel, 48, 64], padding: .same)
        let x = randomFloats(g.inputCount, seed: 46), w = randomFloats(g.filterCount, seed: 47)
        let expected = Reference.convForward(g, x, w, nil), scale = expected.map(abs).max() ?? 1
        func worst(_ actual: [Float]) -> Double { (zip(actual, expected).map { abs(Double($0) - $1) }.max() ?? 0) / scale }
        let winograd = filled(g.outputCount) { winogradConv2DForward(g, input: x, filter: w, bias: nil, relu: false, output: $0) }
        let im2col = filled(g.outputCount) { conv2DForward(g, input: x, filter: w, bias: nil, relu: false, output: $0) }
        return (worst(winograd), worst(im2col))
    }
    let five = try worstRelativeErrors(5), three = try worstRelativeErrors(3)
    print("float32 worst error / largest output: F(2×2, 5×5) \(five.winograd), im2col 5×5 \(five.im2col), F(4×4, 3×3) \(three.winograd), im2col 3×3 \(three.im2col)")
    #expect(five.winograd <= 1e-5)
    #expect(three.winograd <= 1e-5)
}

@Test func winogradFiveByFiveTakesOnlyStrideOneFiveByFiveWithEnoughChannels() throws {
    func algorithm(_ input: [Int], _ filter: [Int], strides: (Int, Int) = (1, 1), padding: KernelPadding = .same) throws
        -> ConvolutionAlgorithm
    {
        ConvolutionAlgorithm(try Conv2DGeometry(inputShape: input, filterShape: filter, strides: strides, padding: padding))
    }
    #expect(try algorithm([1, 8, 8, 48], [5, 5, 48, 64]) == .winogradFiveByFive)
    #expect(try algorithm([1, 8, 8, 48], [5, 5, 48, 64], strides: (2, 2)) == .im2col)
    #expect(try algorithm([1, 8, 8, 8], [5, 5, 8, 64]) == .im2col)
    #expect(try algorithm([1, 8, 8, 48], [5, 3, 48, 64]) == .im2col)
    #expect(try algorithm([1, 8, 8, 48], [3, 3, 48, 64]) == .winograd)
    let valid = try Conv2DGeometry(inputShape: [1, 8, 8, 48], filterShape: [5, 5, 48, 64], padding: .valid)
    #expect(Winograd.fiveByFiveDataGradientGeometry(valid) == nil)
}
