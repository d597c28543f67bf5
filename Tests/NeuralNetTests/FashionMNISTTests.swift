import Foundation
import ImageData
import Testing
import Tensors
@testable import NeuralNet

@Test func idxDecodesHeaderAndData() throws {
    let bytes: [UInt8] = [0, 0, 8, 2, 0, 0, 0, 2, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6]
    let array = try IDXReader.decode(bytes)
    #expect(array.shape == [2, 3])
    #expect(array.bytes == [1, 2, 3, 4, 5, 6])
}

@Test func idxRejectsTruncatedData() {
    #expect(throws: IDXError.self) { try IDXReader.decode([0, 0, 8, 1, 0, 0, 0, 5, 1, 2]) }
    #expect(throws: IDXError.self) { try IDXReader.decode([1, 2, 3]) }
}

@Test func missingDataSetNamesPathAndFix() {
    do {
        _ = try FashionMNIST.loadRaw(directory: "/nonexistent/fashion")
        Issue.record("expected an error")
    } catch {
        let message = "\(error)"
        #expect(message.contains("/nonexistent/fashion/train-images-idx3-ubyte.gz"))
        #expect(message.contains("apt-get install dataset-fashion-mnist"))
    }
}

@Test func realFashionMNISTShapes() throws {
    let test = try FashionMNIST.loadSplit(prefix: "t10k")
    #expect(test.images.shape == [10000, 28, 28])
    #expect(test.labels.shape == [10000])
    #expect(test.labels.bytes.max() == 9)
}

@Test func denseNetworkBeatsChanceOnASlice() throws {
    let (train, test) = try FashionMNIST.load()
    let count = 600
    let x = try train.images.split(indices: [count], axis: 0)[0].cast(to: .float32) / 255.0
    let y = try train.labels.split(indices: [count], axis: 0)[0]
    let model = try TestModels.dnn()
    try model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy", metrics: ["accuracy"])
    try model.fit(x, y, epochs: 3, verbose: 0)
    let tx = try test.images.split(indices: [300], axis: 0)[0].cast(to: .float32) / 255.0
    let ty = try test.labels.split(indices: [300], axis: 0)[0]
    let accuracy = try model.evaluate(tx, ty, verbose: 0).values[1]
    #expect(accuracy > 0.5)
}

@Test func convolutionalNetworkLearnsOnASlice() throws {
    let (train, test) = try FashionMNIST.load()
    let x = try train.images.split(indices: [320], axis: 0)[0].reshaped(to: [-1, 28, 28, 1]).cast(to: .float32) / 255.0
    let y = try train.labels.split(indices: [320], axis: 0)[0]
    let model = try Sequential([
        try Conv2D(filters: 8, kernelSize: (3, 3), activation: .relu, inputShape: [28, 28, 1]),
        try MaxPooling2D(poolSize: (2, 2)),
        try AveragePooling2D(poolSize: (2, 2)),
        Flatten(),
        try Dense(units: 10, activation: .softmax),
    ])
    try model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy", metrics: ["accuracy"])
    let history = try model.fit(x, y, epochs: 3, verbose: 0)
    #expect((history.history["loss"]?.last ?? 9) < (history.history["loss"]?.first ?? 0))
    let tx = try test.images.split(indices: [200], axis: 0)[0].cast(to: .float32) / 255.0
    let accuracy = try model.evaluate(tx, try test.labels.split(indices: [200], axis: 0)[0], verbose: 0).values[1]
    #expect(accuracy > 0.3)
}
