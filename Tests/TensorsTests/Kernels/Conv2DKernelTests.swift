import CBLAS
import Testing
@testable import Tensors

struct ConvCase: Sendable, CustomStringConvertible {
    let input: [Int], filter: [Int], strides: (Int, Int), padding: KernelPadding
    var description: String { "x\(input) w\(filter) s\(strides) \(padding)" }
    func geometry() throws -> Conv2DGeometry {
        try Conv2DGeometry(inputShape: input, filterShape: filter, strides: strides, padding: padding)
    }
}

let convCases: [ConvCase] = [
    ConvCase(input: [2, 5, 5, 1], filter: [3, 3, 1, 4], strides: (1, 1), padding: .valid),
    ConvCase(input: [2, 5, 5, 1], filter: [3, 3, 1, 4], strides: (1, 1), padding: .same),
    ConvCase(input: [1, 7, 6, 3], filter: [3, 2, 3, 5], strides: (2, 2), padding: .valid),
    ConvCase(input: [2, 7, 6, 3], filter: [3, 2, 3, 5], strides: (2, 2), padding: .same),
    ConvCase(input: [3, 8, 9, 2], filter: [4, 4, 2, 3], strides: (2, 1), padding: .same),
    ConvCase(input: [2, 6, 6, 4], filter: [1, 1, 4, 3], strides: (1, 1), padding: .valid),
    ConvCase(input: [2, 7, 7, 4], filter: [1, 1, 4, 3], strides: (2, 2), padding: .same),
    ConvCase(input: [1, 3, 3, 2], filter: [3, 3, 2, 2], strides: (1, 1), padding: .valid),
    ConvCase(input: [2, 4, 5, 3], filter: [5, 5, 3, 2], strides: (1, 1), padding: .same),
    ConvCase(input: [2, 9, 9, 2], filter: [3, 3, 2, 2], strides: (3, 3), padding: .same),
    // InceptionV3's factorised 1×7 and 7×1 kernels.
    ConvCase(input: [2, 9, 8, 4], filter: [1, 7, 4, 3], strides: (1, 1), padding: .same),
    ConvCase(input: [2, 9, 8, 4], filter: [7, 1, 4, 3], strides: (1, 1), padding: .same),
    // Large enough for two workers and several im2col chunks per worker.
    ConvCase(input: [4, 10, 10, 128], filter: [3, 3, 128, 8], strides: (1, 1), padding: .same),
    // One image split between workers in the middle of a row.
    ConvCase(input: [1, 20, 20, 64], filter: [3, 3, 64, 16], strides: (1, 1), padding: .same),
    ConvCase(input: [4, 11, 11, 64], filter: [3, 3, 64, 16], strides: (2, 2), padding: .valid),
    // Enough pixels for the filter gradient to be summed from several parts.
    ConvCase(input: [2, 24, 24, 16], filter: [3, 3, 16, 16], strides: (1, 1), padding: .same),
]

@Test(arguments: convCases)
func convForwardMatchesDirectLoops(_ c: ConvCase) throws {
    let g = try c.geometry()
    let x = randomFloats(g.inputCount, seed: 1), w = randomFloats(g.filterCount, seed: 2)
    let b = randomFloats(g.outputChannels, seed: 3)
    let withBias = filled(g.outputCount) { conv2DForward(g, input: x, filter: w, bias: b, output: $0) }
    let expected = Reference.convForward(g, x, w, b)
    expectClose(withBias, expected, "withBias")
    let withoutBias = filled(g.outputCount) { conv2DForward(g, input: x, filter: w, bias: nil, output: $0) }
    let expectedWithoutBias = Reference.convForward(g, x, w, nil)
    expectClose(withoutBias, expectedWithoutBias, "withoutBias")
    let relu = filled(g.outputCount) { conv2DForward(g, input: x, filter: w, bias: b, relu: true, output: $0) }
    expectClose(relu, expected.map { max($0, 0) }, "relu")
}

@Test(arguments: convCases)
func convBackwardFilterMatchesDirectLoops(_ c: ConvCase) throws {
    let g = try c.geometry()
    let x = randomFloats(g.inputCount, seed: 4), dy = randomFloats(g.outputCount, seed: 5)
    var db = [Float](repeating: .nan, count: g.outputChannels)
    let dw = filled(g.filterCount) { dwPointer in
        db.withUnsafeMutableBufferPointer {
            conv2DBackwardFilter(g, input: x, outputGradient: dy, filterGradient: dwPointer, biasGradient: $0.baseAddress)
        }
    }
    let expected = Reference.convBackwardFilter(g, x, dy)
    expectClose(dw, expected.dw, "dw")
    expectClose(db, expected.db, "db")
    let dwWithoutBias = filled(g.filterCount) {
        conv2DBackwardFilter(g, input: x, outputGradient: dy, filterGradient: $0, biasGradient: nil)
    }
    expectClose(dwWithoutBias, expected.dw, "dwWithoutBias")
}

