import Synchronization
import Testing
@testable import NeuralNet

/// A host's own Ctrl-C flag, as a REPL keeps it.
private final class HostFlag: Sendable {
    let value = Atomic<Bool>(false)
    var isSet: Bool { value.load(ordering: .relaxed) }
}

@Test func aFollowingFlagStopsTrainingWhenTheHostFlagIsSetAndClearsIt() throws {
    let (x, y) = try TestData.blobs(count: 40)
    let model = try Sequential([try Dense(units: 3, activation: .softmax, inputShape: [2])])
    try model.compile(optimizer: "sgd", loss: "sparse_categorical_crossentropy")
    let host = HostFlag()
    let flag = InterruptFlag()
    flag.follow(isSet: { host.value.load(ordering: .relaxed) }, clear: { host.value.store(false, ordering: .relaxed) })
    model.interruptFlag = flag
    let interrupter = LambdaCallback(onBatchEnd: { batch, _ in
        if batch == 1 { host.value.store(true, ordering: .relaxed) }
    })
    #expect(throws: NeuralNetError.interrupted(what: "Training", batch: 2, epoch: 0)) {
        try model.fit(x, y, batchSize: 10, epochs: 3, verbose: 0, callbacks: [interrupter])
    }
    #expect(!host.isSet, "consuming the interrupt clears the host's flag")
    #expect(!flag.isRequested)
    #expect(try model.fit(x, y, batchSize: 10, epochs: 1, verbose: 0).history["loss"]?.count == 1)
}
