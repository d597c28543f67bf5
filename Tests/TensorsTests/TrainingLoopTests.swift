import Testing
@testable import Tensors

/// The course's first model (y = 2x − 1) trained with plain gradient descent on the tape.
@Test func linearRegressionLearnsTheLine() throws {
    let x = try Tensor([-1, 0, 1, 2, 3, 4] as [Float], shape: [6, 1])
    let y = try x * 2 - 1
    var rng = RandomGenerator(seed: 0)
    let w = try Initializer.glorotUniform.make([1, 1], using: &rng)
    let b = Tensor.zeros([1])
    w.requiresGradient = true
    b.requiresGradient = true
    for _ in 0..<500 {
        let loss = try (x.matmul(w) + b - y).square().mean()
        try loss.backward()
        try Tensor.withoutGradients {
            for parameter in [w, b] {
                try parameter.assign(parameter - parameter.grad! * 0.05)
                parameter.grad = nil
            }
        }
    }
    let prediction = try Tensor.withoutGradients { try Tensor([10] as [Float], shape: [1, 1]).matmul(w) + b }
    #expect(Swift.abs(try prediction.item(Float.self) - 19) < 0.05)
}

/// A tiny CNN step: every parameter gets a gradient of its own shape, the first input none.
@Test func convolutionalNetworkStepProducesGradients() throws {
    var rng = RandomGenerator(seed: 1)
    let images = Tensor.uniform([4, 8, 8, 1], using: &rng)
    let labels = Tensor([0, 1, 2, 1] as [Int64])
    let kernel = try Initializer.glorotUniform.make([3, 3, 1, 4], using: &rng)
    let bias = Tensor.zeros([4])
    let dense = try Initializer.glorotUniform.make([3 * 3 * 4, 3], using: &rng)
    let parameters = [kernel, bias, dense]
    for parameter in parameters { parameter.requiresGradient = true }
    let features = try images.conv2d(kernel, bias: bias).relu().maxPool2d(poolSize: (2, 2))
    let logits = try features.reshaped(to: [4, -1]).matmul(dense)
    let loss = try (logits.logSoftmax(axis: -1) * Tensor.oneHot(labels, depth: 3)).sum(axis: -1).mean().negated()
    try loss.backward()
    #expect(images.grad == nil)
    for parameter in parameters {
        #expect(parameter.grad?.shape == parameter.shape)
        #expect(try parameter.grad!.abs().sum().item(Float.self) > 0)
    }
}
