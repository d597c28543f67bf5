import Testing
@testable import Tensors

@Test func gradientsAccumulateUntilZeroed() throws {
    let w = Tensor([1, 2, 3] as [Float])
    w.requiresGradient = true
    try (w * w).sum().backward()
    try (w * w).sum().backward()
    #expect(w.grad?.asArray(Float.self) == [4, 8, 12])
    w.grad = nil
    try (w * 3).sum().backward()
    #expect(w.grad?.asArray(Float.self) == [3, 3, 3])
}

@Test func tensorsWithoutGradientsRecordNothing() throws {
    let x = Tensor([1, 2] as [Float])
    let w = Tensor([3, 4] as [Float])
    #expect(try (x * w).hasGradientHistory == false)
    w.requiresGradient = true
    #expect(try (x * w).hasGradientHistory)
    let inference = try Tensor.withoutGradients { try x * w }
    #expect(inference.hasGradientHistory == false)
    #expect(inference.requiresGradient == false)
    #expect(Tensor.isRecordingGradients)
}

@Test func noGradientModeIsPerThread() async throws {
    let w = Tensor([1] as [Float])
    w.requiresGradient = true
    try await Tensor.withoutGradients {
        Task.detached { #expect(Tensor.isRecordingGradients) }
    }.value
    let recorded = try await Task.detached { try (w * 2).hasGradientHistory }.value
    #expect(recorded)
}

@Test func sharedSubexpressionsSumTheirGradients() throws {
    let x = Tensor([2] as [Float])
    x.requiresGradient = true
    let y = try x * x
    try (y * y + y).sum().backward()
    // d/dx (x^4 + x^2) = 4x^3 + 2x
    #expect(x.grad?.asArray(Float.self) == [36])
}

@Test func inputsNotRequiringGradientsGetNone() throws {
    let images = Tensor.ones([1, 4, 4, 1])
    let kernel = Tensor.ones([3, 3, 1, 2])
    kernel.requiresGradient = true
    try images.conv2d(kernel).sum().backward()
    #expect(images.grad == nil)
    #expect(kernel.grad?.asArray(Float.self) == [Float](repeating: 4, count: 18))
}

@Test func backwardErrors() throws {
    let x = Tensor([1, 2] as [Float])
    #expect(throws: TensorError.self) { try x.backward() }
    x.requiresGradient = true
    #expect(throws: TensorError.self) { try (x * 2).backward() }
    try (x * 2).backward(Tensor([1, 1] as [Float]))
    #expect(x.grad?.asArray(Float.self) == [2, 2])
}

@Test func shapeErrorsNameExpectedAndReceived() throws {
    let a = Tensor.zeros([32, 784]), b = Tensor.zeros([100, 10])
    do {
        _ = try a.matmul(b)
        Issue.record("expected an error")
    } catch let error as TensorError {
        #expect(error.description == "matmul expected inner dimensions to match, received (32, 784) and (100, 10)")
    }
    #expect(throws: TensorError.self) { try Tensor.zeros([2, 3]) + Tensor.zeros([4]) }
    #expect(throws: TensorError.self) { try Tensor.zeros([6]).reshaped(to: [4, -1]) }
    #expect(throws: TensorError.self) { try Tensor.zeros([2, 2]).transposed(axes: [0, 0]) }
    #expect(throws: TensorError.self) { try Tensor.oneHot(Tensor([3] as [Int64]), depth: 3) }
    #expect(throws: TensorError.self) { try Tensor.zeros([2]).item() }
}

@Test func oneHotAndMatmulValues() throws {
    #expect(try Tensor.oneHot(Tensor([2, 0] as [Int32]), depth: 3).asArray(Float.self) == [0, 0, 1, 1, 0, 0])
    let a = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])
    let b = try Tensor([7, 8, 9, 10, 11, 12] as [Float], shape: [3, 2])
    #expect(try a.matmul(b).asArray(Float.self) == [58, 64, 139, 154])
    #expect(try a.transposed().matmul(a).asArray(Float.self) == [17, 22, 27, 22, 29, 36, 27, 36, 45])
    #expect(try a.cast(to: .int32).matmul(b.cast(to: .int32)).asArray(Int32.self) == [58, 64, 139, 154])
}

@Test func backwardReleasesTheTapeUnlessAskedToRetainIt() throws {
    let w = Tensor([1, 2] as [Float])
    w.requiresGradient = true
    let loss = try (w * w).sum()
    try loss.backward(retainGraph: true)
    try loss.backward()
    #expect(w.grad?.asArray(Float.self) == [4, 8])
    #expect(throws: TensorError.self) { try loss.backward() }
    #expect(w.grad?.asArray(Float.self) == [4, 8])
}
