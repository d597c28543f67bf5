import Testing
import Tensors
@testable import NeuralNet

/// Each mistake with several inputs or outputs is a `NeuralNetError` naming the problem and the fix.
@Suite struct MultiIOErrorTests {
    static func message(_ body: () throws -> Void) -> String {
        do {
            try body()
        } catch let error as NeuralNetError {
            return error.description
        } catch {
            return "unexpected \(error)"
        }
        return "no error"
    }

    static func compiledTwoOutputModel() throws -> Model {
        let model = try MultiIOTrainingTests.twoOutputModel()
        try model.compile(optimizer: SGD(), loss: .list([.sparseCategoricalCrossentropy, .binaryCrossentropy]))
        return model
    }

    @Test func wrongNumberOfInputs() throws {
        let (a, b, y) = try MultiIOTrainingTests.twoInputData(count: 8)
        let model = try MultiIOTrainingTests.twoInputModel()
        try model.compile(optimizer: SGD(), loss: .binaryCrossentropy)
        let text = Self.message { try model.fit([a], [y], verbose: 0) }
        #expect(text.contains("expects 2 input(s), but it received 1 input tensors"))
        #expect(text.contains("one array per Input") && text.contains("['a', 'b']"))
        #expect(Self.message { try model.fit(a, y, verbose: 0) }.contains("received 1 input tensors"))
        #expect(Self.message { _ = try model.evaluate([a, b, b], [y], verbose: 0) }.contains("received 3 input tensors"))
    }

    @Test func wrongNumberOfTargets() throws {
        let (x, kind, _) = try MultiIOTrainingTests.twoOutputData(count: 9)
        let model = try Self.compiledTwoOutputModel()
        let text = Self.message { try model.fit([x], [kind], verbose: 0) }
        #expect(text.contains("The model has 2 output(s) ['kind', 'right'] but received 1 target array(s)"))
        #expect(text.contains("one target array per output"))
    }

    @Test func mismatchedSampleCounts() throws {
        let (x, kind, right) = try MultiIOTrainingTests.twoOutputData(count: 9)
        let model = try Self.compiledTwoOutputModel()
        let short = try right[.range(0..<5)].copy()
        let text = Self.message { try model.fit([x], [kind, short], verbose: 0) }
        #expect(text.contains("Data cardinality is ambiguous") && text.contains("'x' sizes: 9. 'y' sizes: 9, 5."))
    }

    @Test func unknownOrMissingOutputNames() throws {
        let model = try MultiIOTrainingTests.twoOutputModel()
        let unknown = Self.message { try model.compile(optimizer: SGD(), loss: .byName(["kind": .meanSquaredError, "rigth": .meanSquaredError])) }
        #expect(unknown.contains("Expected keys ['kind', 'right'] in loss dict, but found loss.keys()=['kind', 'rigth']. 'rigth' is not an output"))
        let missing = Self.message { try model.compile(optimizer: SGD(), loss: .byName(["kind": .meanSquaredError])) }
        #expect(missing.contains("Add an entry for 'right'"))
        let metric = Self.message { try model.compile(optimizer: SGD(), loss: .all(.meanSquaredError), metrics: .byName(["kinds": ["accuracy"]])) }
        #expect(metric.contains("in metrics dict") && metric.contains("'kinds' is not an output"))
        let weights = Self.message { try model.compile(optimizer: SGD(), loss: .all(.meanSquaredError), lossWeights: .list([1])) }
        #expect(weights.contains("`loss_weights` has 1 entry but the model has 2 outputs ['kind', 'right']"))
        let (x, kind, right) = try MultiIOTrainingTests.twoOutputData(count: 6)
        try model.compile(optimizer: SGD(), loss: .all(.meanSquaredError))
        #expect(Self.message { try model.fit(["point": x], ["kind": kind, "left": right]) }.contains("Unknown output name 'left'"))
        #expect(Self.message { try model.fit(["points": x], ["kind": kind, "right": right]) }.contains("Missing data for input \"point\""))
    }

    @Test func wrongTargetShapeNamesTheOutput() throws {
        let (x, kind, right) = try MultiIOTrainingTests.twoOutputData(count: 6)
        let model = try Self.compiledTwoOutputModel()
        let oneHot = try Tensor.oneHot(kind.cast(to: .int64), depth: 3)
        let text = Self.message { try model.fit([x], [kind, oneHot], verbose: 0) }
        #expect(text.contains("Targets for output 'right' (y[1]) do not fit its loss binary_crossentropy"))
        #expect(text.contains("target.shape=(None, 3), output.shape=(None, 1)"))
        let labels = Self.message { try model.fit([x], [try kind * 2.0, right], verbose: 0) }
        #expect(labels.contains("output 'kind'") && labels.contains("outside the valid range of [0, 3)"))
    }

    @Test func generatorsNeedArraysForSeveralOutputs() throws {
        let (x, kind, _) = try MultiIOTrainingTests.twoOutputData(count: 6)
        let model = try Self.compiledTwoOutputModel()
        let source = try ArrayBatches(x: x, y: kind, batchSize: 2, shuffle: false)
        #expect(Self.message { try model.fit(source, verbose: 0) }.contains("Pass in-memory arrays instead"))
    }
}
