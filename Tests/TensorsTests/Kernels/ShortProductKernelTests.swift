import Testing
@testable import Tensors

/// `A·B` in doubles from row-major `a` (`m × k`, row stride `lda`) and `b` (`k × n`).
private func referenceProduct(_ a: [Float], lda: Int, _ b: [Float], m: Int, n: Int, k: Int) -> [Double] {
    var c = [Double](repeating: 0, count: m * n)
    for i in 0..<m {
        for p in 0..<k {
            let x = Double(a[i * lda + p])
            for j in 0..<n { c[i * n + j] += x * Double(b[p * n + j]) }
        }
    }
    return c
}

/// The weight gradient's shape: a long `C` over a short depth, with an 8-wide column tail.
@Test(arguments: [(2048, 520, 7), (4096, 256, 20), (1024, 1024, 32)])
func shortDepthProductWritesTheTransposedProduct(_ shape: (rows: Int, columns: Int, depth: Int)) {
    let (rows, columns, depth) = shape
    #expect(ShortDepthProduct.applies(rows: rows, columns: columns, depth: depth))
    let a = randomFloats(depth * rows, seed: 44), b = randomFloats(depth * columns, seed: 45)
    let c = filled(rows * columns) { c in
        ShortDepthProduct.multiply(rows: rows, columns: columns, depth: depth, a: a, lda: rows, b: b, ldb: columns, c: c, ldc: columns)
    }
    var transposed = [Float](repeating: 0, count: rows * depth)
    for s in 0..<depth { for i in 0..<rows { transposed[i * depth + s] = a[s * rows + i] } }
    expectClose(c, referenceProduct(transposed, lda: depth, b, m: rows, n: columns, k: depth), "Aᵀ·B")
}

/// A dense layer's weight gradient at a small batch goes through ``ShortDepthProduct`` and
/// agrees with the product computed in doubles; so does the forward pass beside it.
@Test func linearAtASmallBatchMatchesReferenceProducts() throws {
    let (n, k, m) = (6, 2048, 512)
    #expect(ShortDepthProduct.applies(rows: k, columns: m, depth: n))
    let x = try Tensor(randomFloats(n * k, seed: 46), shape: [n, k])
    let w = try Tensor(randomFloats(k * m, seed: 47), shape: [k, m])
    w.requiresGradient = true
    let y = try x.linear(weight: w)
    let upstream = try Tensor(randomFloats(n * m, seed: 48), shape: [n, m])
    try y.backward(upstream)
    let xs = x.asArray(Float.self), ws = w.asArray(Float.self), gs = upstream.asArray(Float.self)
    expectClose(y.asArray(Float.self), referenceProduct(xs, lda: k, ws, m: n, n: m, k: k), tolerance: 2e-4, "y")
    var xT = [Float](repeating: 0, count: k * n)
    for s in 0..<n { for i in 0..<k { xT[i * n + s] = xs[s * k + i] } }
    let gw = try #require(w.grad)
    expectClose(gw.asArray(Float.self), referenceProduct(xT, lda: n, gs, m: k, n: m, k: n), "dW")
}

/// Backward asked to defer outer products leaves a once-used kernel's gradient as factors that
/// materialise to the ordinary gradient; a kernel used twice, or a plain backward, gets `grad`.
@Test func backwardDefersAOnceUsedKernelsGradientAsItsFactors() throws {
    let (n, k, m) = (4, 1024, 1024)
    let x = try Tensor(randomFloats(n * k, seed: 49), shape: [n, k])
    let w = try Tensor(randomFloats(k * m, seed: 50), shape: [k, m])
    w.requiresGradient = true
    try x.linear(weight: w, activation: .relu).sum().backward()
    let plain = try #require(w.grad).asArray(Float.self)
    w.grad = nil
    try x.linear(weight: w, activation: .relu).sum().backward(nil, retainGraph: false, deferringOuterProducts: true)
    #expect(w.grad == nil)
    let pending = try #require(w.pendingGradient)
    #expect(pending.materialized().asArray(Float.self) == plain)
    w.pendingGradient = nil
    let twice = try x.linear(weight: w) + x.linear(weight: w)
    try twice.sum().backward(nil, retainGraph: false, deferringOuterProducts: true)
    #expect(w.pendingGradient == nil)
    #expect(try #require(w.grad).asArray(Float.self).count == k * m)
}

/// ``FusedRMSpropStep`` moves the weights and velocities as Keras' formula does on the
/// materialised gradient, computed here in doubles.
@Test func fusedRMSpropStepFollowsKerasFormula() throws {
    let (depth, rows, columns) = (5, 1024, 1032)
    let left = randomFloats(depth * rows, seed: 51), right = randomFloats(depth * columns, seed: 52)
    let start = randomFloats(rows * columns, seed: 53), velocity0 = randomFloats(rows * columns, seed: 54).map { abs($0) }
    var parameter = start, velocity = velocity0
    let gradient = try #require(OuterProductGradient(left: try Tensor(left, shape: [depth, rows]), right: try Tensor(right, shape: [depth, columns])))
    parameter.withUnsafeMutableBufferPointer { p in
        velocity.withUnsafeMutableBufferPointer { v in
            FusedRMSpropStep.apply(gradient, parameter: p.baseAddress!, velocity: v.baseAddress!, learningRate: 0.01, rho: 0.9, epsilon: 1e-7)
        }
    }
    var expectedParameter = [Double](repeating: 0, count: rows * columns), expectedVelocity = expectedParameter
    for i in 0..<rows {
        for j in 0..<columns {
            var g = 0.0
            for s in 0..<depth { g += Double(left[s * rows + i]) * Double(right[s * columns + j]) }
            let index = i * columns + j
            let v = 0.9 * Double(velocity0[index]) + 0.1 * g * g
            expectedVelocity[index] = v
            expectedParameter[index] = Double(start[index]) - 0.01 * g / (v + 1e-7).squareRoot()
        }
    }
    expectClose(velocity, expectedVelocity, "velocity")
    expectClose(parameter, expectedParameter, "parameter")
}
