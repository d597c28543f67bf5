import Testing
@testable import Tensors

/// Output size and padding along one axis, as TensorFlow computes them
/// (same: out = ceil(in/s), pad_total = max((out-1)·s + k - in, 0), pad_before = pad_total / 2).
struct AxisCase: Sendable, CustomStringConvertible {
    let input: Int, window: Int, stride: Int, padding: KernelPadding
    let output: Int, before: Int, after: Int
    var description: String { "in \(input) k \(window) s \(stride) \(padding)" }
}

let axisCases: [AxisCase] = [
    AxisCase(input: 28, window: 3, stride: 1, padding: .valid, output: 26, before: 0, after: 0),
    AxisCase(input: 28, window: 3, stride: 2, padding: .valid, output: 13, before: 0, after: 0),
    AxisCase(input: 26, window: 2, stride: 2, padding: .valid, output: 13, before: 0, after: 0),
    AxisCase(input: 13, window: 2, stride: 2, padding: .valid, output: 6, before: 0, after: 0),
    AxisCase(input: 28, window: 3, stride: 1, padding: .same, output: 28, before: 1, after: 1),
    AxisCase(input: 28, window: 3, stride: 2, padding: .same, output: 14, before: 0, after: 1),
    AxisCase(input: 5, window: 2, stride: 2, padding: .same, output: 3, before: 0, after: 1),
    AxisCase(input: 4, window: 4, stride: 1, padding: .same, output: 4, before: 1, after: 2),
    AxisCase(input: 299, window: 3, stride: 2, padding: .valid, output: 149, before: 0, after: 0),
    AxisCase(input: 7, window: 1, stride: 3, padding: .same, output: 3, before: 0, after: 0),
]

@Test(arguments: axisCases)
func windowAxisMatchesTensorFlowFormula(_ c: AxisCase) throws {
    let axis = try WindowAxis(
        inputSize: c.input, windowSize: c.window, stride: c.stride, padding: c.padding, axis: "height", windowKind: "kernel")
    #expect(axis.outputSize == c.output)
    #expect(axis.paddingBefore == c.before)
    #expect(axis.paddingAfter == c.after)
}

@Test func convGeometryDerivesShapesAndCounts() throws {
    let g = try Conv2DGeometry(inputShape: [32, 28, 28, 1], filterShape: [3, 3, 1, 64], strides: (2, 1), padding: .same)
    #expect(g.outputShape == [32, 14, 28, 64])
    #expect(g.patchSize == 9)
    let multiplyAdds: Double = 32 * 14 * 28 * 9 * 64
    #expect(g.flopsPerPass == 2 * multiplyAdds)
    #expect(!g.isPointwise)
}

/// Each impossible configuration throws an error whose message contains the listed fragments.
struct BadConv: Sendable, CustomStringConvertible {
    let input: [Int], filter: [Int], strides: (Int, Int), padding: KernelPadding, fragments: [String]
    var description: String { fragments.joined(separator: " ") }
}

let badConvs: [BadConv] = [
    BadConv(
        input: [1, 2, 2, 1], filter: [3, 3, 1, 8], strides: (1, 1), padding: .valid,
        fragments: ["kernel height 3", "input height 2", "'valid'", "padding='same'"]),
    BadConv(
        input: [1, 5, 2, 1], filter: [3, 3, 1, 8], strides: (1, 1), padding: .valid,
        fragments: ["kernel width 3", "input width 2"]),
    BadConv(
        input: [1, 5, 5, 1], filter: [3, 3, 1, 8], strides: (0, 1), padding: .same,
        fragments: ["stride along height", "received 0"]),
    BadConv(
        input: [1, 5, 5, 1], filter: [3, 3, 1, 8], strides: (1, -2), padding: .valid,
        fragments: ["stride along width", "received -2"]),
    BadConv(
        input: [4, 28, 28, 1], filter: [3, 3, 3, 8], strides: (1, 1), padding: .valid,
        fragments: ["expects 3 input channels", "input has 1", "[4, 28, 28, 1]"]),
    BadConv(
        input: [28, 28, 1], filter: [3, 3, 1, 8], strides: (1, 1), padding: .valid,
        fragments: ["rank-4 input", "[28, 28, 1]"]),
    BadConv(
        input: [1, 28, 28, 1], filter: [3, 3, 8], strides: (1, 1), padding: .valid,
        fragments: ["rank-4 filter", "[3, 3, 8]"]),
    BadConv(
        input: [1, 28, 28, 1], filter: [3, 3, 1, 0], strides: (1, 1), padding: .valid,
        fragments: ["positive number of filters"]),
    BadConv(
        input: [1, 0, 28, 1], filter: [3, 3, 1, 2], strides: (1, 1), padding: .same,
        fragments: ["input height", "received 0"]),
]

@Test(arguments: badConvs)
func impossibleConvolutionsThrowDescriptiveErrors(_ c: BadConv) {
    #expect {
        _ = try Conv2DGeometry(inputShape: c.input, filterShape: c.filter, strides: c.strides, padding: c.padding)
    } throws: { error in
        let message = (error as? KernelConfigurationError)?.message ?? ""
        return c.fragments.allSatisfy { message.contains($0) }
    }
}

@Test func biasOfWrongLengthIsRejected() throws {
    let g = try Conv2DGeometry(inputShape: [1, 5, 5, 2], filterShape: [3, 3, 2, 8], padding: .valid)
    #expect(throws: KernelConfigurationError("conv2d bias expected 8 values (one per filter), received 7")) {
        try g.validateBias(count: 7)
    }
    try g.validateBias(count: 8)
}

@Test func impossiblePoolingsThrowDescriptiveErrors() {
    #expect {
        _ = try Pool2DGeometry(inputShape: [1, 1, 5, 3], poolSize: (2, 2), padding: .valid)
    } throws: { error in
        let message = (error as? KernelConfigurationError)?.message ?? ""
        return message.contains("pool height 2") && message.contains("input height 1")
    }
    #expect {
        _ = try Pool2DGeometry(inputShape: [1, 4, 4, 3], poolSize: (2, 2), strides: (2, 0), padding: .same)
    } throws: { error in
        ((error as? KernelConfigurationError)?.message ?? "").contains("stride along width")
    }
    #expect(throws: KernelConfigurationError.self) {
        _ = try Pool2DGeometry(inputShape: [4, 4, 3], poolSize: (2, 2), padding: .valid)
    }
}

@Test func poolStridesDefaultToPoolSize() throws {
    let g = try Pool2DGeometry(inputShape: [2, 13, 13, 64], poolSize: (2, 2), padding: .valid)
    #expect(g.outputShape == [2, 6, 6, 64])
    #expect(g.strideHeight == 2 && g.strideWidth == 2)
}
