import Testing
@testable import Tensors

@Test func mutableBufferWritesAreVisibleThroughViews() throws {
    let x = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])
    let view = try x.reshaped(to: [3, 2])
    try x.withUnsafeMutableBufferPointer(Float.self) { buffer in
        for i in buffer.indices { buffer[i] *= 10 }
    }
    #expect(view.asArray(Float.self) == [10, 20, 30, 40, 50, 60])
    #expect(throws: TensorError.self) { try x.transposed().withUnsafeMutableBufferPointer(Float.self) { _ in } }
    #expect(throws: TensorError.self) { try x.withUnsafeBufferPointer(Double.self) { _ in } }
}

@Test func bufferReadOfTransposedViewIsRowMajor() throws {
    let x = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])
    let values = try x.transposed().withUnsafeBufferPointer(Float.self) { Array($0) }
    #expect(values == [1, 4, 2, 5, 3, 6])
}

@Test func initializerFillsThroughBuffer() throws {
    let x = try Tensor(shape: [2, 2], of: Float.self) { buffer in
        for i in buffer.indices { buffer[i] = Float(i * i) }
    }
    #expect(x.asArray(Float.self) == [0, 1, 4, 9])
}

@Test func gatheringTakesRows() throws {
    let x = try Tensor((0..<12).map(Int32.init), shape: [4, 3])
    let rows = try x.gathering([3, 0, -1])
    #expect(rows.shape == [3, 3])
    #expect(rows.asArray(Int32.self) == [9, 10, 11, 0, 1, 2, 9, 10, 11])
    let columns = try x.gathering([2], axis: 1)
    #expect(columns.asArray(Int32.self) == [2, 5, 8, 11])
    #expect(throws: TensorError.self) { try x.gathering([4]) }
}

@Test func bufferPoolReusesFreedBuffersAndDrains() throws {
    let pool = BufferPool()
    let first = pool.take(byteCount: 1 << 20)
    pool.give(first, byteCount: 1 << 20)
    #expect(pool.cachedBytes == 1 << 20)
    let second = pool.take(byteCount: 1 << 20)
    #expect(second == first)
    #expect(pool.cachedBytes == 0)
    pool.give(second, byteCount: 1 << 20)
    let small = pool.take(byteCount: 100)
    pool.give(small, byteCount: 100)
    #expect(pool.cachedBytes == 1 << 20)
    pool.drain()
    #expect(pool.cachedBytes == 0)
    Tensor.releaseCachedBuffers()
}
