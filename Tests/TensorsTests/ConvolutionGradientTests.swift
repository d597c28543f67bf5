import Testing
import TestSupport
@testable import Tensors

/// Convolution and pooling run in float32 only, so their checks use a larger step and tolerance.
@Suite struct ConvolutionGradientTests {
    let images = sampleInput([2, 5, 5, 3], seed: 11, dtype: .float32)
    let kernel = sampleInput([3, 3, 3, 4], seed: 12, dtype: .float32)
    let bias = sampleInput([4], seed: 13, dtype: .float32)

    @Test(arguments: [Padding.valid, .same])
    func conv2d(padding: Padding) throws {
        try checkGradient([images, kernel, bias], epsilon: 1e-2, tolerance: 2e-3) {
            try $0[0].conv2d($0[1], bias: $0[2], padding: padding)
        }
    }
    @Test func conv2dStridedNoBias() throws {
        try checkGradient([images, kernel], epsilon: 1e-2, tolerance: 2e-3) { try $0[0].conv2d($0[1], strides: (2, 2), padding: .same) }
    }
    @Test func conv2dFusedRelu() throws {
        try checkGradient([images, kernel, bias], epsilon: 1e-3, tolerance: 5e-3) {
            try $0[0].conv2d($0[1], bias: $0[2], padding: .same, activation: .relu)
        }
        let fused = try images.conv2d(kernel, bias: bias, activation: .relu)
        let separate = try images.conv2d(kernel, bias: bias).relu()
        #expect(fused.asArray(Float.self) == separate.asArray(Float.self))
    }
    @Test func maxPool() throws {
        try checkGradient([images], epsilon: 1e-3, tolerance: 2e-3) { try $0[0].maxPool2d(poolSize: (2, 2)) }
    }
    @Test func avgPool() throws {
        try checkGradient([images], epsilon: 1e-2, tolerance: 2e-3) { try $0[0].avgPool2d(poolSize: (2, 2), strides: (1, 1), padding: .same) }
    }

    @Test func convolutionMatchesDirectSum() throws {
        let x = try Tensor((0..<16).map(Float.init), shape: [1, 4, 4, 1])
        let w = Tensor.ones([2, 2, 1, 1])
        let y = try x.conv2d(w, bias: Tensor([10] as [Float]))
        let expected: [Float] = (0..<3).flatMap { r in
            (0..<3).map { c in
                let top = Float(r * 4 + c)
                return top + (top + 1) + (top + 4) + (top + 5) + 10
            }
        }
        #expect(y.shape == [1, 3, 3, 1])
        #expect(y.asArray(Float.self) == expected)
    }

    @Test func convolutionErrorsNameShapes() throws {
        let x = Tensor.zeros([1, 4, 4, 2])
        #expect(throws: TensorError.self) { try x.conv2d(Tensor.zeros([3, 3, 1, 8])) }
        #expect(throws: TensorError.self) { try x.conv2d(Tensor.zeros([3, 3, 2, 8]), bias: Tensor.zeros([7])) }
        #expect(throws: TensorError.self) { try x.maxPool2d(poolSize: (5, 5)) }
        #expect(throws: TensorError.self) { try x.cast(to: .float64).conv2d(Tensor.zeros([3, 3, 2, 8])) }
    }
}
