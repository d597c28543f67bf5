import Testing
import Tensors
@testable import NeuralNet

final class StopAfterEpoch: Callback {
    let stopEpoch: Int
    var events: [String] = []
    init(stopEpoch: Int) { self.stopEpoch = stopEpoch }
    override func onTrainBegin(logs: Logs) throws { events.append("train_begin") }
    override func onEpochBegin(_ epoch: Int, logs: Logs) throws { events.append("epoch_begin \(epoch)") }
    override func onEpochEnd(_ epoch: Int, logs: Logs) throws {
        events.append("epoch_end \(epoch) \(logs.keys.joined(separator: ","))")
        if epoch == stopEpoch { model?.stopTraining = true }
    }
    override func onTrainEnd(logs: Logs) throws { events.append("train_end") }
}

@Test func callbackStopsTrainingAndSeesLogs() throws {
    let model = try TestModels.hello()
    try model.compile(optimizer: "sgd", loss: "mse", metrics: [])
    let callback = StopAfterEpoch(stopEpoch: 1)
    let history = try model.fit(
        try TestTensors.floats(TestModels.helloX, [6]), try TestTensors.floats(TestModels.helloY, [6]),
        epochs: 10, verbose: 0, callbacks: [callback])
    #expect(history.history["loss"]?.count == 2)
    #expect(callback.events == ["train_begin", "epoch_begin 0", "epoch_end 0 loss", "epoch_begin 1", "epoch_end 1 loss", "train_end"])
    #expect(callback.params["epochs"] == 10)
}

@Test func batchLogsCarryRunningMetrics() throws {
    let (x, y) = try TestData.blobs(count: 30)
    let model = try Sequential([try Dense(units: 3, activation: .softmax, inputShape: [2])])
    try model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy", metrics: ["accuracy"])
    var seen: [Logs] = []
    try model.fit(x, y, batchSize: 10, epochs: 1, verbose: 0, callbacks: [LambdaCallback(onBatchEnd: { _, logs in seen.append(logs) })])
    #expect(seen.count == 3)
    #expect(seen.allSatisfy { $0.keys == ["accuracy", "loss"] })
}

@Test func interruptStopsBetweenBatchesAndModelStaysUsable() throws {
    let (x, y) = try TestData.blobs(count: 40)
    let model = try Sequential([try Dense(units: 3, activation: .softmax, inputShape: [2])])
    try model.compile(optimizer: "sgd", loss: "sparse_categorical_crossentropy")
    let flag = InterruptFlag()
    model.interruptFlag = flag
    let interrupter = LambdaCallback(onBatchEnd: { batch, _ in
        if batch == 1 { flag.request() }
    })
    #expect(throws: NeuralNetError.interrupted(what: "Training", batch: 2, epoch: 0)) {
        try model.fit(x, y, batchSize: 10, epochs: 3, verbose: 0, callbacks: [interrupter])
    }
    #expect(!flag.isRequested)
    #expect(try model.predict(x, verbose: 0).shape == [40, 3])
    #expect(try model.fit(x, y, batchSize: 10, epochs: 1, verbose: 0).history["loss"]?.count == 1)
}
