import Testing
@testable import NeuralNet

@Test func moduleIsLinked() {
    #expect(NeuralNetModule.name == "NeuralNet")
}
