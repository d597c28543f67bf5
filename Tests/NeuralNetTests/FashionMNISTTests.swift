import Foundation
import ImageData
import Testing
import Tensors
@testable import NeuralNet

/// Images `range` of the Fashion-MNIST test split as float32 in [0, 1], with their labels.
func fashionSlice(_ range: Range<Int>) throws -> (Tensor, Tensor) {
    let split = try FashionMNIST.loadSplit(prefix: "t10k")
    let pixels = Array(split.images.bytes[(range.lowerBound * 784)..<(range.upperBound * 784)])
    let images = try Tensor(pixels, shape: [range.count, 28, 28]).cast(to: .float32) / 255.0
    return (images, try Tensor(Array(split.labels.bytes[range]), shape: [range.count]))
}

@Test func denseNetworkBeatsChanceOnASlice() throws {
    let (x, y) = try fashionSlice(0..<600)
    let model = try TestModels.dnn()
    try model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy", metrics: ["accuracy"])
    try model.fit(x, y, epochs: 3, verbose: 0)
    let (tx, ty) = try fashionSlice(9700..<10000)
    let accuracy = try model.evaluate(tx, ty, verbose: 0).values[1]
    #expect(accuracy > 0.5)
}