@Test(arguments: convCases)
func convBackwardDataMatchesDirectLoops(_ c: ConvCase) throws {
    let g = try c.geometry()
    let dy = randomFloats(g.outputCount, seed: 6), w = randomFloats(g.filterCount, seed: 7)
    let dx = filled(g.inputCount) { conv2DBackwardData(g, outputGradient: dy, filter: w, inputGradient: $0) }
    let expected = Reference.convBackwardData(g, dy, w)
    expectClose(dx, expected, "dx")
}

/// ⟨conv(x, w), dy⟩ = ⟨x, convᵀ_data(dy, w)⟩ = ⟨w, convᵀ_filter(x, dy)⟩: the backward kernels are the
/// adjoints of the forward one, checked without the reference.
@Test(arguments: convCases)
func convBackwardKernelsAreAdjointsOfForward(_ c: ConvCase) throws {
    let g = try c.geometry()
    let x = randomFloats(g.inputCount, seed: 8), w = randomFloats(g.filterCount, seed: 9)
    let dy = randomFloats(g.outputCount, seed: 10)
    let y = filled(g.outputCount) { conv2DForward(g, input: x, filter: w, bias: nil, output: $0) }
    let dx = filled(g.inputCount) { conv2DBackwardData(g, outputGradient: dy, filter: w, inputGradient: $0) }
    let dw = filled(g.filterCount) {
        conv2DBackwardFilter(g, input: x, outputGradient: dy, filterGradient: $0, biasGradient: nil)
    }
    let forward = dot(y, dy)
    let tolerance = 1e-4 * (1 + abs(forward))
    #expect(abs(dot(x, dx) - forward) <= tolerance)
    #expect(abs(dot(w, dw) - forward) <= tolerance)
}

/// A central finite difference of Σ conv(x)·dy along a few input and filter entries matches the gradients.
@Test func convGradientsMatchFiniteDifferences() throws {
    let g = try Conv2DGeometry(inputShape: [2, 6, 5, 3], filterShape: [3, 3, 3, 4], strides: (2, 1), padding: .same)
    let x = randomFloats(g.inputCount, seed: 11), w = randomFloats(g.filterCount, seed: 12)
    let dy = randomFloats(g.outputCount, seed: 13)
    let dx = filled(g.inputCount) { conv2DBackwardData(g, outputGradient: dy, filter: w, inputGradient: $0) }
    let dw = filled(g.filterCount) {
        conv2DBackwardFilter(g, input: x, outputGradient: dy, filterGradient: $0, biasGradient: nil)
    }
    func loss(_ x: [Float], _ w: [Float]) -> Double {
        zip(Reference.convForward(g, x, w, nil), dy).reduce(0) { $0 + $1.0 * Double($1.1) }
    }
    let h: Float = 1e-2
    for i in stride(from: 0, to: g.inputCount, by: 17) {
        var plus = x, minus = x
        plus[i] += h; minus[i] -= h
        let numeric = (loss(plus, w) - loss(minus, w)) / Double(2 * h)
        #expect(abs(numeric - Double(dx[i])) < 1e-3, "dx[\(i)]: numeric \(numeric), kernel \(dx[i])")
    }
    for i in stride(from: 0, to: g.filterCount, by: 7) {
        var plus = w, minus = w
        plus[i] += h; minus[i] -= h
        let numeric = (loss(x, plus) - loss(x, minus)) / Double(2 * h)
        #expect(abs(numeric - Double(dw[i])) < 1e-3, "dw[\(i)]: numeric \(numeric), kernel \(dw[i])")
    }
}

/// The parallel path limits OpenBLAS to one thread only while it runs.
@Test func parallelKernelsRestoreTheBLASThreadCount() throws {
    let g = try convCases[15].geometry()
    #expect(KernelThreads.workerCount == 1 || KernelThreads.parts(flops: g.flopsPerPass, units: g.patchCount / 256) > 1)
    // The library sets OpenBLAS to one thread before its first BLAS call: when this test is the
    // process's first BLAS user, that set-up must not count as a change the kernels left behind.
    BLASThreading.singleThreaded
    let before = openblas_get_num_threads()
    let x = randomFloats(g.inputCount, seed: 30), w = randomFloats(g.filterCount, seed: 31)
    _ = filled(g.outputCount) { conv2DForward(g, input: x, filter: w, bias: nil, output: $0) }
    let dy = randomFloats(g.outputCount, seed: 32)
    _ = filled(g.filterCount) { conv2DBackwardFilter(g, input: x, outputGradient: dy, filterGradient: $0, biasGradient: nil) }
    #expect(openblas_get_num_threads() == before)
}
