import Testing
import Tensors
@testable import NeuralNet

@Suite struct FunctionalTests {
    /// Two branches joined: (4,4,3) → conv 1×1 (5) and conv 3×3 same (2), concatenated to 7 channels, pooled, dense.
    static func branchy() throws -> (Model, Conv2D, Dense) {
        let input = try Input(shape: [4, 4, 3], name: "pixels")
        let left = try Conv2D(filters: 5, kernelSize: (1, 1), name: "left")
        let right = try Conv2D(filters: 2, kernelSize: (3, 3), padding: .same, name: "right")
        let joined = try Concatenate(name: "joined")([try left(input), try right(input)])
        let pooled = try GlobalAveragePooling2D(name: "gap")(joined)
        let dense = try Dense(units: 3, activation: .softmax, name: "out")
        let model = try Model(inputs: input, outputs: try dense(pooled), name: "branchy")
        return (model, left, dense)
    }

    @Test func graphOrdersLayersAsKerasAndCountsParameters() throws {
        let (model, left, _) = try Self.branchy()
        #expect(model.layers.map(\.name) == ["pixels", "left", "right", "joined", "gap", "out"])
        #expect(model.parameterCount == (3 * 5 + 5) + (27 * 2 + 2) + (7 * 3 + 3))
        #expect(left.output?.shape == [4, 4, 5])
        #expect(model.outputShape == [3])
        let summary = model.summary(lineLength: 108)
        #expect(summary.contains("Connected to"))
        #expect(summary.contains("left[0][0], right[0][0]"))
    }

    @Test func forwardMatchesTheLayersCalledByHand() throws {
        let (model, left, dense) = try Self.branchy()
        var rng = RandomGenerator(seed: 3)
        let x = Tensor.uniform([2, 4, 4, 3], using: &rng)
        let y = try model.predict(x, verbose: 0)
        let right = try #require(model.layers[2] as? Conv2D)
        let joined = try Tensor.concatenate([try left(x), try right(x)], axis: -1)
        let expected = try dense(try joined.mean(axes: [1, 2]))
        #expect(try (y - expected).abs().max().item(Float.self) < 1e-6)
    }

