import Testing
@testable import NeuralNet

@Test(arguments: [
    ("Dense", "dense"), ("Conv2D", "conv2d"), ("MaxPooling2D", "max_pooling2d"),
    ("AveragePooling2D", "average_pooling2d"), ("BatchNormalization", "batch_normalization"), ("Flatten", "flatten"),
])
func snakeCaseMatchesKeras(type: String, expected: String) {
    #expect(LayerNames.snakeCase(type) == expected)
}

@Test func namesCountPerProcess() {
    let base = "probe_\(UInt32.random(in: 0...UInt32.max))"
    #expect(LayerNames.unique(base) == base)
    #expect(LayerNames.unique(base) == base + "_1")
    #expect(LayerNames.unique(base) == base + "_2")
}

@Test func layersAreNamedAfterTheirType() throws {
    let first = try Dense(units: 1), second = try Dense(units: 1)
    #expect(first.name.hasPrefix("dense"))
    let suffix = { (name: String) in Int(name.split(separator: "_").last.map(String.init) ?? "") ?? 0 }
    #expect(suffix(second.name) > suffix(first.name))
    #expect(try MaxPooling2D().name.hasPrefix("max_pooling2d"))
    #expect(try Conv2D(filters: 1, kernelSize: (3, 3)).typeName == "Conv2D")
    #expect(ActivationLayer(.relu).typeName == "Activation")
}

@Test func seedModelParameterCounts() throws {
    #expect(try TestModels.cnn(names: false).parameterCount == 243_786)
    #expect(try TestModels.dnn().parameterCount == 101_770)
    #expect(try TestModels.hello().parameterCount == 2)
}

@Test func cnnLayerShapes() throws {
    let model = try TestModels.cnn(names: false)
    #expect(model.layerOutputShapes == [[26, 26, 64], [13, 13, 64], [11, 11, 64], [5, 5, 64], [1600], [128], [10]])
}
