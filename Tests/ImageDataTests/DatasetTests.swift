import Foundation
import Testing
@testable import ImageData

@Test func renderingIsDeterministicPerSeedAndSample() throws {
    let first = try DatasetCatalog.render(name: "rps", split: "train", className: "rock", index: 3, seed: 9)
    let again = try DatasetCatalog.render(name: "rps", split: "train", className: "rock", index: 3, seed: 9)
    let otherIndex = try DatasetCatalog.render(name: "rps", split: "train", className: "rock", index: 4, seed: 9)
    let otherSeed = try DatasetCatalog.render(name: "rps", split: "train", className: "rock", index: 3, seed: 10)
    #expect(first == again)
    #expect(first != otherIndex)
    #expect(first != otherSeed)
    #expect(first.shape == [300, 300, 3])
}

@Test func rendersAreScenesNotFlatImages() throws {
    for name in DatasetCatalog.names {
        let spec = try DatasetCatalog.spec(named: name)
        let split = spec.splits[0]
        let image = try DatasetCatalog.render(name: name, split: split.folder, className: split.classes[0].name, index: 0)
        var distinct = Set<Int>()
        for p in stride(from: 0, to: image.pixels.count, by: 3) {
            let red = Int(image.pixels[p]) << 16, green = Int(image.pixels[p + 1]) << 8
            distinct.insert(red | green | Int(image.pixels[p + 2]))
        }
        #expect(distinct.count > 1000, "\(name) looks flat: \(distinct.count) colours")
    }
}

@Test func catalogDescribesTheOriginalLayouts() throws {
    #expect(DatasetCatalog.names == ["horse-or-human", "cats_and_dogs_filtered", "rps"])
    let horses = try DatasetCatalog.spec(named: "horse-or-human")
    #expect(horses.splits.map(\.folder) == ["train", "validation"])
    #expect(horses.splits.map { $0.classes.map(\.count) } == [[500, 527], [128, 128]])
    let pets = try DatasetCatalog.spec(named: "cats_and_dogs_filtered")
    #expect(pets.format == .jpeg && pets.imageCount == 3000)
    #expect(pets.splits[0].classes[0].fileName(0) == "cat.0.jpg")
    let rps = try DatasetCatalog.spec(named: "rps")
    #expect(rps.splits.map { $0.classes.map(\.name) } == [["paper", "rock", "scissors"], ["paper", "rock", "scissors"]])
    #expect(rps.imageCount == 3 * (840 + 124))
    #expect(throws: ImageDataError.self) { _ = try DatasetCatalog.spec(named: "mnist") }
    #expect(throws: ImageDataError.self) { _ = try DatasetCatalog.render(name: "rps", split: "validation", className: "rock", index: 0) }
}

@Test func buildWritesTheLayoutThatFlowFromDirectoryReads() throws {
    let root = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    var reports: [(Int, Int)] = []
    let path = try DatasetCatalog.build(name: "cats_and_dogs_filtered", into: root, seed: 4, limit: 1) { reports.append(($0, $1)) }
    #expect(DatasetCatalog.isBuilt(name: "cats_and_dogs_filtered", in: root))
    #expect(reports.last.map { $0 == (4, 4) } == true)
    var lines: [String] = []
    let iterator = try ImageDataGenerator(rescale: 1 / 255).flowFromDirectory(
        path + "/validation", targetSize: (150, 150), classMode: .binary, log: { lines.append($0) })
    #expect(lines == ["Found 2 images belonging to 2 classes."])
    #expect(iterator.filenames == ["cats/cat.2000.jpg", "dogs/dog.2000.jpg"])
    let image = try Image(contentsOfFile: path + "/train/cats/cat.0.jpg")
    #expect((150...500).contains(image.width) && (150...500).contains(image.height))
    let grid = try DatasetCatalog.sampleGrid(name: "cats_and_dogs_filtered", in: root, perClass: 1, cell: 8)
    #expect(grid.shape == [16, 8, 3])
    // One row per class: the cat cell and the dog cell below it hold different pictures.
    #expect(Array(grid.pixels[0..<(8 * 8 * 3)]) != Array(grid.pixels[(8 * 8 * 3)...]))
}

@Test func aBuildStoppedByItsProgressLeavesNoFolderBehind() throws {
    struct Stop: Error {}
    let root = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    #expect(throws: Stop.self) {
        try DatasetCatalog.build(name: "rps", into: root, seed: 4, limit: 20) { done, _ in if done > 0 { throw Stop() } }
    }
    #expect(!DatasetCatalog.isBuilt(name: "rps", in: root))
    #expect(try FileManager.default.contentsOfDirectory(atPath: root).isEmpty, "no final and no partial folder is left")
}
