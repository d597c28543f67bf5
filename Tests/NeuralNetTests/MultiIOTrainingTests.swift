import Testing
import Tensors
@testable import NeuralNet

/// Models of two inputs or two outputs trained with Keras' list and dict forms; the expected
/// keys and their order are those Keras 3.15 (TensorFlow backend) logs and returns.
@Suite struct MultiIOTrainingTests {
    /// `count` points of two 2-D inputs whose label is 1 when a₀ + b₀ > 1: neither input alone decides it.
    static func twoInputData(count: Int) throws -> (a: Tensor, b: Tensor, y: Tensor) {
        let noise = TestTensors.noise(count * 4, seed: 11)
        let a = Array(noise[0..<(count * 2)]), b = Array(noise[(count * 2)...])
        let labels = (0..<count).map { a[2 * $0] + b[2 * $0] > 1 ? Float(1) : 0 }
        return (try Tensor(a, shape: [count, 2]), try Tensor(b, shape: [count, 2]), try Tensor(labels, shape: [count]))
    }

    /// Blob points, their cluster (0, 1, 2) and whether they lie right of x = 0 (0/1).
    static func twoOutputData(count: Int) throws -> (x: Tensor, kind: Tensor, right: Tensor) {
        let (x, kind) = try TestData.blobs(count: count)
        let points = x.asArray(Float.self)
        let right = try Tensor((0..<count).map { points[2 * $0] > 0 ? Float(1) : 0 }, shape: [count])
        return (x, kind, right)
    }

    /// One input (named `point`), a 3-class head `kind` and a 1-unit head `right`.
    static func twoOutputModel() throws -> Model {
        let input = try Input(shape: [2], name: "point")
        let hidden = try Dense(units: 16, activation: .relu)(input)
        let kind = try Dense(units: 3, activation: .softmax, name: "kind")(hidden)
        let right = try Dense(units: 1, activation: .sigmoid, name: "right")(hidden)
        return try Model(inputs: [input], outputs: [kind, right])
    }

    /// Inputs `a` and `b` joined, one sigmoid output.
    static func twoInputModel() throws -> Model {
        let a = try Input(shape: [2], name: "a"), b = try Input(shape: [2], name: "b")
        let hidden = try Dense(units: 16, activation: .relu)(try Concatenate()([a, b]))
        return try Model(inputs: [a, b], outputs: [try Dense(units: 1, activation: .sigmoid, name: "sum")(hidden)])
    }

    @Test func twoInputModelLearns() throws {
        let (a, b, y) = try Self.twoInputData(count: 240)
        let model = try Self.twoInputModel()
        try model.compile(optimizer: Adam(learningRate: 0.02), loss: .binaryCrossentropy, metrics: ["accuracy"])
        let history = try model.fit([a, b], [y], batchSize: 16, epochs: 40, verbose: 0)
        #expect(history.keys == ["accuracy", "loss"])
        let losses = try #require(history.history["loss"])
        #expect(losses.last! < 0.6 * losses.first!)
        #expect((history.history["accuracy"]?.last ?? 0) > 0.85)
        let result = try model.evaluate([a, b], [y], verbose: 0)
        #expect(result.names == ["loss", "accuracy"])
        #expect(model.metricsNames == ["loss", "accuracy"])
    }

    @Test func twoOutputModelLearnsAndLogsPerOutputKeys() throws {
        let (x, kind, right) = try Self.twoOutputData(count: 300)
        let model = try Self.twoOutputModel()
        try model.compile(
            optimizer: Adam(learningRate: 0.01), loss: .list([.sparseCategoricalCrossentropy, .binaryCrossentropy]),
            metrics: .byName(["kind": ["accuracy"]]))
        let history = try model.fit([x], [kind, right], batchSize: 16, epochs: 15, verbose: 0, validationSplit: 0.2)
        #expect(history.keys == ["kind_accuracy", "kind_loss", "loss", "right_loss", "val_kind_accuracy", "val_kind_loss", "val_loss", "val_right_loss"])
        for key in ["loss", "kind_loss", "right_loss"] {
            let values = try #require(history.history[key])
            #expect(values.last! < 0.5 * values.first!, "\(key) \(values)")
        }
        #expect((history.history["kind_accuracy"]?.last ?? 0) > 0.9)
        #expect((history.history["val_kind_accuracy"]?.last ?? 0) > 0.9)
    }

    @Test func evaluateOrderAndWeightedTotal() throws {
        let (x, kind, right) = try Self.twoOutputData(count: 90)
        let model = try Self.twoOutputModel()
        try model.compile(
            optimizer: SGD(), loss: .byName(["right": .binaryCrossentropy, "kind": .sparseCategoricalCrossentropy]),
            lossWeights: .list([1, 0.25]), metrics: .list([["accuracy"], ["acc", "binary_accuracy"]]))
        let result = try model.evaluate([x], [kind, right], batchSize: 32, verbose: 0)
        #expect(result.names == ["loss", "kind_loss", "right_loss", "kind_accuracy", "right_acc", "right_binary_accuracy"])
        #expect(model.metricsNames == result.names)
        let kindLoss = try #require(result.metrics["kind_loss"]), rightLoss = try #require(result.metrics["right_loss"])
        #expect(abs(result.loss - (kindLoss + 0.25 * rightLoss)) < 1e-5)
        let predicted = try model.predict([x], verbose: 0)
        let expectedKind = try Loss.sparseCategoricalCrossentropy(target: kind, output: predicted[0]).item(Double.self)
        let expectedRight = try Loss.binaryCrossentropy(target: right, output: predicted[1]).item(Double.self)
        #expect(abs(kindLoss - expectedKind) < 1e-4)
        #expect(abs(rightLoss - expectedRight) < 1e-4)
        let accuracy = try Accuracy.binary.correct(target: right, output: predicted[1]) / 90
        #expect(abs((result.metrics["right_acc"] ?? -1) - accuracy) < 1e-9)
    }

