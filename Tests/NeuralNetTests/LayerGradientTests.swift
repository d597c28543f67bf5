import Testing
import Tensors
import TestSupport
@testable import NeuralNet

/// Gradients through the InceptionV3 layers, on float64 inputs through the shared checker.
@Suite struct LayerGradientTests {
    let maps = sampleInput([2, 3, 3, 4], seed: 11)

    @Test func batchNormalizationTraining() throws {
        let layer = try BatchNormalization()
        try checkGradient([maps]) { try layer($0[0], training: true) }
    }
    @Test func batchNormalizationInference() throws {
        let layer = try BatchNormalization(scale: false)
        try checkGradient([maps]) { try layer($0[0], training: false) }
    }
    @Test func concatenate() throws {
        let layer = Concatenate()
        try checkGradient([maps, sampleInput([2, 3, 3, 2], seed: 12)]) { try layer([$0[0], $0[1]]) }
    }
    @Test func globalAveragePooling() throws { try checkGradient([maps]) { try GlobalAveragePooling2D()($0[0]) } }
    @Test func globalMaxPooling() throws { try checkGradient([maps]) { try GlobalMaxPooling2D()($0[0]) } }
    @Test func activation() throws { try checkGradient([maps]) { try ActivationLayer(.tanh)($0[0]) } }
}

@Suite struct BatchNormalizationTests {
    @Test func trainingNormalizesAndMovesTheStatistics() throws {
        let layer = try BatchNormalization(momentum: 0.5)
        let x = try Tensor([1, 10, 3, 20] as [Float], shape: [2, 1, 1, 2])
        let y = try layer(x, training: true)
        let values = y.asArray(Float.self)
        // Channel 0 is {1, 3}: mean 2, variance 1, so (x − 2)/√(1 + 0.001).
        #expect(abs(values[0] + 1 / Float(1.001).squareRoot()) < 1e-5)
        #expect(layer.movingMean?.asArray(Float.self) == [1, 7.5])
        #expect(layer.movingVariance?.asArray(Float.self) == [1, 13])
        #expect(layer.weightNames == ["gamma", "beta", "moving_mean", "moving_variance"])
        #expect(layer.trainableWeights.count == 2 && layer.nonTrainableWeights.count == 2)
    }

    @Test func frozenLayerUsesTheMovingStatisticsEvenWhenTraining() throws {
        let layer = try BatchNormalization(center: false, scale: false)
        layer.isTrainable = false
        let x = try Tensor([1, 10, 3, 20] as [Float], shape: [2, 1, 1, 2])
        let y = try layer(x, training: true)
        let expected = x.asArray(Float.self).map { $0 / Float(1.001).squareRoot() }
        #expect(zip(y.asArray(Float.self), expected).allSatisfy { abs($0 - $1) < 1e-5 })
        #expect(layer.movingMean?.asArray(Float.self) == [0, 0])
        #expect(layer.weights.count == 2)
    }
}
