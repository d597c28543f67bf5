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
