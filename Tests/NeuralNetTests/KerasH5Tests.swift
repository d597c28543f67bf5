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

    @Test(arguments: ["small_cnn.h5", "small_cnn_full.h5", "small_cnn_keras3.weights.h5"])
    func outputsMatchTFKeras(file: String) throws {
        let model = try Self.smallCNN()
        try model.loadWeights(from: Self.fixture(file))
        let (x, y) = try Self.expected()
        #expect(try Self.maxDifference(try model.predict(x, verbose: 0), y) < 1e-4)
    }

    @Test func saveAndLoadRoundTripIsExact() throws {
        let model = try Self.smallCNN()
        try model.loadWeights(from: Self.fixture("small_cnn.h5"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-\(UUID()).h5").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.saveWeights(to: path)
        let copy = try Self.smallCNN()
        try copy.loadWeights(from: path)
        for (a, b) in zip(model.weights, copy.weights) { #expect(try Self.maxDifference(a, b) == 0) }
        let names = try HDF5File.withLock { try HDF5File(reading: path).root.strings("layer_names") }
        #expect(names == model.layers.map(\.name))
    }

    @Test func keras3LayoutRoundTripsWithKeras3Keys() throws {
        let model = try Self.smallCNN()
        try model.loadWeights(from: Self.fixture("small_cnn_keras3.weights.h5"))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-\(UUID()).weights.h5").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.saveWeights(to: path)
        let copy = try Self.smallCNN()
        try copy.loadWeights(from: path)
        for (a, b) in zip(model.weights, copy.weights) { #expect(try Self.maxDifference(a, b) == 0) }
        #expect(try HDF5File.withLock { try HDF5File(reading: path).root.contains("layers/conv2d_2/vars/0") })
        #expect(Keras3Weights.keys(for: model.layers).prefix(4) == ["input_layer", "conv2d", "batch_normalization", "conv2d_1"])
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
}

/// InceptionV3 given the same formula weights as `make_keras_fixtures.py` gives TF-Keras' outputs.
@Suite struct InceptionV3ParityTests {
    /// `scale · sin(0.37 i + offset) + shift` (or its square, `squared`) as float32, by the angle-addition
    /// recurrence: within 1e-12 of NumPy's `np.sin` and fast enough in debug builds for 22M weights.
    static func formula(_ count: Int, _ offset: Double, scale: Double = 1, shift: Double = 0, squared: Bool = false) -> [Float] {
        let (stepSin, stepCos) = (Foundation.sin(0.37), Foundation.cos(0.37))
        var (s, c) = (Foundation.sin(offset), Foundation.cos(offset))
        var result = [Float](repeating: 0, count: count)
        result.withUnsafeMutableBufferPointer { buffer in
            for index in 0..<count {
                if index & 1023 == 0 {
                    (s, c) = (Foundation.sin(0.37 * Double(index) + offset), Foundation.cos(0.37 * Double(index) + offset))
                }
                buffer[index] = Float((squared ? s * s : s) * scale + shift)
                (s, c) = (s * stepCos + c * stepSin, c * stepCos - s * stepSin)
            }
        }
        return result
    }

    @Test func outputsMatchTFKeras() throws {
        let model = try LayerNames.$scope.withValue(LayerNameScope()) {
            try Applications.inceptionV3(inputShape: [75, 75, 3], includeTop: false)
        }
        var index = 0
        var values: [Tensor] = []
        for layer in model.layers {
            for (name, weight) in zip(layer.weightNames, layer.weights) {
                let offset = 1.3 * Double(index)
                let data: [Float]
                switch name {
                case "kernel":
                    let fanIn = Double(weight.shape.dropLast().reduce(1, *))
                    data = Self.formula(weight.count, offset, scale: (2 / fanIn).squareRoot())
                case "moving_variance": data = Self.formula(weight.count, offset, scale: 0.5, shift: 1, squared: true)
                default: data = Self.formula(weight.count, offset, scale: 0.1)
                }
                values.append(try Tensor(data, shape: weight.shape))
                index += 1
            }
        }
        try model.setWeights(values)
        let images = try Tensor(Self.formula(2 * 75 * 75 * 3, 0, scale: 0.5, shift: 0.5), shape: [2, 75, 75, 3])
        let expected = try HDF5File.withLock { try HDF5File(reading: KerasH5Tests.fixture("inception_v3_75_outputs.h5")).root.tensor("y") }
        let output = try model.predict(images, verbose: 0)
        #expect(output.shape == expected.shape)
        #expect(try KerasH5Tests.maxDifference(output, expected) < 1e-4)
    }
}

@Suite struct KerasModelFileTests {
    @Test func loadsTFKerasModelFiles() throws {
        let model = try LayerNames.$scope.withValue(LayerNameScope()) {
            try Model.loadKerasModel(from: KerasH5Tests.fixture("small_cnn_full.h5"))
        }
        #expect(model.name == "small_cnn")
        #expect(model.layers.map(\.name) == ["input_1", "conv_a", "bn_a", "left", "pool_b", "joined", "pool_c", "conv_d", "bn_d", "relu_d", "gap", "out"])
        let (x, y) = try KerasH5Tests.expected()
        #expect(try KerasH5Tests.maxDifference(try model.predict(x, verbose: 0), y) < 1e-4)
    }

    @Test func savedModelsComeBackWhole() throws {
        let folder = FileManager.default.temporaryDirectory
        let functional = try KerasH5Tests.smallCNN()
        try functional.loadWeights(from: KerasH5Tests.fixture("small_cnn.h5"))
        let sequential = try TestModels.cnn(names: false)
        for model in [functional, sequential as Model] {
            let path = folder.appendingPathComponent("deeplings-\(UUID()).h5").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try model.saveKerasModel(to: path)
            let copy = try LayerNames.$scope.withValue(LayerNameScope()) { try Model.loadKerasModel(from: path) }
            #expect((copy is Sequential) == (model is Sequential))
            #expect(copy.layers.map(\.name) == model.layers.map(\.name))
            let x = Tensor.ones([2] + (model.inputShape ?? []))
            #expect(try KerasH5Tests.maxDifference(try copy.predict(x, verbose: 0), try model.predict(x, verbose: 0)) == 0)
        }
    }

    @Test func weightsOnlyFilesSaySo() throws {
        #expect(throws: NeuralNetError.self) { try Model.loadKerasModel(from: KerasH5Tests.fixture("small_cnn.h5")) }
    }
}
