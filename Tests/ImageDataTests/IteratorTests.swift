import Foundation
import Testing
@testable import ImageData

/// Builds `root/{dogs: 3 images, cats: 2 images + notes.txt, empty/}` with one solid colour per
/// file, or a test pattern per file when `patterned` (a warp of a solid image changes nothing).
private func makeFixture(patterned: Bool = false) throws -> String {
    let root = try makeTemporaryFolder("fixture")
    let manager = FileManager.default
    for (name, count) in [("dogs", 3), ("cats", 2)] {
        try manager.createDirectory(atPath: "\(root)/\(name)", withIntermediateDirectories: true)
        for i in 0..<count {
            let shade = UInt8(name == "cats" ? 10 + i : 100 + i)
            let image =
                patterned
                ? patternImage(width: 6 + i, height: 4, channels: 3)
                : try Image(width: 6 + i, height: 4, channels: 3, filledWith: shade)
            try image.write(toFile: "\(root)/\(name)/\(name)_\(i).\(i == 1 ? "jpg" : "png")", quality: 100)
        }
    }
    #expect(manager.createFile(atPath: "\(root)/cats/notes.txt", contents: Data("not an image".utf8)))
    try manager.createDirectory(atPath: "\(root)/empty", withIntermediateDirectories: true)
    return root
}

@Test func directoryIteratorListsClassesAsKeras() throws {
    let root = try makeFixture()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var lines: [String] = []
    let iterator = try ImageDataGenerator().flowFromDirectory(root, targetSize: (4, 4), batchSize: 2, log: { lines.append($0) })
    #expect(lines == ["Found 5 images belonging to 3 classes."])
    #expect(iterator.classNames == ["cats", "dogs", "empty"])
    #expect(iterator.classIndices == ["cats": 0, "dogs": 1, "empty": 2])
    #expect(iterator.filenames == ["cats/cats_0.png", "cats/cats_1.jpg", "dogs/dogs_0.png", "dogs/dogs_1.jpg", "dogs/dogs_2.png"])
    #expect(iterator.classes == [0, 0, 1, 1, 1])
    #expect(iterator.batchesPerEpoch == 3)
}

@Test(arguments: [ClassMode.categorical, .binary, .sparse, .input, nil])
func batchesHaveKerasShapesForEveryClassMode(mode: ClassMode?) throws {
    let root = try makeFixture()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let iterator = try ImageDataGenerator(rescale: 1 / 255).flowFromDirectory(
        root, targetSize: (4, 5), classes: ["cats", "dogs"], classMode: mode, batchSize: 4, shuffle: false, log: { _ in })
    let batch = try iterator.next()
    #expect(batch.imageShape == [4, 4, 5, 3])
    #expect(batch.images.allSatisfy { $0 >= 0 && $0 <= 1 })
    #expect(abs(batch.images[0] - 10 / 255) < 0.02)
    switch mode {
    case .categorical: #expect(batch.labels == [1, 0, 1, 0, 0, 1, 0, 1] && batch.labelShape == [4, 2])
    case .binary, .sparse: #expect(batch.labels == [0, 0, 1, 1] && batch.labelShape == [4])
    case .input: #expect(batch.labels == batch.images && batch.labelShape == [4, 4, 5, 3])
    case nil: #expect(batch.labels == nil)
    }
}

@Test func iteratorsCycleForeverWithAShortLastBatch() throws {
    let root = try makeFixture()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let iterator = try ImageDataGenerator().flowFromDirectory(root, targetSize: (4, 4), batchSize: 2, seed: 3, log: { _ in })
    let sizes = try (0..<7).map { _ in try iterator.next().count }
    #expect(sizes == [2, 2, 1, 2, 2, 1, 2])
    #expect(iterator.totalBatchesSeen == 7)
}

@Test func sameSeedGivesTheSameBatchesAndShuffles() throws {
    let root = try makeFixture()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let generator = try ImageDataGenerator(rotationRange: 40, horizontalFlip: true)
    func run(_ seed: UInt64) throws -> [[Float]] {
        let iterator = try generator.flowFromDirectory(
            root, targetSize: (6, 6), classMode: .sparse, batchSize: 2,
            seed: seed, log: { _ in })
        return try (0..<5).map { _ in
            let b = try iterator.next(); return b.images + (b.labels ?? [])
        }
    }
    let first = try run(11)
    #expect(first == (try run(11)))
    #expect(first != (try run(12)))
}

@Test func validationSubsetTakesTheFirstFractionOfEachClass() throws {
    let root = try makeFixture()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let generator = try ImageDataGenerator(validationSplit: 0.5)
    let validation = try generator.flowFromDirectory(root, targetSize: (4, 4), subset: .validation, log: { _ in })
    let training = try generator.flowFromDirectory(root, targetSize: (4, 4), subset: .training, log: { _ in })
    #expect(validation.filenames == ["cats/cats_0.png", "dogs/dogs_0.png"])
    #expect(training.filenames == ["cats/cats_1.jpg", "dogs/dogs_1.jpg", "dogs/dogs_2.png"])
}

