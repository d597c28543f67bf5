import Testing
@testable import NeuralNet

/// A clock that advances by fixed steps each time it is read.
final class SteppingClock: @unchecked Sendable {
    var time = 100.0
    let step: Double
    init(step: Double) { self.step = step }
    func read() -> Double { defer { time += step }; return time }
}

@Test func verboseTwoPrintsKerasEpochLine() {
    var text = ""
    let clock = SteppingClock(step: 0.5)
    var bar = ProgressBar(target: 3, verbose: 2, write: { text += $0 }, clock: clock.read)
    bar.update(1, values: [("accuracy", 0.5), ("loss", 2.0)])
    bar.update(2, values: [("accuracy", 0.5), ("loss", 2.0)])
    bar.update(3, values: [("accuracy", 0.1875), ("loss", 2.2629), ("val_accuracy", 0.05), ("val_loss", 2.4614)], finalize: true)
    // start 100, reads at 100.5, 101, 101.5: 2 s elapsed; steps after the first take 0.5 s each.
    #expect(text == "3/3 - 2s - 500ms/step - accuracy: 0.1875 - loss: 2.2629 - val_accuracy: 0.0500 - val_loss: 2.4614\n")
}

@Test func verboseOneDrawsBarAndFinalLine() {
    var pieces: [String] = []
    let clock = SteppingClock(step: 1)
    var bar = ProgressBar(target: 10, verbose: 1, write: { pieces.append($0) }, clock: clock.read)
    bar.update(5, values: [("loss", 0.5)])
    bar.update(10, values: [("loss", 0.25)], finalize: true)
    #expect(pieces.count == 2)
    #expect(pieces[0] == "\r\u{1b}[1m 5/10\u{1b}[0m \u{1b}[32m━━━━━━━━━━\u{1b}[0m\u{1b}[37m━━━━━━━━━━\u{1b}[0m \u{1b}[1m1s\u{1b}[0m 200ms/step - loss: 0.5000")
    let final = pieces[1]
    #expect(final.hasPrefix(String(repeating: "\u{8}", count: 55) + "\r\u{1b}[1m10/10\u{1b}[0m \u{1b}[32m━━━━━━━━━━━━━━━━━━━━\u{1b}[0m"))
    #expect(final.hasSuffix("\u{1b}[37m\u{1b}[0m \u{1b}[1m2s\u{1b}[0m 200ms/step - loss: 0.2500\n"))
}

@Test(arguments: [(0.0004, " - loss: 4.0000e-04"), (0.5, " - loss: 0.5000"), (-0.0001, " - loss: -1.0000e-04")])
func smallValuesUseScientificNotation(value: Double, expected: String) {
    var text = ""
    var bar = ProgressBar(target: 1, verbose: 1, write: { text += $0 }, clock: { 0 })
    bar.update(1, values: [("loss", value)], finalize: true)
    #expect(text.hasSuffix(expected + "\n"))
}

@Test func epochLinesFromFit() throws {
    let model = try TestModels.hello()
    try model.compile(optimizer: "sgd", loss: "mse")
    var text = ""
    let x = try TestTensors.floats(TestModels.helloX, [6]), y = try TestTensors.floats(TestModels.helloY, [6])
    try model.fit(x, y, epochs: 2, verbose: 2, output: { text += $0 })
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(lines[0] == "Epoch 1/2")
    #expect(lines[1].hasPrefix("1/1 - 0s - ") && lines[1].contains("s/step - loss: "))
    #expect(lines[2] == "Epoch 2/2")
}

@Test func predictPrintsKerasStepLine() throws {
    let model = try TestModels.hello()
    var text = ""
    let prediction = try model.predict(try TestTensors.floats([10], [1]), output: { text += $0 })
    #expect(prediction.shape == [1, 1])
    #expect(text.hasPrefix("\r\u{1b}[1m1/1\u{1b}[0m \u{1b}[32m━━━━━━━━━━━━━━━━━━━━\u{1b}[0m\u{1b}[37m\u{1b}[0m \u{1b}[1m0s\u{1b}[0m "))
    #expect(text.hasSuffix("/step\n"))
}

@Test func evaluatePrintsMetricsSortedLikeKeras() throws {
    let (x, y) = try TestData.blobs(count: 12)
    let model = try Sequential([try Dense(units: 3, activation: .softmax, inputShape: [2])])
    try model.compile(optimizer: "sgd", loss: "sparse_categorical_crossentropy", metrics: ["accuracy"])
    var text = ""
    _ = try model.evaluate(x, y, batchSize: 4, verbose: 2, output: { text += $0 })
    #expect(text.hasPrefix("3/3 - 0s - "))
    #expect(text.contains("/step - accuracy: ") && text.contains(" - loss: "))
    #expect(text.range(of: "accuracy")!.lowerBound < text.range(of: "loss")!.lowerBound)
}
