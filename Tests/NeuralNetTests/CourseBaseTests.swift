import Crypto
import Foundation
import ImageData
import Testing
import Tensors
@testable import NeuralNet

@Suite struct CourseBaseTests {
    /// The documented architecture: 837,704 parameters, Keras names, the head's cut point at 7×7×320.
    @Test func architecture() throws {
        let model = try LayerNames.$scope.withValue(LayerNameScope()) {
            try Applications.courseBase(inputShape: [150, 150, 3], includeTop: false)
        }
        #expect(model.parameterCount == 837_704)
        #expect(model.name == "course_base")
        #expect(model.layers.count == 142)
        #expect(Array(model.layers.prefix(4).map(\.name)) == ["input_layer", "conv2d", "batch_normalization", "activation"])
        #expect(model.layers.map(\.name).filter { $0.hasPrefix("mixed") } == ["mixed0", "mixed1", "mixed2", "mixed3", "mixed4"])
        #expect(try model.layer(named: Applications.courseBaseCutLayer).output?.shape == [7, 7, 320])
        #expect(try model.layer(named: "mixed1").output?.shape == [16, 16, 144])
        #expect(model.outputShape == [7, 7, 320])
        let top = try Applications.courseBase(inputShape: [96, 96, 3], includeTop: true)
        #expect(top.outputShape == [Applications.courseBaseClasses])
        #expect(throws: NeuralNetError.self) { try Applications.courseBase(inputShape: [64, 64, 3]) }
        #expect(throws: NeuralNetError.self) { try Applications.courseBase(inputShape: [150, 150, 1]) }
    }

    /// The shipped weights: the committed bytes (SHA-256), loadable into the documented model,
    /// and not random (they change what the network computes).
    @Test func shippedWeights() throws {
        let path = try CourseBaseWeights.shippedPath()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        #expect(digest == CourseBaseWeights.sha256, "datasets/\(CourseBaseWeights.fileName) changed; update CourseBaseWeights.sha256 and datasets/README.md")
        #expect(bytes.count < 8_000_000)
        let base = try Applications.courseBase(inputShape: [150, 150, 3], includeTop: false)
        let random = base.getWeights()
        try base.loadWeights(from: path)
        let loaded = base.getWeights()
        #expect(loaded.count == random.count)
        #expect(loaded.map(\.shape) == random.map(\.shape))
        let changed = zip(random, loaded).filter { $0.0.asArray(Float.self) != $0.1.asArray(Float.self) }
        #expect(changed.count > loaded.count / 2)
        var rng = RandomGenerator(seed: 3)
        let output = try base.predict(Tensor.uniform([2, 150, 150, 3], using: &rng), verbose: 0)
        #expect(output.shape == [2, 7, 7, 320])
        let values: [Float] = output.asArray(Float.self)
        #expect(values.allSatisfy { $0.isFinite })
    }
}