    @Test func severalOutputsAndFeatureModels() throws {
        let (model, left, dense) = try Self.branchy()
        let features = try Model(inputs: model.inputs, outputs: [try #require(left.output), try #require(dense.output)])
        let x = Tensor.zeros([3, 4, 4, 3])
        let outputs = try features.predict([x], verbose: 0)
        #expect(outputs.map(\.shape) == [[3, 4, 4, 5], [3, 3]])
    }

    @Test func disconnectedGraphIsAnError() throws {
        let a = try Input(shape: [2]), b = try Input(shape: [2])
        let joined = try Concatenate()([a, b])
        #expect(throws: NeuralNetError.self) { try Model(inputs: a, outputs: joined) }
        #expect(throws: NeuralNetError.self) { try Dense(units: 1)([a, b]) }
    }

    @Test func frozenLayersStayPutWhileTheHeadTrains() throws {
        let (model, left, dense) = try Self.branchy()
        left.isTrainable = false
        let before = try #require(left.kernel).copy()
        let headBefore = try #require(dense.kernel).copy()
        try model.compile(optimizer: SGD(learningRate: 0.5), loss: .sparseCategoricalCrossentropy)
        var rng = RandomGenerator(seed: 4)
        let x = Tensor.uniform([8, 4, 4, 3], using: &rng)
        let y = try Tensor([0, 1, 2, 0, 1, 2, 0, 1] as [Float], shape: [8])
        try model.fit(x, y, epochs: 2, verbose: 0)
        #expect(try (left.kernel! - before).abs().max().item(Float.self) == 0)
        #expect(try (dense.kernel! - headBefore).abs().max().item(Float.self) > 0)
        #expect(model.nonTrainableWeights.reduce(0) { $0 + $1.count } == 20)
    }

    @Test func sequentialExposesSymbolicOutputs() throws {
        let model = try TestModels.hello()
        let input = try #require(model.inputs.first)
        #expect(input.shape == [1])
        let output = try #require(model.layers[0].output)
        let copy = try Model(inputs: input, outputs: output)
        let x = try Tensor([2] as [Float], shape: [1, 1])
        #expect(try copy.predict(x, verbose: 0).item(Float.self) == model.predict(x, verbose: 0).item(Float.self))
    }
}

@Suite struct ConvolutionFusionTests {
    static func block() throws -> (Model, Conv2D, BatchNormalization, ActivationLayer) {
        let input = try Input(shape: [6, 6, 2])
        let conv = try Conv2D(filters: 3, kernelSize: (3, 3), strides: (2, 2), padding: .same, useBias: false)
        let norm = try BatchNormalization(scale: false)
        let relu = ActivationLayer(.relu)
        let output = try GlobalAveragePooling2D()(try relu(try norm(try conv(input))))
        let model = try Model(inputs: input, outputs: output)
        try norm.setWeightsForTest([
            try Tensor([0.1, -0.2, 0.3] as [Float], shape: [3]),
            try Tensor([0.5, -0.5, 0.0] as [Float], shape: [3]),
            try Tensor([2, 0.5, 1] as [Float], shape: [3]),
        ])
        return (model, conv, norm, relu)
    }

    @Test func foldedBlockMatchesTheLayersOneByOne() throws {
        let (model, conv, norm, relu) = try Self.block()
        var rng = RandomGenerator(seed: 8)
        let x = Tensor.uniform([2, 6, 6, 2], low: -1, high: 1, using: &rng)
        let fused = try model.predict(x, verbose: 0)
        let unfused = try relu(try norm(try conv(x))).mean(axes: [1, 2])
        #expect(try (fused - unfused).abs().max().item(Float.self) < 1e-5)
    }

    @Test func frozenNormalizationStillTrainsTheConvolution() throws {
        let (model, conv, norm, _) = try Self.block()
        norm.isTrainable = false
        let before = try #require(conv.kernel).copy()
        try model.compile(optimizer: SGD(learningRate: 0.1), loss: .meanSquaredError)
        var rng = RandomGenerator(seed: 9)
        try model.fit(Tensor.uniform([4, 6, 6, 2], using: &rng), Tensor.ones([4, 3]), epochs: 1, verbose: 0)
        #expect(try (conv.kernel! - before).abs().max().item(Float.self) > 0)
        #expect(norm.movingMean?.asArray(Float.self) == [0.5, -0.5, 0])
    }
}

extension BatchNormalization {
    /// Sets β and the moving statistics (a `scale: false` layer's weights).
    func setWeightsForTest(_ values: [Tensor]) throws {
        for (target, value) in zip(weights, values) { try target.assign(value) }
    }
}

@Suite struct TrainableSummaryTests {
    /// Keras 3.15's `summary(show_trainable=True, line_length=100)` of the same model, line for line.
    @Test func trainableColumnMatchesKeras() throws {
        let first = try Dense(units: 3, name: "a")
        first.isTrainable = false
        let model = try Sequential([first, try Dropout(rate: 0.1, name: "d"), try Dense(units: 1, name: "b")], name: "seq")
        try model.build(inputShape: [4])
        let expected = """
            Model: "seq"
            ┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━┳━━━━━━━━━┓
            ┃ Layer (type)                          ┃ Output Shape                  ┃        Param # ┃ Traina… ┃
            ┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━╇━━━━━━━━━┩
            │ a (Dense)                             │ (None, 3)                     │             15 │    N    │
            ├───────────────────────────────────────┼───────────────────────────────┼────────────────┼─────────┤
            │ d (Dropout)                           │ (None, 3)                     │              0 │    -    │
            ├───────────────────────────────────────┼───────────────────────────────┼────────────────┼─────────┤
            │ b (Dense)                             │ (None, 1)                     │              4 │    Y    │
            └───────────────────────────────────────┴───────────────────────────────┴────────────────┴─────────┘
             Total params: 19 (76.00 B)
             Trainable params: 4 (16.00 B)
             Non-trainable params: 15 (60.00 B)

            """
        #expect(model.summary(lineLength: 100, showTrainable: true) == expected)
    }

    @Test func longNamesEndInAnEllipsis() throws {
        let model = try Sequential([try Dense(units: 3, name: "a_very_long_layer_name_that_goes_on_and_on")], name: "seq")
        try model.build(inputShape: [4])
        #expect(model.summary(lineLength: 60).contains("│ a_very_long_layer_name_… │ (None, 3)         │        15 │\n│ (Dense)                  │"))
    }
}
