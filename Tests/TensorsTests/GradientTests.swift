import Testing
import TestSupport
@testable import Tensors

@Suite struct GradientTests {
    let a = sampleInput([3, 4], seed: 1)
    let b = sampleInput([3, 4], seed: 2)
    let row = sampleInput([4], seed: 3)
    let positive = sampleInput([3, 4], seed: 4, low: 0.5, high: 3)

    @Test func add() throws { try checkGradient([a, row]) { try $0[0] + $0[1] } }
    @Test func subtract() throws { try checkGradient([a, row]) { try $0[0] - $0[1] } }
    @Test func multiply() throws { try checkGradient([a, row]) { try $0[0] * $0[1] } }
    @Test func divide() throws { try checkGradient([a, positive]) { try $0[0] / $0[1] } }
    @Test func power() throws { try checkGradient([positive, b]) { try $0[0].pow($0[1]) } }
    @Test func scalarPower() throws { try checkGradient([a]) { try $0[0].pow(3) } }
    @Test func maximum() throws { try checkGradient([a, b]) { try Tensor.maximum($0[0], $0[1]) } }
    @Test func minimum() throws { try checkGradient([a, b]) { try Tensor.minimum($0[0], $0[1]) } }
    @Test func negate() throws { try checkGradient([a]) { $0[0].negated() } }
    @Test func exp() throws { try checkGradient([a]) { try $0[0].exp() } }
    @Test func log() throws { try checkGradient([positive]) { try $0[0].log() } }
    @Test func sqrt() throws { try checkGradient([positive]) { try $0[0].sqrt() } }
    @Test func abs() throws { try checkGradient([a]) { try $0[0].abs() } }
    @Test func square() throws { try checkGradient([a]) { try $0[0].square() } }
    @Test func tanh() throws { try checkGradient([a]) { try $0[0].tanh() } }
    @Test func sigmoid() throws { try checkGradient([a]) { try $0[0].sigmoid() } }
    @Test func relu() throws { try checkGradient([a]) { try $0[0].relu() } }
    @Test func softmax() throws { try checkGradient([a]) { try $0[0].softmax(axis: -1) } }
    @Test func logSoftmax() throws { try checkGradient([a]) { try $0[0].logSoftmax(axis: 0) } }
    @Test func sumAxis() throws { try checkGradient([a]) { try $0[0].sum(axis: 1, keepDims: true) } }
    @Test func sumAll() throws { try checkGradient([a]) { try $0[0].sum() } }
    @Test func mean() throws { try checkGradient([a]) { try $0[0].mean(axes: [0]) } }
    @Test func variance() throws { try checkGradient([a]) { try $0[0].variance(axes: [1]) } }
    @Test func standardDeviation() throws { try checkGradient([a]) { try $0[0].standardDeviation() } }
    @Test func max() throws { try checkGradient([a]) { try $0[0].max(axis: 1) } }
    @Test func min() throws { try checkGradient([a]) { try $0[0].min(axis: 0) } }
    @Test func matmul() throws { try checkGradient([a, sampleInput([4, 2], seed: 5)]) { try $0[0].matmul($0[1]) } }
    @Test func matmulVector() throws { try checkGradient([a, row]) { try $0[0].matmul($0[1]) } }
    @Test func batchedMatmul() throws {
        try checkGradient([sampleInput([2, 3, 4], seed: 6), sampleInput([4, 5], seed: 7)]) { try $0[0].matmul($0[1]) }
    }
    @Test func reshape() throws { try checkGradient([a]) { try $0[0].reshaped(to: [2, 6]) } }
    @Test func transpose() throws { try checkGradient([a]) { try $0[0].transposed() * Tensor(2.0) } }
    @Test func expandSqueeze() throws { try checkGradient([a]) { try $0[0].expandedDimensions(axis: 1).squeezed() } }
    @Test func broadcast() throws { try checkGradient([row]) { try $0[0].broadcast(to: [3, 4]) } }
    @Test func clip() throws { try checkGradient([a]) { try $0[0].clipped(min: -1, max: 1) } }
    @Test func whereSelect() throws { try checkGradient([a, b]) { try Tensor.where($0[0] .> 0, $0[0], $0[1]) } }
    @Test func concatenate() throws { try checkGradient([a, b]) { try Tensor.concatenate([$0[0], $0[1]], axis: 1) } }
    @Test func stack() throws { try checkGradient([a, b]) { try Tensor.stack([$0[0], $0[1]], axis: 1) } }
    @Test func split() throws { try checkGradient([a]) { try $0[0].split(sections: 2, axis: 1)[1] } }
    @Test func pad() throws { try checkGradient([a]) { try $0[0].padded([(1, 0), (2, 1)]) } }
    @Test func gather() throws { try checkGradient([a]) { try $0[0].gathering([2, 0, 2, -1], axis: 0) } }
    @Test func cast() throws { try checkGradient([a], epsilon: 1e-2, tolerance: 1e-4) { try $0[0].cast(to: .float32).cast(to: .float64) } }
}