    @Test func lossWeightsScaleTheTotalBeingMinimized() throws {
        let (x, kind, right) = try Self.twoOutputData(count: 60)
        let model = try Self.twoOutputModel()
        try model.compile(optimizer: SGD(), loss: .list([.sparseCategoricalCrossentropy, .binaryCrossentropy]))
        let plain = try model.evaluate([x], [kind, right], verbose: 0)
        try model.compile(optimizer: SGD(), loss: .list([.sparseCategoricalCrossentropy, .binaryCrossentropy]), lossWeights: .byName(["right": 3]))
        let weighted = try model.evaluate([x], [kind, right], verbose: 0)
        let kindLoss = try #require(plain.metrics["kind_loss"]), rightLoss = try #require(plain.metrics["right_loss"])
        #expect(abs(plain.loss - (kindLoss + rightLoss)) < 1e-5)
        #expect(abs(weighted.loss - (kindLoss + 3 * rightLoss)) < 1e-5)
        #expect(weighted.metrics["right_loss"] == rightLoss)
    }

    @Test func oneOutputLossWeightScalesItsLoss() throws {
        let model = try TestModels.hello()
        let x = try TestTensors.floats(TestModels.helloX, [6]), y = try TestTensors.floats(TestModels.helloY, [6])
        try model.compile(optimizer: SGD(), loss: .meanSquaredError)
        let plain = try model.evaluate(x, y, verbose: 0)
        try model.compile(optimizer: SGD(), loss: .all(.meanSquaredError), lossWeights: .list([2]))
        let weighted = try model.evaluate(x, y, verbose: 0)
        #expect(abs(weighted.loss - 2 * plain.loss) < 1e-5)
        #expect(weighted.names == ["loss"])
    }

    @Test func dictFormsMatchListForms() throws {
        let (a, b, y) = try Self.twoInputData(count: 40)
        let model = try Self.twoInputModel()
        try model.compile(optimizer: Adam(), loss: .byName(["sum": .binaryCrossentropy]), metrics: .byName(["sum": ["accuracy"]]))
        let history = try model.fit(["b": b, "a": a, "unused": y], ["sum": y], epochs: 2, verbose: 0)
        #expect(history.keys == ["accuracy", "loss"])
        let byName = try model.evaluate(["a": a, "b": b], ["sum": y], verbose: 0)
        let byList = try model.evaluate([a, b], [y], verbose: 0)
        #expect(byName == byList)
    }

    @Test func validationDataGivesValKeys() throws {
        let (x, kind, right) = try Self.twoOutputData(count: 48)
        let model = try Self.twoOutputModel()
        try model.compile(optimizer: Adam(), loss: .list([.sparseCategoricalCrossentropy, .binaryCrossentropy]), metrics: .list([["accuracy"], []]))
        let history = try model.fit([x], [kind, right], epochs: 2, verbose: 0, validationData: ([x], [kind, right]))
        #expect(history.keys == ["kind_accuracy", "kind_loss", "loss", "right_loss", "val_kind_accuracy", "val_kind_loss", "val_loss", "val_right_loss"])
        #expect(history.history["val_loss"]?.count == 2)
    }

    @Test func verboseProgressLineShowsEveryKey() throws {
        let (x, kind, right) = try Self.twoOutputData(count: 32)
        let model = try Self.twoOutputModel()
        try model.compile(optimizer: Adam(), loss: .list([.sparseCategoricalCrossentropy, .binaryCrossentropy]))
        var printed = ""
        try model.fit([x], [kind, right], batchSize: 16, epochs: 2, verbose: 2, output: { printed += $0 })
        #expect(printed.contains("Epoch 2/2"))
        #expect(printed.contains("kind_loss: "))
        #expect(printed.contains("right_loss: "))
    }

    @Test func aSequentialModelTrainsOnOneElementLists() throws {
        let model = try TestModels.hello()
        try model.compile(optimizer: "sgd", loss: "mean_squared_error")
        let x = try TestTensors.floats(TestModels.helloX, [6]), y = try TestTensors.floats(TestModels.helloY, [6])
        let history = try model.fit([x], [y], epochs: 50, verbose: 0)
        #expect(history.keys == ["loss"])
        #expect(history.history["loss"]!.last! < history.history["loss"]!.first!)
        let listed = try model.evaluate([x], [y], verbose: 0), plain = try model.evaluate(x, y, verbose: 0)
        #expect(abs(listed.loss - plain.loss) < 1e-6)
        #expect(model.metricsNames == ["loss"])
    }

    @Test func shufflingKeepsInputsAndTargetsAligned() throws {
        let rows = (0..<50).map(Float.init)
        let batches = try ArraysBatches(
            x: [try Tensor(rows, shape: [50]), try Tensor(rows.map { $0 * 2 }, shape: [50, 1])],
            y: [try Tensor(rows.map { -$0 }, shape: [50])], batchSize: 8, shuffle: true)
        batches.startPass()
        var seen: [Float] = []
        for index in 0..<batches.batchCount {
            let (x, y) = try batches.batch(at: index)
            let first = x[0].asArray(Float.self)
            #expect(x[1].asArray(Float.self) == first.map { $0 * 2 })
            #expect(y[0].asArray(Float.self) == first.map { -$0 })
            seen += first
        }
        #expect(seen.sorted() == rows)
        #expect(seen != rows)
    }
}