@Test func unreadableImageIsAnErrorNamingTheFile() throws {
    let root = try makeFixture()
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(FileManager.default.createFile(atPath: "\(root)/dogs/broken.png", contents: Data([0x89, 0x50, 0x4E, 0x47, 1, 2])))
    let iterator = try ImageDataGenerator().flowFromDirectory(root, targetSize: (4, 4), batchSize: 8, log: { _ in })
    #expect { _ = try iterator.next() } throws: { "\($0)".contains("dogs/broken.png") }
}

@Test func missingAndEmptyDirectoriesAreErrors() throws {
    #expect(throws: ImageDataError.directoryNotFound("/no/such/folder")) {
        _ = try ImageDataGenerator().flowFromDirectory("/no/such/folder", log: { _ in })
    }
    let root = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var lines: [String] = []
    let iterator = try ImageDataGenerator().flowFromDirectory(root, log: { lines.append($0) })
    #expect(lines == ["Found 0 images belonging to 0 classes."])
    #expect(throws: ImageDataError.self) { _ = try iterator.next() }
}

@Test func flowBatchesArraysWithLabels() throws {
    let x = (0..<(5 * 2 * 2 * 1)).map(Float.init)
    let generator = try ImageDataGenerator(rescale: 2, validationSplit: 0.4)
    let iterator = try generator.flow(
        x: x, xShape: [5, 2, 2, 1], y: [0, 1, 2, 3, 4], yShape: [5], batchSize: 2,
        shuffle: false, subset: .training)
    #expect(iterator.sampleCount == 3)
    let batch = try iterator.next()
    #expect(batch.imageShape == [2, 2, 2, 1])
    #expect(batch.images == [16, 18, 20, 22, 24, 26, 28, 30])
    #expect(batch.labels == [2, 3])
    #expect(throws: ImageDataError.self) { _ = try generator.flow(x: x, xShape: [5, 4], y: nil) }
    #expect(throws: ImageDataError.self) { _ = try generator.flow(x: x, xShape: [5, 2, 2, 1], y: [1, 2]) }
}

@Test func kerasImageFunctionsRoundTrip() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/saved.png"
    try KerasImage.save(path, values: [0, 0.5, 1, 0.25], shape: [2, 2, 1])
    let loaded = try KerasImage.load(path, colorMode: .grayscale)
    let (values, shape) = KerasImage.toArray(loaded)
    #expect(shape == [2, 2, 1])
    #expect(values == [0, 127, 255, 63])
    #expect(try KerasImage.load(path, targetSize: (4, 6)).shape == [4, 6, 3])
    #expect(throws: ImageDataError.self) { _ = try KerasImage.fromArray([1, 2], shape: [2]) }
}

@Test func batchesConvertToTensors() throws {
    let root = try makeFixture()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let iterator = try ImageDataGenerator(rescale: 1 / 255).flowFromDirectory(
        root, targetSize: (4, 4), classes: ["cats", "dogs"], classMode: .binary, batchSize: 3, shuffle: false, log: { _ in })
    let (x, y) = try iterator.nextTensors()
    #expect(x.shape == [3, 4, 4, 3])
    #expect(y?.shape == [3])
    #expect(y?.asArray(Float.self) == [0, 0, 1])
    let flowed = try ImageDataGenerator().flow(x, y, batchSize: 2, shuffle: false)
    #expect(try flowed.next().images == Array(x.asArray(Float.self).prefix(2 * 48)))
    #expect(try KerasImage.toTensor(try Image(width: 2, height: 3, channels: 1)).shape == [3, 2, 1])
}

@Test func indexedBatchesFeedFitWithFreshAugmentationsEachCall() throws {
    let root = try makeFixture(patterned: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let generator = try ImageDataGenerator(rescale: 1 / 255, rotationRange: 40)
    let iterator = try generator.flowFromDirectory(
        root, targetSize: (6, 6), classes: ["cats", "dogs"],
        classMode: .categorical, batchSize: 2, shuffle: false, seed: 1, log: { _ in })
    #expect(iterator.batchCount == 3 && iterator.sampleShape == [6, 6, 3] && iterator.targetShape == [2])
    let first = try iterator.batch(at: 0)
    let again = try iterator.batch(at: 0)
    #expect(first.x.shape == [2, 6, 6, 3] && first.y.shape == [2, 2])
    #expect(first.y.asArray(Float.self) == again.y.asArray(Float.self))
    #expect(first.x.asArray(Float.self) != again.x.asArray(Float.self))
    #expect(try iterator.batch(at: 2).x.shape == [1, 6, 6, 3])
    #expect(throws: ImageDataError.self) { _ = try iterator.batch(at: 3) }
    let unlabeled = try generator.flowFromDirectory(root, targetSize: (6, 6), classMode: nil, log: { _ in })
    #expect(throws: ImageDataError.self) { _ = try unlabeled.batch(at: 0) }
}
