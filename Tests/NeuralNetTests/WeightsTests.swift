import Foundation
import Testing
import Tensors
@testable import NeuralNet

@Test func saveLoadRoundTripsExactly() throws {
    let model = try TestModels.cnn(names: false)
    let path = NSTemporaryDirectory() + "deeplings-weights-\(UInt64.random(in: 0...UInt64.max)).weights"
    defer { try? FileManager.default.removeItem(atPath: path) }
    try model.saveWeights(to: path)
    let copy = try TestModels.cnn(names: false)
    #expect(copy.getWeights()[0].asArray(Float.self) != model.getWeights()[0].asArray(Float.self))
    try copy.loadWeights(from: path)
    for (a, b) in zip(model.getWeights(), copy.getWeights()) {
        #expect(a.shape == b.shape)
        #expect(a.asArray(Float.self).map(\.bitPattern) == b.asArray(Float.self).map(\.bitPattern))
    }
}

@Test func setWeightsChecksShapes() throws {
    let model = try TestModels.hello()
    try model.setWeights([try TestTensors.floats([2], [1, 1]), try TestTensors.floats([-1], [1])])
    #expect(abs(try model.predict(try TestTensors.floats([10], [1]), verbose: 0).item(Double.self) - 19) < 1e-6)
    let message = errorMessage { try model.setWeights([try TestTensors.floats([2, 3], [2, 1]), try TestTensors.floats([-1], [1])]) }
    #expect(message.contains("has shape (1, 1), but the value given has shape (2, 1)"))
}

@Test func loadingAMissingOrForeignFileFails() throws {
    let model = try TestModels.hello()
    #expect(errorMessage { try model.loadWeights(from: "/nonexistent/w.weights") }.contains("/nonexistent/w.weights"))
    let path = NSTemporaryDirectory() + "deeplings-not-weights-\(UInt64.random(in: 0...UInt64.max))"
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(FileManager.default.createFile(atPath: path, contents: Data("hello\n\nworld".utf8)))
    #expect(errorMessage { try model.loadWeights(from: path) }.contains("is not a valid Deeplings weights file"))
}
