import Testing
import TestSupport
@testable import Tensors

@Suite struct LinearTests {
    let x = sampleInput([5, 4], seed: 11)
    let w = sampleInput([4, 3], seed: 12)
    let b = sampleInput([3], seed: 13)

    @Test func gradientIdentity() throws { try checkGradient([x, w, b]) { try $0[0].linear(weight: $0[1], bias: $0[2]) } }
    @Test func gradientRelu() throws {
        try checkGradient([x, w, b]) { try $0[0].linear(weight: $0[1], bias: $0[2], activation: .relu) }
    }
    @Test func gradientWithoutBias() throws {
        try checkGradient([x, w]) { try $0[0].linear(weight: $0[1], activation: .relu) }
    }
    @Test func gradientTransposedOperands() throws {
        let xt = sampleInput([4, 5], seed: 14), wt = sampleInput([3, 4], seed: 15)
        try checkGradient([xt, wt, b]) { try $0[0].transposed().linear(weight: $0[1].transposed(), bias: $0[2], activation: .relu) }
    }

    @Test(arguments: [LinearActivation.identity, .relu])
    func matchesSeparateOpsInFloat32(activation: LinearActivation) throws {
        let x = try sampleInput([32, 50], seed: 16).cast(to: .float32)
        let w = try sampleInput([50, 20], seed: 17).cast(to: .float32)
        let b = try sampleInput([20], seed: 18).cast(to: .float32)
        let fused = try x.linear(weight: w, bias: b, activation: activation)
        let affine = try x.matmul(w) + b
        let separate = activation == .relu ? try affine.relu() : affine
        #expect(fused.dtype == .float32)
        #expect(fused.shape == [32, 20])
        let worst = zip(fused.asArray(Double.self), separate.asArray(Double.self)).map { Swift.abs($0 - $1) }.max() ?? 0
        #expect(worst < 1e-4)
    }

    @Test func gradientsOnlyWhereRequired() throws {
        let x = try sampleInput([6, 4], seed: 19).cast(to: .float32)
        let w = try sampleInput([4, 3], seed: 20).cast(to: .float32)
        let b = Tensor.zeros([3])
        w.requiresGradient = true
        try x.linear(weight: w, bias: b, activation: .relu).sum().backward()
        #expect(w.grad?.shape == [4, 3])
        #expect(x.grad == nil)
        #expect(b.grad == nil)
    }

    @Test func integerInputPromotesAsMatmul() throws {
        let x = try Tensor([1, 2, 3, 4] as [Int64], shape: [2, 2])
        let w = try Tensor([1, 0, 0, 1] as [Float], shape: [2, 2])
        let out = try x.linear(weight: w, bias: try Tensor([-2, 0] as [Float], shape: [2]), activation: .relu)
        #expect(out.asArray(Double.self) == [0, 2, 1, 4])
    }

    @Test func mismatchedShapesThrow() throws {
        #expect(throws: TensorError.self) { try x.linear(weight: sampleInput([5, 3], seed: 21)) }
        #expect(throws: TensorError.self) { try x.linear(weight: w, bias: sampleInput([4], seed: 22)) }
        #expect(throws: TensorError.self) { try sampleInput([2, 5, 4], seed: 23).linear(weight: w) }
    }
}

@Suite struct SparseSoftmaxCrossEntropyTests {
    let logits = sampleInput([4, 5], seed: 31)
    let labels = try! Tensor([3, 0, 4, 3] as [Int64], shape: [4])

    @Test func gradient() throws { try checkGradient([logits]) { try $0[0].sparseSoftmaxCrossEntropy(labels: labels) } }
    @Test func gradientThroughMean() throws {
        try checkGradient([logits]) { try $0[0].sparseSoftmaxCrossEntropy(labels: labels).mean() }
    }

    @Test func matchesLogSoftmaxInFloat32() throws {
        let x = try sampleInput([6, 10], seed: 32, low: -30, high: 30).cast(to: .float32)
        let y = try Tensor([9, 0, 3, 3, 7, 1] as [Float], shape: [6])
        let fused = try x.sparseSoftmaxCrossEntropy(labels: y)
        let reference = try (Tensor.oneHot(y.cast(to: .int64), depth: 10) * x.logSoftmax(axis: -1)).sum(axis: -1).negated()
        #expect(fused.dtype == .float32)
        #expect(fused.shape == [6])
        let worst = zip(fused.asArray(Double.self), reference.asArray(Double.self)).map { Swift.abs($0 - $1) }.max() ?? 0
        #expect(worst < 1e-4)
    }

    @Test func leadingAxesFlatten() throws {
        let x = sampleInput([2, 3, 4], seed: 33)
        let y = try Tensor([0, 1, 2, 3, 2, 1] as [Int64], shape: [2, 3])
        let perRow = try x.reshaped(to: [6, 4]).sparseSoftmaxCrossEntropy(labels: y.reshaped(to: [6]))
        #expect(try x.sparseSoftmaxCrossEntropy(labels: y).asArray(Double.self) == perRow.asArray(Double.self))
    }

    @Test func badLabelsThrow() throws {
        #expect(throws: TensorError.self) { try logits.sparseSoftmaxCrossEntropy(labels: Tensor([0, 5, 1, 1] as [Int64], shape: [4])) }
        #expect(throws: TensorError.self) { try logits.sparseSoftmaxCrossEntropy(labels: Tensor([0, -1, 1, 1] as [Int64], shape: [4])) }
        #expect(throws: TensorError.self) { try logits.sparseSoftmaxCrossEntropy(labels: Tensor([0, 1] as [Int64], shape: [2])) }
    }
}

@Suite struct SoftmaxFastPathTests {
    @Test(arguments: [DType.float32, .float64])
    func matchesComposite(dtype: DType) throws {
        let x = try sampleInput([3, 7], seed: 41, low: -20, high: 20).cast(to: dtype)
        let fast = try x.softmax(axis: -1)
        let e = try (x - x.max(axes: [1], keepDims: true)).exp()
        let composite = try e / e.sum(axes: [1], keepDims: true)
        #expect(fast.dtype == dtype)
        let worst = zip(fast.asArray(Double.self), composite.asArray(Double.self)).map { Swift.abs($0 - $1) }.max() ?? 1
        #expect(worst < 1e-6)
    }

    @Test func recordsGradientWhenNeeded() throws {
        let x = sampleInput([2, 3], seed: 42)
        x.requiresGradient = true
        #expect(try x.softmax(axis: 1).hasGradientHistory)
        #expect(try !Tensor.withoutGradients { try x.softmax(axis: 1) }.hasGradientHistory)
    }
}
