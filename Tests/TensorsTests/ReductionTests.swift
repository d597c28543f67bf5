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
        #expect(
            close(
                try x.variance(axes: [1]).asArray(Double.self),
                [
                    6.888888888888889, 6.888888888888889, 6.888888888888889, 16.666666666666668,
                    6.888888888888889, 6.888888888888889, 16.666666666666668, 6.888888888888889,
                ]))
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
        let expected = [
            4.320739840391574e-05, 0.047382665779162864, 0.0008678437959967297, 0.9517062830264365,
            0.046572861464959536, 0.0008530117126072425, 0.9354409285729489, 0.017133198249484317,
            0.0008943851241441663, 0.9808123835416462, 0.01796420543454744, 0.00032902589966220697,
        ]
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

/// Reductions over middle axes read the input in place; every layout must agree with a copy
/// permuted so that the reduced axes come last.
@Test(arguments: [[1, 2], [1], [0, 1], [2, 3], [0, 3], [1, 3]])
func reductionLayoutsAgree(axes: [Int]) throws {
    var rng = RandomGenerator(seed: 4)
    let x = Tensor.uniform([3, 4, 5, 6], low: -1, high: 1, dtype: .float64, using: &rng)
    let kept = (0..<4).filter { !axes.contains($0) }
    let permuted = try x.transposed(axes: kept + axes).copy()
    let expectedShape = kept.map { x.shape[$0] }
    let rows = try permuted.reshaped(to: [expectedShape.reduce(1, *), -1]).asArray(Double.self)
    let length = axes.map { x.shape[$0] }.reduce(1, *)
    let sums = stride(from: 0, to: rows.count, by: length).map { rows[$0..<($0 + length)].reduce(0, +) }
    let maxima = stride(from: 0, to: rows.count, by: length).map { rows[$0..<($0 + length)].max()! }
    for dtype in [DType.float64, .float32] {
        let y = try x.cast(to: dtype)
        let sum = try y.sum(axes: axes)
        #expect(sum.shape == expectedShape)
        #expect(zip(sum.asArray(Double.self), sums).allSatisfy { Swift.abs($0 - $1) < 1e-4 })
        #expect(zip(try y.max(axes: axes).asArray(Double.self), maxima).allSatisfy { Swift.abs($0 - $1) < 1e-6 })
    }
    if axes.count == 1 {
        let indices = try x.argMax(axis: axes[0]).asArray(Int64.self)
        let expected = stride(from: 0, to: rows.count, by: length).map { start in
            Int64(rows[start..<(start + length)].indices.max { rows[$0] < rows[$1] }! - start)
        }
        #expect(indices == expected)
    }
}
