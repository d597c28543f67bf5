import Testing
@testable import Tensors

@Test func creationMatchesNumPy() throws {
    #expect(try Tensor.linspace(-1, 2, count: 7, dtype: .float64).asArray(Double.self) == [-1, -0.5, 0, 0.5, 1, 1.5, 2])
    #expect(try Tensor.arange(0.5, 3, step: 0.75, dtype: .float64).asArray(Double.self) == [0.5, 1.25, 2, 2.75])
    #expect(try Tensor.arange(5, 0, step: -2, dtype: .int64).asArray(Int64.self) == [5, 3, 1])
    #expect(Tensor.full([2, 2], value: 7, dtype: .int32).asArray(Int32.self) == [7, 7, 7, 7])
    #expect(Tensor.zeros([2, 3]).shape == [2, 3])
    #expect(throws: TensorError.self) { try Tensor([1, 2, 3] as [Float], shape: [2, 2]) }
    #expect(throws: TensorError.self) { try Tensor.arange(0, 1, step: 0) }
}

@Test func castingMatchesNumPy() throws {
    #expect(try Tensor([-1.7, 2.9, 300.0, -0.2]).cast(to: .int32).asArray(Int32.self) == [-1, 2, 300, 0])
    #expect(try Tensor([-1, 256, 257] as [Int64]).cast(to: .uint8).asArray(UInt8.self) == [255, 0, 1])
    #expect(try Tensor([0, 0.5, -2] as [Float]).cast(to: .bool).asArray(Bool.self) == [false, true, true])
    #expect(DType(numpyName: "float") == .float64)
    #expect(DType(numpyName: "uint8") == .uint8)
}

@Test func joinAndPadMatchNumPy() throws {
    let padded = try Tensor.arange(4, dtype: .int64).reshaped(to: [2, 2]).padded([(1, 0), (0, 2)], value: 9)
    #expect(padded.shape == [3, 4])
    #expect(padded.asArray(Int64.self) == [9, 9, 9, 9, 0, 1, 9, 9, 2, 3, 9, 9])
    let parts = try Tensor.arange(7, dtype: .int64).split(indices: [2, 5])
    #expect(parts.map { $0.asArray(Int64.self) } == [[0, 1], [2, 3, 4], [5, 6]])
    // np.array_split(np.arange(7), 3)
    #expect(try Tensor.arange(7, dtype: .int64).arraySplit(sections: 3).map { $0.asArray(Int64.self) } == [[0, 1, 2], [3, 4], [5, 6]])
    let stacked = try Tensor.stack([Tensor([1, 2] as [Int32]), Tensor([3, 4] as [Int32])], axis: 1)
    #expect(stacked.shape == [2, 2])
    #expect(stacked.asArray(Int32.self) == [1, 3, 2, 4])
    #expect(try Tensor([-3, 0.5, 9]).clipped(min: 0, max: 2).asArray(Double.self) == [0, 0.5, 2])
    #expect(throws: TensorError.self) { try Tensor.concatenate([Tensor.zeros([2, 2]), Tensor.zeros([3, 3])], axis: 0) }
    #expect(throws: TensorError.self) { try Tensor.arange(7).split(sections: 2) }
}

@Test func seededGeneratorsRepeatAndDiffer() throws {
    var first = RandomGenerator(seed: 7), second = RandomGenerator(seed: 7), other = RandomGenerator(seed: 8)
    let a = Tensor.uniform([1000], using: &first).asArray(Float.self)
    let b = Tensor.uniform([1000], using: &second).asArray(Float.self)
    let c = Tensor.uniform([1000], using: &other).asArray(Float.self)
    #expect(a == b)
    #expect(a != c)
    var rng = RandomGenerator(seed: 1)
    let normal = Tensor.normal([100_000], mean: 3, standardDeviation: 2, dtype: .float64, using: &rng)
    #expect(Swift.abs(try normal.mean().item(Double.self) - 3) < 0.05)
    #expect(Swift.abs(try normal.standardDeviation().item(Double.self) - 2) < 0.05)
}

@Test func kerasInitializersHaveKerasScale() throws {
    var rng = RandomGenerator(seed: 3)
    let glorot = try Initializer.glorotUniform.make([3, 3, 16, 32], using: &rng)
    let limit = (6.0 / Double(9 * 16 + 9 * 32)).squareRoot()
    #expect(try glorot.abs().max().item(Double.self) <= limit)
    #expect(try glorot.abs().max().item(Double.self) > 0.9 * limit)
    let he = try Initializer.heNormal.make([400, 300], using: &rng)
    let sigma = (2.0 / 400).squareRoot()
    #expect(try he.abs().max().item(Double.self) <= 2 * sigma / 0.87962566103423978 + 1e-6)
    #expect(Swift.abs(try he.standardDeviation().item(Double.self) / sigma - 1) < 0.03)
    #expect(Initializer(kerasName: "he_normal") == .heNormal)
    #expect(try Initializer.zeros.make([2], using: &rng).asArray(Float.self) == [0, 0])
}
