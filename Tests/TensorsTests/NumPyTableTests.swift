import Testing
@testable import Tensors

@Test(arguments: NumPyTables.promotion)
func promotionMatchesNumPy(a: DType, b: DType, expected: DType) throws {
    #expect(DType.promote(a, b) == expected)
    let sum = try Tensor.ones([2], dtype: a) * Tensor.ones([2], dtype: b)
    #expect(sum.dtype == expected)
}

@Test(arguments: NumPyTables.broadcasting)
func broadcastingMatchesNumPy(a: [Int], b: [Int], expected: [Int]?, values: [Double]) throws {
    let x = try Tensor.arange(a.reduce(1, *), dtype: .float64).reshaped(to: a)
    let y = try Tensor.arange(b.reduce(1, *), dtype: .float64).reshaped(to: b)
    if let expected {
        let result = try x - y * 2
        #expect(result.shape == expected)
        #expect(result.asArray(Double.self) == values)
    } else {
        #expect(throws: TensorError.self) { try x - y }
    }
}

@Test func indexingMatchesNumPy() throws {
    let x = try Tensor.arange(24, dtype: .int64).reshaped(to: [2, 3, 4])
    for (python, index, shape, values) in try NumPyTables.indexingCases(x) {
        let result = try x.indexed(index)
        #expect(result.shape == shape, "\(python)")
        #expect(result.asArray(Int64.self) == values, "\(python)")
    }
}

@Test func scalarPromotionIsValueBased() throws {
    let pixels = Tensor([10, 200] as [UInt8])
    #expect(try (pixels * 2).dtype == .uint8)
    let negated = try pixels * -1
    #expect(negated.dtype == .int32)
    #expect(negated.asArray(Int64.self) == [-10, -200])
    #expect(try (pixels / 255.0).dtype == .float64)
    #expect(try (Tensor([1, 2] as [Float]) * 0.5).dtype == .float32)
    #expect(try (Tensor([1, 2] as [Int32]) + 1.5).asArray(Double.self) == [2.5, 3.5])
}

@Test func integerArithmeticFollowsPython() throws {
    let a = Tensor([7, -7, 7, -7] as [Int64])
    let b = Tensor([2, 2, -2, -2] as [Int64])
    #expect(try a.floorDivided(by: b).asArray(Int64.self) == [3, -4, -4, 3])
    #expect(try a.remainder(dividingBy: b).asArray(Int64.self) == [1, 1, -1, -1])
    #expect(try (a / b).asArray(Double.self) == [3.5, -3.5, -3.5, 3.5])
    #expect(try (Tensor([250] as [UInt8]) + Tensor([10] as [UInt8])).asArray(Int64.self) == [4])
    #expect(throws: TensorError.self) { try a.pow(Tensor([-1] as [Int64])) }
}
