import Foundation
import Testing
import Tensors
@testable import NeuralNet

@Suite struct InceptionV3Tests {
    /// Counts, shapes and TF-Keras' order of the layers with weights (the order `load_weights` matches them in).
    @Test func architectureMatchesKeras() throws {
        let model = try LayerNames.$scope.withValue(LayerNameScope()) {
            try Applications.inceptionV3(inputShape: [150, 150, 3], includeTop: false)
        }
        #expect(model.parameterCount == 21_802_784)
        #expect(model.nonTrainableWeights.reduce(0) { $0 + $1.count } == 34_432)
        #expect(try model.layer(named: "mixed7").output?.shape == [7, 7, 768])
        #expect(model.outputShape == [3, 3, 2048])
        #expect(model.layers.count == 311)
        #expect(model.name == "inception_v3")
        let text = try String(contentsOfFile: KerasH5Tests.fixture("inception_v3_weighted_layers.txt"), encoding: .utf8)
        let expected = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        let ours = model.layers.filter { !$0.weights.isEmpty }.map { layer in
            ([layer.name] + layer.weights.map { $0.shape.map(String.init).joined(separator: "x") }).joined(separator: " ")
        }
        #expect(ours == expected)
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
