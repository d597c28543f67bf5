import ArgumentParser
import Foundation
import ImageData
import NeuralNet

/// `deeplings pretrain`: renders the pretraining set and trains the course base on it, then
/// writes the base's weights (no top) as a Keras `.h5`, the file `course_base(weights='course')`
/// loads. Seeded: the same options give the same file.
struct PretrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pretrain",
        abstract: "Pretrain the course's transfer-learning base on rendered images and write its weights.",
        discussion: """
            Renders --count images of 16 classes at --size pixels (in memory), trains the course base \
            with a 16-way top on 90 % of them for --epochs, reports accuracy on the other 10 %, and writes \
            the base without its top to --output. Ctrl-C stops cleanly and writes nothing.
            """)

    @Option(help: "Images to render (90 % train, 10 % held out).")
    var count = CourseBasePretraining.Options().count

    @Option(help: "Image side in pixels during pretraining (the base works at any size ≥ 75).")
    var size = CourseBasePretraining.Options().size

    @Option(help: "Passes over the training images.")
    var epochs = CourseBasePretraining.Options().epochs

    @Option(name: .customLong("batch-size"), help: "Images per step.")
    var batchSize = CourseBasePretraining.Options().batchSize

    @Option(name: .customLong("learning-rate"), help: "Adam's learning rate.")
    var learningRate = CourseBasePretraining.Options().learningRate

    @Option(help: "Seed for rendering, initial weights and shuffling.")
    var seed = PretrainingSet.defaultSeed

    @Option(help: "Where to write the weights (Keras .h5, layer names as course_base(include_top=False)).")
    var output = "datasets/\(CourseBaseWeights.fileName)"

    func validate() throws {
        guard count >= 64 else { throw ValidationError("--count must be at least 64, received \(count)") }
        guard (75...512).contains(size) else { throw ValidationError("--size must be between 75 and 512 (the base needs at least 75×75), received \(size)") }
        guard epochs > 0 else { throw ValidationError("--epochs must be positive, received \(epochs)") }
        guard batchSize > 0, batchSize * 2 <= count else { throw ValidationError("--batch-size must be positive and at most half of --count, received \(batchSize)") }
        guard learningRate > 0 else { throw ValidationError("--learning-rate must be positive, received \(learningRate)") }
        guard output.hasSuffix(".h5") else { throw ValidationError("--output must end in .h5 (a Keras weights file), received \(output)") }
    }

    func run() throws {
        installInterruptHandler()
        let options = CourseBasePretraining.Options(
            count: count, size: size, epochs: epochs, batchSize: batchSize,
            learningRate: learningRate, seed: seed)
        let start = Date()
        do {
            var bar = BuildProgress(label: "Rendering \(count) images of \(PretrainingSet.classNames.count) classes at \(size)×\(size)")
            let set = try PretrainingSet.render(
                count: count, size: size, seed: seed,
                progress: { bar.update(done: $0, total: $1) },
                shouldStop: { sessionInterrupt.isSet })
            let rendered = Date()
            print("Pretraining the course base for \(epochs) epochs (rendering took \(seconds(since: start)) s)")
            let result = try CourseBasePretraining.train(on: set, options: options)
            let directory = (output as NSString).deletingLastPathComponent
            if !directory.isEmpty { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
            // Written beside the target and renamed, so an interrupted write never leaves a broken file.
            let partial = output + ".partial-\(getpid())"
            try? FileManager.default.removeItem(atPath: partial)
            try result.base.saveKerasWeights(to: partial)
            if FileManager.default.fileExists(atPath: output) { try FileManager.default.removeItem(atPath: output) }
            try FileManager.default.moveItem(atPath: partial, toPath: output)
            let accuracy = result.history.history["val_accuracy"]?.last.map { String(format: "%.3f", $0) } ?? "?"
            print(
                "Wrote \(output): \(result.base.parameterCount) parameters; held-out accuracy \(accuracy); "
                    + "training \(seconds(since: rendered)) s, \(seconds(since: start)) s in all.")
        } catch let error as NeuralNetError {
            if case .interrupted = error {
                print("\nInterrupted: \(error.description.components(separatedBy: ";").first ?? "stopped"). Nothing was written to \(output).")
                throw ExitCode(130)
            }
            throw ValidationError(error.description)
        }
    }

    private func seconds(since date: Date) -> String { String(format: "%.0f", Date().timeIntervalSince(date)) }
}
