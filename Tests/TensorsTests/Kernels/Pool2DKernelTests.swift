import Testing
@testable import Tensors

struct PoolCase: Sendable, CustomStringConvertible {
    let input: [Int], pool: (Int, Int), strides: (Int, Int)?, padding: KernelPadding
    var description: String { "x\(input) pool \(pool) s \(String(describing: strides)) \(padding)" }
    func geometry() throws -> Pool2DGeometry {
        try Pool2DGeometry(inputShape: input, poolSize: pool, strides: strides, padding: padding)
    }
}

let poolCases: [PoolCase] = [
    PoolCase(input: [2, 6, 6, 1], pool: (2, 2), strides: nil, padding: .valid),
    PoolCase(input: [2, 7, 7, 3], pool: (2, 2), strides: nil, padding: .valid),
    PoolCase(input: [2, 7, 7, 3], pool: (2, 2), strides: nil, padding: .same),
    PoolCase(input: [1, 9, 8, 5], pool: (3, 3), strides: (2, 2), padding: .valid),
    PoolCase(input: [3, 9, 8, 5], pool: (3, 3), strides: (2, 2), padding: .same),
    PoolCase(input: [2, 5, 6, 2], pool: (3, 2), strides: (1, 1), padding: .same),
    PoolCase(input: [2, 5, 5, 4], pool: (5, 5), strides: (1, 1), padding: .valid),
    PoolCase(input: [2, 8, 9, 6], pool: (2, 2), strides: (3, 3), padding: .valid),
    PoolCase(input: [1, 8, 9, 7], pool: (2, 3), strides: (2, 3), padding: .same),
    // Large enough for two workers.
    PoolCase(input: [4, 32, 32, 16], pool: (2, 2), strides: nil, padding: .valid),
    PoolCase(input: [1, 65, 33, 32], pool: (3, 3), strides: (2, 2), padding: .same),
]

@Test(arguments: poolCases)
func maxPoolForwardAndBackwardMatchDirectLoops(_ c: PoolCase) throws {
    let g = try c.geometry()
    let x = randomFloats(g.inputCount, seed: 21), dy = randomFloats(g.outputCount, seed: 22)
    let y = filled(g.outputCount) { maxPool2DForward(g, input: x, output: $0) }
    let expected = Reference.maxPool(g, x)
    expectClose(y, expected.y, tolerance: 0, "y")
    var winners = [Int32](repeating: -1, count: g.outputCount)
    let yRecordingWinners = filled(g.outputCount) { output in
        winners.withUnsafeMutableBufferPointer { maxPool2DForward(g, input: x, output: output, winners: $0.baseAddress) }
    }
    #expect(yRecordingWinners == y)
    #expect(winners.allSatisfy { $0 >= 0 && $0 < Int32(c.pool.0 * c.pool.1) })
    let dx = filled(g.inputCount) { maxPool2DBackward(g, winners: winners, outputGradient: dy, inputGradient: $0) }
    var expectedDx = [Double](repeating: 0, count: g.inputCount)
    for (output, input) in expected.argmax.enumerated() { expectedDx[input] += Double(dy[output]) }
    expectClose(dx, expectedDx, tolerance: 1e-6, "dx")
}

@Test(arguments: poolCases)
func avgPoolForwardAndBackwardMatchDirectLoops(_ c: PoolCase) throws {
    let g = try c.geometry()
    let x = randomFloats(g.inputCount, seed: 23), dy = randomFloats(g.outputCount, seed: 24)
    let y = filled(g.outputCount) { avgPool2DForward(g, input: x, output: $0) }
    let expected = Reference.avgPool(g, x)
    expectClose(y, expected, tolerance: 1e-5, "y")
    let dx = filled(g.inputCount) { avgPool2DBackward(g, outputGradient: dy, inputGradient: $0) }
    let expectedDx = Reference.avgPoolBackward(g, dy)
    expectClose(dx, expectedDx, tolerance: 1e-5, "dx")
    #expect(abs(dot(y, dy) - dot(x, dx)) <= 1e-4 * (1 + abs(dot(y, dy))))
}

/// Ties go to the first maximum in row-major window order, and padding never wins even when
/// every real value is negative.
@Test func maxPoolTiesAndNegativeValuesWithSamePadding() throws {
    let g = try Pool2DGeometry(inputShape: [1, 3, 3, 1], poolSize: (2, 2), padding: .same)
    let x: [Float] = [-5, -5, -1, -7, -5, -2, -3, -4, -6]
    var winners = [Int32](repeating: -1, count: g.outputCount)
    let y = filled(g.outputCount) { output in
        winners.withUnsafeMutableBufferPointer { maxPool2DForward(g, input: x, output: output, winners: $0.baseAddress) }
    }
    #expect(y == [-5, -1, -3, -6])
    let dx = filled(g.inputCount) { maxPool2DBackward(g, winners: winners, outputGradient: [1, 2, 3, 4], inputGradient: $0) }
    #expect(dx == [1, 0, 2, 0, 0, 0, 3, 0, 4])
}
