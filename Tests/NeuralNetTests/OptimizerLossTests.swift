import Testing
import Tensors
@testable import NeuralNet

/// Three steps of each optimizer on v = [1, −2, 0.5] with fixed gradients, against Keras 3.15.
@Test(arguments: [
    ("sgd", [0.9830000400543213, -2.006999969482422, 0.4930000305175781]),
    ("sgd-momentum", [0.7264999747276306, -2.051100015640259, 0.4812999963760376]),
    ("rmsprop", [0.9927676320075989, -2.0030312538146973, 0.5001093149185181]),
    ("adam", [0.9972098469734192, -2.000866174697876, 0.5012067556381226]),
])
func optimizerStepsMatchKeras(name: String, expected: [Double]) throws {
    let optimizer: Optimizer =
        switch name {
        case "sgd": SGD()
        case "sgd-momentum": SGD(learningRate: 0.1, momentum: 0.9)
        case "rmsprop": RMSprop()
        default: Adam()
        }
    let variable = try TestTensors.floats([1, -2, 0.5], [3])
    for gradient in [[0.5, 0.1, -0.3], [0.2, -0.4, 0.0], [1.0, 1.0, 1.0]] as [[Float]] {
        variable.grad = try TestTensors.floats(gradient, [3])
        try optimizer.apply(to: [variable])
        #expect(variable.grad == nil)
    }
    for (value, reference) in zip(variable.asArray(Float.self), expected) {
        #expect(abs(Double(value) - reference) < 2e-6)
    }
    #expect(optimizer.iterations == 3)
}

/// Loss values against Keras 3.15 on small arrays (probabilities clipped to [1e-7, 1 − 1e-7]).
@Test func lossesMatchKeras() throws {
    let oneHot = try TestTensors.floats([0, 1, 0, 1, 0, 0], [2, 3])
    let probabilities = try TestTensors.floats([0.2, 0.7, 0.1, 0.0, 0.5, 0.5], [2, 3])
    #expect(abs(try Loss.categoricalCrossentropy(target: oneHot, output: probabilities).item(Double.self) - 8.237384796142578) < 1e-5)
    let labels = try TestTensors.floats([1, 0], [2])
    #expect(abs(try Loss.sparseCategoricalCrossentropy(target: labels, output: probabilities).item(Double.self) - 8.237384796142578) < 1e-5)
    let binary = try Loss.binaryCrossentropy(target: try TestTensors.floats([1, 0, 1], [3, 1]), output: try TestTensors.floats([0.9, 0.2, 0.0], [3, 1]))
    #expect(abs(try binary.item(Double.self) - 5.4822001457214355) < 1e-5)
    let squared = try Loss.meanSquaredError(target: try TestTensors.floats([1, 2], [2]), output: try TestTensors.floats([1.5, 1.0], [2, 1]))
    #expect(abs(try squared.item(Double.self) - 0.625) < 1e-7)
}

@Test(arguments: [
    ("mse", Loss.meanSquaredError), ("mean_squared_error", .meanSquaredError),
    ("binary_crossentropy", .binaryCrossentropy), ("sparse_categorical_crossentropy", .sparseCategoricalCrossentropy),
])
func lossNames(name: String, loss: Loss) {
    #expect(Loss(kerasName: name) == loss)
}

@Test func accuracyKindFollowsKerasShapeRules() {
    #expect(Accuracy.resolve(targetShape: [], outputShape: [1]) == .binary)
    #expect(Accuracy.resolve(targetShape: [], outputShape: [10]) == .sparseCategorical)
    #expect(Accuracy.resolve(targetShape: [1], outputShape: [10]) == .sparseCategorical)
    #expect(Accuracy.resolve(targetShape: [3], outputShape: [3]) == .categorical)
}

