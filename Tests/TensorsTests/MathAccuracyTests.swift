import Testing
#if canImport(Glibc)
    import Glibc
#endif
@testable import Tensors

@Test func vectorizedExpMatchesLibm() throws {
    var worst: Float = 0
    var x: Float = -103
    while x < 88.7 {
        let expected = expf(x)
        let received = vectorizableExp(x)
        if expected > Float.leastNormalMagnitude {
            worst = Swift.max(worst, Swift.abs(received - expected) / expected)
        } else {
            #expect(Swift.abs(received - expected) <= 4 * Float.leastNonzeroMagnitude, "exp(\(x))")
        }
        x += 0.0137
    }
    #expect(worst < 3e-7)
    #expect(vectorizableExp(100) == .infinity)
    #expect(vectorizableExp(-120) == 0)
    #expect(vectorizableExp(.nan).isNaN)
    #expect(vectorizableExp(0) == 1)
    let tensorExp = try Tensor([-1, 0, 1, 50] as [Float]).exp().asArray(Float.self)
    #expect(zip(tensorExp, [expf(-1), 1, expf(1), expf(50)]).allSatisfy { Swift.abs($0 - $1) <= 2e-7 * $1 })
}

@Test func vectorizedTanhAndSigmoidMatchLibm() throws {
    var worstTanh: Float = 0, worstSigmoid: Float = 0
    var x: Float = -30
    while x < 30 {
        worstTanh = Swift.max(worstTanh, Swift.abs(vectorizableTanh(x) - tanhf(x)) / Swift.max(Swift.abs(tanhf(x)), 1e-30))
        let sigmoid = try Tensor([x]).sigmoid().item(Float.self)
        let expected = Float(1 / (1 + Glibc.exp(-Double(x))))
        worstSigmoid = Swift.max(worstSigmoid, Swift.abs(sigmoid - expected) / expected)
        x += 0.0071
    }
    #expect(worstTanh < 1e-6)
    #expect(worstSigmoid < 1e-6)
    #expect(vectorizableTanh(1e-20) == 1e-20)
    #expect(vectorizableTanh(.nan).isNaN)
    #expect(vectorizableTanh(-100) == -1)
}
