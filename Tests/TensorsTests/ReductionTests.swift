import Testing
@testable import Tensors

/// Expected values from NumPy 2.4 for x = (arange(24).reshape(2,3,4) * 7 % 11 - 5).
@Suite struct ReductionTests {
    let x = try! Tensor([-5.0, 2, -2, 5, 1, -3, 4, 0, -4, 3, -1, -5, 2, -2, 5, 1, -3, 4, 0, -4, 3, -1, -5, 2], shape: [2, 3, 4])

    func close(_ a: [Double], _ b: [Double]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { Swift.abs($0 - $1) < 1e-9 }
    }

    @Test(arguments: [DType.float64, .float32])
    func sums(dtype: DType) throws {
        let y = try x.cast(to: dtype)
        #expect(try y.sum().asArray(Double.self) == [-3])
        let byAxis = try y.sum(axis: 1)
        #expect(byAxis.shape == [2, 4])
        #expect(byAxis.asArray(Double.self) == [-8, 2, 1, 0, 2, 1, 0, -1])
        let kept = try y.sum(axes: [0, 2], keepDims: true)
        #expect(kept.shape == [1, 3, 1])
        #expect(kept.asArray(Double.self) == [6, -1, -8])
        #expect(try y.transposed().sum(axis: 0).transposed().asArray(Double.self) == (try y.sum(axis: 2)).asArray(Double.self))
    }

    @Test func meanVarianceStd() throws {
        #expect(try x.mean(axis: 2).asArray(Double.self) == [0, 0.5, -1.75, 1.5, -0.75, -0.25])
        #expect(close(try x.variance(axes: [1]).asArray(Double.self),
                      [6.888888888888889, 6.888888888888889, 6.888888888888889, 16.666666666666668,
                       6.888888888888889, 6.888888888888889, 16.666666666666668, 6.888888888888889]))
        #expect(close(try x.standardDeviation().asArray(Double.self), [3.2185982973959333]))
    }

    @Test func extremaAndArgExtrema() throws {
        #expect(try x.max(axis: 0).asArray(Double.self) == [2, 2, 5, 5, 1, 4, 4, 0, 3, 3, -1, 2])
        #expect(try x.min(axes: [1, 2]).asArray(Double.self) == [-5, -5])
        #expect(try x.argMax(axis: 1).asArray(Int64.self) == [1, 2, 1, 0, 2, 1, 0, 2])
        #expect(try x.argMin(axis: -1).asArray(Int64.self) == [0, 1, 3, 1, 3, 2])
        #expect(try x.argMax().item(Int64.self) == 3)
        #expect(throws: TensorError.self) { try Tensor.zeros([0]).max() }
        #expect(throws: TensorError.self) { try x.sum(axis: 3) }
        #expect(throws: TensorError.self) { try x.sum(axes: [1, -2]) }
    }

    @Test func softmaxRowsMatchNumPy() throws {
        let expected = [4.320739840391574e-05, 0.047382665779162864, 0.0008678437959967297, 0.9517062830264365,
                        0.046572861464959536, 0.0008530117126072425, 0.9354409285729489, 0.017133198249484317,
                        0.0008943851241441663, 0.9808123835416462, 0.01796420543454744, 0.00032902589966220697]
        #expect(close(try x[0].softmax(axis: -1).asArray(Double.self), expected))
        let logs = try x[0].logSoftmax(axis: -1).exp().asArray(Double.self)
        #expect(close(logs, expected))
    }

    @Test func largeFloatSumIsAccurate() throws {
        let ones = Tensor.ones([3_000_001])
        #expect(try ones.sum().item(Float.self) == 3_000_001)
        #expect(try ones.mean().item(Float.self) == 1)
        let columns = Tensor.ones([100_000, 3])
        #expect(try columns.sum(axis: 0).asArray(Float.self) == [100_000, 100_000, 100_000])
    }
}