@Test func accuracyCountsCorrectSamples() throws {
    let output = try TestTensors.floats([0.1, 0.9, 0.8, 0.2, 0.3, 0.7], [3, 2])
    #expect(try Accuracy.sparseCategorical.correct(target: try TestTensors.floats([1, 0, 0], [3]), output: output) == 2)
    #expect(try Accuracy.categorical.correct(target: try TestTensors.floats([0, 1, 0, 1, 0, 1], [3, 2]), output: output) == 2)
    let binary = try TestTensors.floats([0.7, 0.2, 0.5], [3, 1])
    #expect(try Accuracy.binary.correct(target: try TestTensors.floats([1, 0, 1], [3]), output: binary) == 2)
}

@Test(arguments: [Loss.sparseCategoricalCrossentropy, .categoricalCrossentropy, .binaryCrossentropy])
func logitsPathMatchesProbabilities(loss: Loss) throws {
    let binary = loss == .binaryCrossentropy
    let logits = try TestTensors.floats(binary ? [0.3, -1.2, 2.0] : [0.3, -1.2, 2.0, 0.5, 0.1, -0.4], binary ? [3, 1] : [2, 3])
    let target =
        switch loss {
        case .sparseCategoricalCrossentropy: try TestTensors.floats([2, 0], [2])
        case .categoricalCrossentropy: try TestTensors.floats([0, 0, 1, 1, 0, 0], [2, 3])
        default: try TestTensors.floats([1, 0, 1], [3, 1])
        }
    let probabilities = binary ? try logits.sigmoid() : try logits.softmax(axis: -1)
    let direct = try loss(target: target, output: probabilities).item(Double.self)
    let fromLogits = try loss.fromLogits(target: target, logits: logits).item(Double.self)
    #expect(abs(direct - fromLogits) < 1e-5)
}

@Test func confidentlyWrongSampleKeepsItsGradientThroughLogits() throws {
    let logits = try TestTensors.floats([30, -30], [1, 2])
    logits.requiresGradient = true
    try Loss.sparseCategoricalCrossentropy.fromLogits(target: try TestTensors.floats([1], [1]), logits: logits).backward()
    let gradient = logits.grad?.asArray(Float.self) ?? []
    #expect(gradient.count == 2 && abs(gradient[0] - 1) < 1e-5 && abs(gradient[1] + 1) < 1e-5)
}

@Test func sparseAccuracyMatchesCategoricalOnOneHotLabels() throws {
    // Few distinct values, so ties are common and the first maximum must win on both paths.
    let scores = TestTensors.noise(60, seed: 5).map { ($0 * 4).rounded(.down) }
    let output = try TestTensors.floats(scores, [12, 5])
    let labels = (0..<12).map { Float($0 % 5) }
    let oneHot = try Tensor.oneHot(try TestTensors.floats(labels, [12]).cast(to: .int64), depth: 5)
    let categorical = try Accuracy.categorical.correct(target: oneHot, output: output)
    #expect(try Accuracy.sparseCategorical.correct(target: try TestTensors.floats(labels, [12]), output: output) == categorical)
    #expect(try Accuracy.sparseCategorical.correct(target: try TestTensors.floats(labels, [12, 1]), output: output) == categorical)
    #expect(categorical > 0 && categorical < 12)
}

@Test func optimizerSquareRootIsCloseAcrossTheFloatRange() throws {
    var worst = 0.0
    var start: Float = 1e-37
    while start < 1e37 {
        let lanes = SIMD8<Float>((0..<8).map { start * (1 + Float($0) / 8) })
        let roots = lanes.nonNegativeSquareRoot()
        for lane in 0..<8 {
            let exact = Double(lanes[lane]).squareRoot()
            worst = max(worst, abs(Double(roots[lane]) - exact) / exact)
        }
        start *= 2.3
    }
    #expect(worst < 1e-6)
    let edges = SIMD8<Float>(0, 1e-40, .infinity, 1, 4, 9, 16, 25).nonNegativeSquareRoot()
    #expect(edges[0] < 1e-19 && edges[1] < 1e-19)
    #expect(edges[2].isFinite && edges[2] > 1e19)
    #expect(abs(edges[4] - 2) < 1e-6 && abs(edges[5] - 3) < 1e-6 && abs(edges[7] - 5) < 1e-6)
}
