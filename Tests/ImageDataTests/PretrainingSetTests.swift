import Foundation
import Testing
import Tensors
@testable import ImageData

@Suite struct PretrainingSetTests {
    /// Same seed, same pixels; every class drawn in turn; another seed, other pictures.
    @Test func renderingIsSeededAndCoversEveryClass() throws {
        let count = PretrainingSet.classNames.count * 2
        let first = try PretrainingSet.render(count: count, size: 64, seed: 7)
        let again = try PretrainingSet.render(count: count, size: 64, seed: 7)
        let other = try PretrainingSet.render(count: count, size: 64, seed: 8)
        #expect(first.images == again.images)
        #expect(first.images != other.images)
        #expect(first.images.count == count * 64 * 64 * 3)
        #expect(first.labels == (0..<count).map { $0 % PretrainingSet.classNames.count })
        // No picture is blank: each has some spread of values.
        for index in 0..<count {
            let pixels = try first.image(index).pixels
            #expect((pixels.max() ?? 0) - (pixels.min() ?? 0) > 30, "image \(index) (\(PretrainingSet.classNames[index % 16])) is nearly flat")
        }
        #expect(throws: ImageDataError.self) { try PretrainingSet.render(count: 0, size: 64) }
        #expect(throws: ImageDataError.self) { try PretrainingSet.render(count: 4, size: 40) }
    }

    /// Batches are scaled to [0, 1], shaped NHWC, labelled, and cover the range once per pass.
    @Test func batches() throws {
        let set = try PretrainingSet.render(count: 20, size: 64, seed: 1)
        let batches = try PretrainingBatches(set, range: 0..<18, batchSize: 8, shuffle: true, flip: true, seed: 2)
        #expect(batches.batchCount == 3)
        batches.startPass()
        var labels: [Float] = []
        for index in 0..<batches.batchCount {
            let (x, y) = try batches.batch(at: index)
            #expect(x.shape == [y.shape[0], 64, 64, 3])
            let values = x.asArray(Float.self)
            #expect(values.allSatisfy { $0 >= 0 && $0 <= 1 })
            labels += y.asArray(Float.self)
        }
        #expect(labels.sorted() == set.labels[0..<18].map(Float.init).sorted())
        #expect(throws: ImageDataError.self) { try PretrainingBatches(set, range: 0..<30, batchSize: 8, shuffle: false, flip: false, seed: 0) }
    }

    /// The pretraining streams are not the lesson data sets' streams.
    @Test func streamsDifferFromTheLessonSets() {
        var pretraining = PretrainingSet.generator(seed: DatasetCatalog.defaultSeed, index: 0)
        var lesson = DatasetCatalog.generator(seed: DatasetCatalog.defaultSeed, name: "horse-or-human", split: "train", className: "horses", index: 0)
        #expect(pretraining.next() != lesson.next())
    }
}
