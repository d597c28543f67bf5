import Testing
import TestSupport
@testable import Tensors

@Test func reshapeSliceAndTransposeAreViews() throws {
    let base = try Tensor.arange(12, dtype: .int64).reshaped(to: [3, 4])
    let reshaped = try base.reshaped(to: [2, 6])
    let column = try base[.all, 1]
    let transposed = base.transposed()
    let stepped = try base[.slice(nil, nil, 2), .slice(nil, nil, -1)]
    try reshaped.assign(Tensor(Int64(100)), at: [0, 0])
    try column.assign(Tensor([-1, -2, -3] as [Int64]))
    try transposed.assign(Tensor(Int64(55)), at: [3, 2])
    try stepped.assign(Tensor(Int64(77)), at: [1, 0])
    #expect(base.asArray(Int64.self) == [100, -1, 2, 3, 4, -2, 6, 7, 8, -3, 10, 77])
    #expect(transposed.isContiguous == false)
    #expect(try transposed.reshaped(to: [12]).asArray(Int64.self) == [100, 4, 8, -1, -2, -3, 2, 6, 10, 3, 7, 77])
}

@Test func maskAndArrayAssignmentWriteThrough() throws {
    let x = Tensor([-2, 3, -1, 4] as [Float])
    let view = try x.reshaped(to: [2, 2])
    try x.assign(Tensor(0 as Float), at: [.mask(x .< 0)])
    #expect(view.asArray(Float.self) == [0, 3, 0, 4])
    try view.assign(Tensor([9, 8] as [Float], shape: [2, 1]), at: [.all, .indices(Tensor([1] as [Int64]))])
    #expect(x.asArray(Float.self) == [0, 9, 0, 8])
    #expect(throws: TensorError.self) { try x.assign(Tensor(1 as Float), at: [4]) }
}

@Test func assignmentIntoIntegerArrayTruncatesFloats() throws {
    let pixels = Tensor([0, 0] as [UInt8])
    try pixels.assign(Tensor([3.9, 255.7]))
    #expect(pixels.asArray(UInt8.self) == [3, 255])
}

@Test func indexErrorsNameTheProblem() throws {
    let x = Tensor.zeros([2, 3])
    #expect(throws: TensorError.self) { try x[2] }
    #expect(throws: TensorError.self) { try x[0, 0, 0] }
    #expect(throws: TensorError.self) { try x[.slice(nil, nil, 0)] }
    #expect(throws: TensorError.self) { try x[.mask(Tensor([true, false, true]))] }
    #expect(throws: TensorError.self) { try x[.indices(Tensor([0.5] as [Float]))] }
    #expect(throws: TensorError.self) { try x[.ellipsis, .ellipsis] }
    do {
        _ = try x[5]
        Issue.record("expected an error")
    } catch let error as TensorError {
        #expect(error.description.contains("5"))
        #expect(error.description.contains("size 2"))
    }
}

@Test func indexingGradientsScatterBack() throws {
    let x = sampleInput([3, 4], seed: 21)
    try checkGradient([x]) { try $0[0][.slice(nil, nil, -2), .indices(Tensor([1, 1, 3] as [Int64]))] }
    try checkGradient([x]) { try $0[0][1, .slice(1, nil, nil)] }
    try checkGradient([x]) { try $0[0][.mask($0[0] .> 0)] }
}

@Test func absurdShapesThrowInsteadOfTrapping() throws {
    #expect(throws: TensorError.self) { try Tensor.zeros([4]).reshaped(to: [Int.max, 4]) }
    #expect(throws: TensorError.self) { try Tensor.validate(shape: [1 << 32, 1 << 32]) }
    #expect(throws: TensorError.self) { try Tensor.validate(shape: [-1]) }
    #expect(throws: TensorError.self) { try Tensor.arange(0, 1e300) }
    #expect(throws: TensorError.self) { try Tensor([1] as [Float], shape: [-1, -1]) }
    var rng = RandomGenerator(seed: 0)
    #expect(Tensor.uniform([-3], using: &rng).count == 0)
}

@Test func booleanIndicesActAsMasks() throws {
    let x = Tensor([1, 2, 3] as [Int32])
    #expect(try x[.indices(Tensor([true, false, true]))].asArray(Int32.self) == [1, 3])
    #expect(throws: TensorError.self) { try x[.mask(Tensor(true))] }
}
