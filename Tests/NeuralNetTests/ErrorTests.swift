import Testing
import Tensors
@testable import NeuralNet

/// The message of the `NeuralNetError` thrown by `body`, or "" when it does not throw one.
func errorMessage(_ body: () throws -> Void) -> String {
    do { try body() } catch let error as NeuralNetError { return error.description } catch { return "other: \(error)" }
    return ""
}

@Test func softmaxOfOneUnitAgainstThreeOneHotClasses() throws {
    let model = try Sequential([Flatten(inputShape: [4, 4, 3]), try Dense(units: 1, activation: .softmax)])
    try model.compile(optimizer: "rmsprop", loss: "categorical_crossentropy", metrics: ["accuracy"])
    let x = try TestTensors.floats(TestTensors.noise(6 * 48), [6, 4, 4, 3])
    let y = try Tensor.oneHot(try Tensor([0, 1, 2, 0, 1, 2] as [Int64], shape: [6]), depth: 3)
    let message = errorMessage { try model.fit(x, y, epochs: 1, verbose: 0) }
    #expect(message.hasPrefix("Arguments `target` and `output` must have the same shape. Received: target.shape=(None, 3), output.shape=(None, 1)."))
    #expect(message.contains("Dense(3, activation='softmax')"))
}

@Test func sparseLabelOutsideTheOutputRange() throws {
    let model = try Sequential([Flatten(inputShape: [2, 2]), try Dense(units: 5, activation: .softmax)])
    try model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy", metrics: ["accuracy"])
    let x = try TestTensors.floats(TestTensors.noise(4 * 4), [4, 2, 2])
    let y = try Tensor([1, 9, 3, 0] as [UInt8], shape: [4])
    let message = errorMessage { try model.fit(x, y, epochs: 1, verbose: 0) }
    #expect(message.hasPrefix("Received a label value of 9 which is outside the valid range of [0, 5). Label values: 1 9 3 0."))
    #expect(message.contains("Dense(10, activation='softmax')"))
}

@Test func fitBeforeCompile() throws {
    let model = try TestModels.hello()
    let message = errorMessage { try model.fit(try TestTensors.floats([1, 2], [2]), try TestTensors.floats([1, 2], [2]), verbose: 0) }
    #expect(message.hasPrefix("You must call `compile()` before using the model."))
    #expect(message.contains("model.fit()"))
}

@Test func inputShapeThatDoesNotFitTheFirstLayer() throws {
    let model = try TestModels.dnn()
    try model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy")
    let x = try TestTensors.floats(TestTensors.noise(3 * 784), [3, 784])
    let y = try Tensor([1, 2, 3] as [UInt8], shape: [3])
    let message = errorMessage { try model.fit(x, y, verbose: 0) }
    #expect(message.hasPrefix("Input 0 of layer \"\(model.name)\" is incompatible with the layer: expected shape=(None, 28, 28), found shape=(None, 784)."))
    #expect(message.contains("reshape"))
}

@Test func missingFlattenGivesKerasRankError() throws {
    let model = try Sequential([try Dense(units: 10, activation: .softmax, inputShape: [28, 28])])
    try model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy")
    let x = try TestTensors.floats(TestTensors.noise(2 * 784), [2, 28, 28])
    let message = errorMessage { try model.fit(x, try Tensor([1, 2] as [UInt8], shape: [2]), verbose: 0) }
    #expect(message.hasPrefix("Argument `output` must have rank (ndim) `target.ndim - 1`. Received: target.shape=(None,), output.shape=(None, 28, 10)."))
    #expect(message.contains("Flatten()"))
}

@Test func imagesWithTheWrongChannelCount() throws {
    let model = try TestModels.cnn(names: false)
    let message = errorMessage { _ = try model.predict(try TestTensors.floats(TestTensors.noise(784 * 3), [1, 28, 28, 3]), verbose: 0) }
    #expect(message.contains("expected shape=(None, 28, 28, 1), found shape=(1, 28, 28, 3)"))
}

@Test func unknownLayerName() throws {
    let model = try TestModels.cnn()
    let message = errorMessage { _ = try model.layer(named: "mixed7") }
    #expect(message.hasPrefix("No such layer: mixed7."))
}

@Test func unknownOptimizerAndLoss() throws {
    let model = try TestModels.hello()
    #expect(errorMessage { try model.compile(optimizer: "adamw2", loss: "mse") }.contains("Could not interpret optimizer identifier: adamw2"))
    #expect(errorMessage { try model.compile(optimizer: "sgd", loss: "hinge2") }.contains("Could not interpret loss identifier: hinge2"))
}
