import Testing
import Tensors
@testable import NeuralNet

@Suite struct InceptionV3Tests {
    @Test func architectureMatchesKeras() throws {
        let model = try Applications.inceptionV3(inputShape: [150, 150, 3], includeTop: false)
        #expect(model.parameterCount == 21_802_784)
        #expect(model.nonTrainableWeights.reduce(0) { $0 + $1.count } == 34_432)
        #expect(try model.layer(named: "mixed7").output?.shape == [7, 7, 768])
        #expect(model.outputShape == [3, 3, 2048])
        #expect(model.layers.count == 311)
        #expect(model.name == "inception_v3")
    }

    @Test func withTopHasImageNetsClassifier() throws {
        let model = try Applications.inceptionV3()
        #expect(model.parameterCount == 23_851_784)
        #expect(model.outputShape == [1000])
    }

    @Test func tooSmallInputsAreRejected() throws {
        #expect(throws: NeuralNetError.self) { try Applications.inceptionV3(inputShape: [64, 64, 3], includeTop: false) }
    }
}
