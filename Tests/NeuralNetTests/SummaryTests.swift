import Testing
@testable import NeuralNet

@Test func cnnSummaryMatchesKeras() throws {
    let model = try TestModels.cnn()
    #expect(model.parameterCount == 243_786)
    #expect(model.summary(lineLength: 76) == KerasGolden.cnnSummary76 + "\n")
}

@Test func helloSummaryMatchesKeras() throws {
    let model = try Sequential([try Dense(units: 1, name: "dense_2", inputShape: [1])], name: "sequential_1")
    #expect(model.summary(lineLength: 76) == KerasGolden.helloSummary76 + "\n")
}

@Test func summaryAtEightyEightColumns() throws {
    let text = try TestModels.hello().summary(lineLength: 88)
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines[1] == "┏" + String(repeating: "━", count: 38) + "┳" + String(repeating: "━", count: 29) + "┳" + String(repeating: "━", count: 17) + "┓")
    #expect(lines[2] == "┃ Layer (type)                         ┃ Output Shape                ┃         Param # ┃")
    #expect(lines.last == " Non-trainable params: 0 (0.00 B)")
}

@Test func unbuiltLayersShowQuestionMarks() throws {
    let model = try Sequential([try Dense(units: 4)])
    let text = model.summary(lineLength: 76)
    #expect(text.contains("│ ?                      │"))
    #expect(text.contains("0 (unbuilt) │"))
}

@Test func summaryCountsOptimizerVariablesAfterTraining() throws {
    let model = try TestModels.hello()
    try model.compile(optimizer: "adam", loss: "mse")
    try model.fit(try TestTensors.floats(TestModels.helloX, [6]), try TestTensors.floats(TestModels.helloY, [6]), verbose: 0)
    // Adam: two slots per parameter plus iterations and learning rate, as Keras counts them.
    #expect(model.summary(lineLength: 76).contains(" Optimizer params: 6 (24.00 B)"))
    #expect(model.summary(lineLength: 76).contains(" Total params: 8 (32.00 B)"))
}

@Test(arguments: [(0, "0.00 B"), (8, "8.00 B"), (975_144, "952.29 KB"), (2_925_440, "2.79 MB")])
func readableSizes(bytes: Int, expected: String) {
    #expect(SummaryTable.readableSize(bytes) == expected)
}
