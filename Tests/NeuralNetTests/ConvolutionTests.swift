import Testing
import Tensors
@testable import NeuralNet

/// 10×10 single-channel images holding one horizontal (label 0) or vertical (label 1) bar.
func barImages(count: Int) throws -> (Tensor, Tensor) {
    let noise = TestTensors.noise(count * 100, seed: 3)
    var pixels = [Float](repeating: 0, count: count * 100), labels: [Float] = []
    for n in 0..<count {
        let vertical = n % 2 == 1, line = 2 + (n / 2) % 6
        for i in 0..<100 {
            let (row, column) = (i / 10, i % 10)
            let onBar = vertical ? column == line : row == line
            pixels[n * 100 + i] = (onBar ? 1 : 0) + 0.2 * noise[n * 100 + i]
        }
        labels.append(vertical ? 1 : 0)
    }
    return (try Tensor(pixels, shape: [count, 10, 10, 1]), try Tensor(labels, shape: [count]))
}

@Test func convolutionalNetworkLearnsBarOrientation() throws {
    let (x, y) = try barImages(count: 96)
    let model = try Sequential([
        try Conv2D(filters: 4, kernelSize: (3, 3), activation: .relu, inputShape: [10, 10, 1]),
        try MaxPooling2D(poolSize: (2, 2)),
        try AveragePooling2D(poolSize: (2, 2), strides: (1, 1), padding: .same),
        Flatten(),
        try Dense(units: 1, activation: .sigmoid),
    ])
    try model.compile(optimizer: RMSprop(learningRate: 0.01), loss: .binaryCrossentropy, metrics: ["acc"])
    let history = try model.fit(x, y, batchSize: 16, epochs: 12, verbose: 0)
    #expect((history.history["loss"]?.last ?? 9) < (history.history["loss"]?.first ?? 0))
    #expect((history.history["acc"]?.last ?? 0) > 0.9)
}

@Test func sameAndStridedShapes() throws {
    let conv = try Conv2D(filters: 5, kernelSize: (3, 3), strides: (2, 2), padding: .same, useBias: false)
    #expect(try conv.outputShape(for: [11, 11, 3]) == [6, 6, 5])
    let y = try conv(try TestTensors.floats(TestTensors.noise(2 * 11 * 11 * 3), [2, 11, 11, 3]))
    #expect(y.shape == [2, 6, 6, 5])
    #expect(conv.parameterCount == 3 * 3 * 3 * 5)
    #expect(try MaxPooling2D(poolSize: (3, 3), strides: (2, 2)).outputShape(for: [7, 7, 4]) == [3, 3, 4])
    #expect(try AveragePooling2D(poolSize: (3, 3), strides: (1, 1), padding: .same).outputShape(for: [7, 7, 4]) == [7, 7, 4])
}

@Test func tooSmallImageGivesKerasError() {
    let message = errorMessage {
        _ = try Sequential([try Conv2D(filters: 2, kernelSize: (3, 3), inputShape: [4, 4, 1]), try MaxPooling2D(), try MaxPooling2D()])
    }
    #expect(message.hasPrefix("Computed output size would be negative or zero"))
    #expect(message.contains("input shape (None, 1, 1, 2)"))
}
