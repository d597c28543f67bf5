import Testing
import Tensors
@testable import NeuralNet

@Test func helloNeuralNetworkLearnsTwoXMinusOne() throws {
    let model = try TestModels.hello()
    try model.compile(optimizer: "sgd", loss: "mean_squared_error")
    try model.fit(try TestTensors.floats(TestModels.helloX, [6]), try TestTensors.floats(TestModels.helloY, [6]), epochs: 500, verbose: 0)
    let prediction = try model.predict(try TestTensors.floats([10], [1]), verbose: 0)
    #expect(prediction.shape == [1, 1])
    #expect(abs(try prediction.item(Double.self) - 19) < 0.2)
}

@Test func historyHasKerasKeysWithValidation() throws {
    let (x, y) = try TestData.blobs(count: 120)
    let model = try Sequential([try Dense(units: 8, activation: .relu, inputShape: [2]), try Dense(units: 3, activation: .softmax)])
    try model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy", metrics: ["accuracy"])
    let history = try model.fit(x, y, epochs: 3, verbose: 0, validationSplit: 0.25)
    #expect(history.keys == ["accuracy", "loss", "val_accuracy", "val_loss"])
    #expect(history.history["loss"]?.count == 3)
    #expect(history.epoch == [0, 1, 2])
}

@Test func metricIsLoggedUnderTheGivenName() throws {
    let (x, y) = try TestData.blobs(count: 60)
    let model = try Sequential([try Dense(units: 3, activation: .softmax, inputShape: [2])])
    try model.compile(optimizer: "rmsprop", loss: "sparse_categorical_crossentropy", metrics: ["acc"])
    let history = try model.fit(x, y, epochs: 1, verbose: 0, validationData: (x, y))
    #expect(history.keys == ["acc", "loss", "val_acc", "val_loss"])
}

@Test func separableBlobsAreLearned() throws {
    let (x, y) = try TestData.blobs(count: 300)
    let model = try Sequential([try Dense(units: 16, activation: .relu, inputShape: [2]), try Dense(units: 3, activation: .softmax)])
    try model.compile(optimizer: Adam(learningRate: 0.01), loss: .sparseCategoricalCrossentropy, metrics: ["accuracy"])
    let history = try model.fit(x, y, batchSize: 16, epochs: 15, verbose: 0)
    let last = history.history["accuracy"]?.last ?? 0
    #expect(last > 0.9)
    #expect((history.history["loss"]?.last ?? 9) < (history.history["loss"]?.first ?? 0))
    let evaluation = try model.evaluate(x, y, verbose: 0)
    #expect(evaluation.values.count == 2)
    #expect(abs((evaluation.metrics["accuracy"] ?? 0) - evaluation.values[1]) < 1e-12)
}

@Test func evaluateWithoutMetricsReturnsTheLossAlone() throws {
    let model = try TestModels.hello()
    try model.compile(optimizer: "sgd", loss: "mse")
    let result = try model.evaluate(try TestTensors.floats(TestModels.helloX, [6]), try TestTensors.floats(TestModels.helloY, [6]), verbose: 0)
    #expect(result.isScalar)
    #expect(result.values == [result.loss])
    #expect(result.loss > 0)
}

@Test func predictRunsInBatchesAndKeepsOrder() throws {
    let model = try Sequential([try Dense(units: 2, inputShape: [3])])
    let x = try TestTensors.floats(TestTensors.noise(70 * 3), [70, 3])
    let whole = try model.predict(x, batchSize: 100, verbose: 0)
    let batched = try model.predict(x, batchSize: 8, verbose: 0)
    #expect(batched.shape == [70, 2])
    #expect(whole.asArray(Float.self) == batched.asArray(Float.self))
}

@Test func sequentialBuildsOnFirstFitWithoutInputShape() throws {
    let model = try Sequential()
    try model.add(try Dense(units: 4, activation: .tanh))
    try model.add(try Dense(units: 1, activation: .sigmoid))
    #expect(!model.isBuilt)
    try model.compile(optimizer: "sgd", loss: "binary_crossentropy", metrics: ["accuracy"])
    let x = try TestTensors.floats(TestTensors.noise(40 * 5), [40, 5])
    let y = try TestTensors.floats((0..<40).map { Float($0 % 2) }, [40])
    try model.fit(x, y, epochs: 1, verbose: 0)
    #expect(model.isBuilt)
    #expect(model.parameterCount == 5 * 4 + 4 + 4 + 1)
    #expect(try model.layer(named: model.layers[1].name) === model.layers[1])
}

@Test func stepsPerEpochLimitsBatches() throws {
    let (x, y) = try TestData.blobs(count: 64)
    let model = try Sequential([try Dense(units: 3, activation: .softmax, inputShape: [2])])
    try model.compile(optimizer: "sgd", loss: "sparse_categorical_crossentropy")
    var batches = 0
    let counter = LambdaCallback(onBatchEnd: { _, _ in batches += 1 })
    try model.fit(x, y, batchSize: 8, epochs: 2, verbose: 0, callbacks: [counter], stepsPerEpoch: 3)
    #expect(batches == 6)
}

/// Small synthetic data sets.
enum TestData {
    /// Three well separated 2-D clusters, labels 0, 1, 2.
    static func blobs(count: Int) throws -> (Tensor, Tensor) {
        let noise = TestTensors.noise(count * 2, seed: 7)
        let centers: [(Float, Float)] = [(-2, -2), (2, -2), (0, 2)]
        var points: [Float] = [], labels: [Float] = []
        for index in 0..<count {
            let label = index % 3
            points += [centers[label].0 + noise[2 * index] - 0.5, centers[label].1 + noise[2 * index + 1] - 0.5]
            labels.append(Float(label))
        }
        return (try Tensor(points, shape: [count, 2]), try Tensor(labels, shape: [count]))
    }
}

@Test func frozenLayersKeepTheirWeights() throws {
    let (x, y) = try TestData.blobs(count: 30)
    let first = try Dense(units: 4, activation: .relu, inputShape: [2])
    let model = try Sequential([first, try Dense(units: 3, activation: .softmax)])
    first.isTrainable = false
    try model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy")
    let before = first.weights.map { $0.asArray(Float.self) }
    let lastBefore = model.layers[1].weights[0].asArray(Float.self)
    try model.fit(x, y, epochs: 2, verbose: 0)
    #expect(first.weights.map { $0.asArray(Float.self) } == before)
    #expect(model.layers[1].weights[0].asArray(Float.self) != lastBefore)
    #expect(model.trainableWeights.count == 2 && model.nonTrainableWeights.count == 2)
    #expect(model.summary(lineLength: 76).contains(" Non-trainable params: 12 (48.00 B)"))
}
