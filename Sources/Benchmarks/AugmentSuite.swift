import Foundation
import ImageData

/// Runs the `augment` benchmark suite; `quick` asks for a short run.
///
/// Renders a folder of 150×150 PNG files (timing the data set renderer on the way), then times
/// `flow_from_directory` with the article's eight augmentation arguments, and the same with
/// Keras' `ImageDataGenerator` when the peer virtualenv exists.
func runAugmentSuite(quick: Bool) throws {
    if try runDifficultyIfRequested() { return }
    let folder = NSTemporaryDirectory() + "deeplings-augment-\(getpid())"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let perClass = quick ? 64 : 160
    let renderSeconds = try renderFixture(into: folder, perClass: perClass)
    print("dataset_render_images_per_s: \(format(Double(2 * perClass) / renderSeconds))")

    let generator = try ImageDataGenerator(
        rescale: 1 / 255, rotationRange: 40, widthShiftRange: .uniform(0.2), heightShiftRange: .uniform(0.2),
        shearRange: 0.2, zoomRange: (0.8, 1.2), horizontalFlip: true, fillMode: .nearest)
    let iterator = try generator.flowFromDirectory(
        folder, targetSize: (150, 150), classMode: .binary, batchSize: 32,
        seed: 1, log: { _ in })
    _ = try iterator.next()
    let batches = quick ? 16 : 64
    var images = 0
    let start = Date(), cpuStart = processCPUSeconds()
    for _ in 0..<batches { images += try iterator.next().count }
    let swiftRate = Double(images) / Date().timeIntervalSince(start)
    print("augment_images_per_s: \(format(swiftRate))")
    // Images per CPU-second of the whole process (all threads): a figure the machine's other
    // load does not distort; on an idle machine the wall-clock rate approaches cores × this.
    print("augment_images_per_cpu_s: \(format(Double(images) / (processCPUSeconds() - cpuStart)))")

    if let (kerasRate, kerasCPURate) = try runKerasPeer(folder: folder, batches: quick ? 8 : 24) {
        print("keras_augment_images_per_s: \(format(kerasRate))")
        print("keras_augment_images_per_cpu_s: \(format(kerasCPURate))")
        print("augment_speedup_vs_keras: \(format(swiftRate / kerasRate))")
    } else {
        print("keras_augment_images_per_s: unavailable (no peers' virtualenv with tensorflow-cpu: scripts/peers.sh)")
    }
}

/// Writes `perClass` horse and human scenes, shrunk to 150×150, as PNG files in two class folders.
private func renderFixture(into folder: String, perClass: Int) throws -> Double {
    let start = Date()
    for (className, datasetClass) in [("a", "horses"), ("b", "humans")] {
        let directory = folder + "/" + className
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let indices = Array(0..<perClass)
        let errors = NSLock()
        nonisolated(unsafe) var firstError: Error?
        DispatchQueue.concurrentPerform(iterations: indices.count) { i in
            do {
                let image = try DatasetCatalog.render(name: "horse-or-human", split: "train", className: datasetClass, index: i)
                try image.resized(width: 150, height: 150, interpolation: .bilinear).write(toFile: "\(directory)/\(i).png")
            } catch {
                errors.withLock { firstError = firstError ?? error }
            }
        }
        if let firstError { throw firstError }
    }
    return Date().timeIntervalSince(start)
}

/// Runs `Benchmarks/peers/keras_augment.py` in the peer virtualenv; nil when there is none.
private func runKerasPeer(folder: String, batches: Int) throws -> (Double, Double)? {
    let python = PeersPython.path
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Benchmarks/peers/keras_augment.py").path
    guard FileManager.default.isExecutableFile(atPath: python), FileManager.default.fileExists(atPath: script) else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [script, folder, String(batches)]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    func figure(_ name: String) -> Double? {
        let line = output.split(separator: "\n").first { $0.hasPrefix(name + ":") }
        return line.flatMap { Double($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }
    }
    guard let wall = figure("keras_augment_images_per_s"), let cpu = figure("keras_augment_images_per_cpu_s") else { return nil }
    return (wall, cpu)
}

private func format(_ value: Double) -> String { String(format: "%.1f", value) }
