import Foundation
import Testing
import Tensors
@testable import NeuralNet

/// Parity with TF-Keras 2: weights and outputs made once by `scripts/fixtures/make_keras_fixtures.py`.
@Suite struct KerasH5Tests {
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
    }

    /// The fixture's network, layer for layer.
    static func smallCNN() throws -> Model {
        let input = try Input(shape: [8, 8, 3], name: "input_1")
        var x = try Conv2D(filters: 4, kernelSize: (3, 3), padding: .same, activation: .relu, name: "conv_a")(input)
        x = try BatchNormalization(name: "bn_a")(x)
        let left = try Conv2D(filters: 3, kernelSize: (1, 1), name: "left")(x)
        let right = try AveragePooling2D(poolSize: (3, 3), strides: (1, 1), padding: .same, name: "pool_b")(x)
        x = try Concatenate(name: "joined")([left, right])
        x = try MaxPooling2D(poolSize: (2, 2), name: "pool_c")(x)
        x = try Conv2D(filters: 5, kernelSize: (3, 3), strides: (2, 2), padding: .same, useBias: false, name: "conv_d")(x)
        x = try BatchNormalization(scale: false, name: "bn_d")(x)
        x = try ActivationLayer(.relu, name: "relu_d")(x)
        x = try GlobalAveragePooling2D(name: "gap")(x)
        x = try Dense(units: 3, activation: .softmax, name: "out")(x)
        return try Model(inputs: input, outputs: x, name: "small_cnn")
    }

    static func expected() throws -> (x: Tensor, y: Tensor) {
        try HDF5File.withLock {
            let file = try HDF5File(reading: fixture("small_cnn_io.h5"))
            return (try file.root.tensor("x"), try file.root.tensor("y"))
        }
    }

    static func maxDifference(_ a: Tensor, _ b: Tensor) throws -> Float {
        try (a - b).abs().max().item(Float.self)
    }

    @Test(arguments: ["small_cnn.h5", "small_cnn_full.h5"])
    func outputsMatchTFKeras(file: String) throws {
        let model = try Self.smallCNN()
        try model.loadWeights(from: Self.fixture(file))
        let (x, y) = try Self.expected()
        #expect(try Self.maxDifference(try model.predict(x, verbose: 0), y) < 1e-4)
    }

    @Test func saveAndLoadRoundTripIsExact() throws {
        let model = try Self.smallCNN()
        try model.loadWeights(from: Self.fixture("small_cnn.h5"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-\(UUID()).weights.h5").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.saveWeights(to: path)
        let copy = try Self.smallCNN()
        try copy.loadWeights(from: path)
        for (a, b) in zip(model.weights, copy.weights) { #expect(try Self.maxDifference(a, b) == 0) }
        let names = try HDF5File.withLock { try HDF5File(reading: path).root.strings("layer_names") }
        #expect(names == model.layers.map(\.name))
    }

    @Test func mismatchNamesTheLayerAndBothShapes() throws {
        let input = try Input(shape: [8, 8, 3])
        var x = try Conv2D(filters: 7, kernelSize: (3, 3), name: "conv_a")(input)
        x = try GlobalAveragePooling2D()(x)
        let model = try Model(inputs: input, outputs: x)
        let path = Self.fixture("small_cnn.h5")
        #expect(throws: NeuralNetError.self) { try model.loadWeights(from: path) }
        do {
            try model.loadWeights(from: path, byName: true)
            Issue.record("expected a shape mismatch")
        } catch let error as NeuralNetError {
            #expect(error.description.contains("conv_a") && error.description.contains("(3, 3, 3, 7)") && error.description.contains("(3, 3, 3, 4)"))
        }
        try model.loadWeights(from: path, byName: true, skipMismatch: true)
        #expect(throws: NeuralNetError.self) { try model.loadWeights(from: path, skipMismatch: true) }
    }

    @Test func missingOrForeignFilesAreErrors() throws {
        let model = try Self.smallCNN()
        #expect(throws: NeuralNetError.self) { try model.loadWeights(from: "/nonexistent/weights.h5") }
        #expect(throws: NeuralNetError.self) { try model.loadWeights(from: Self.fixture("small_cnn_io.h5")) }
    }

    @Test func inceptionLoadsLayersInTFKerasOrder() throws {
        let model = try LayerNames.$scope.withValue(LayerNameScope()) {
            try Applications.inceptionV3(inputShape: [150, 150, 3], includeTop: false)
        }
        let text = try String(contentsOfFile: Self.fixture("inception_v3_weighted_layers.txt"), encoding: .utf8)
        let expected = text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        let ours = model.layers.filter { !$0.weights.isEmpty }.map { layer in
            ([layer.name] + layer.weights.map { $0.shape.map(String.init).joined(separator: "x") }).joined(separator: " ")
        }
        #expect(ours == expected)
    }
}
