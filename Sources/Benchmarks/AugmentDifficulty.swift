import Foundation
import ImageData
import NeuralNet

/// Measures how hard a rendered binary data set is with the article's own model (three
/// Conv2D/MaxPooling2D blocks, Dense(512), sigmoid; RMSprop, binary cross-entropy), once without
/// and once with the article's augmentation, printing the last and best epoch's accuracy and
/// validation accuracy of each. The schedule is the article's: for horse-or-human exactly
/// acceptance script 04b (300×300, batch 128 × 8 steps, validation 32 × 8 steps, 15 epochs); for
/// cats_and_dogs_filtered the course notebook's (150×150, batch 20 × 100 steps, validation
/// 20 × 50 steps, 15 epochs). Run with
/// `DEEPLINGS_DIFFICULTY=horse-or-human swift run -c release Benchmarks augment`
/// (optional: `DEEPLINGS_DATASETS=datasets`, `DEEPLINGS_DIFFICULTY_EPOCHS=15`,
/// `DEEPLINGS_DIFFICULTY_MODES=plain,augmented`, `DEEPLINGS_DIFFICULTY_SIZE` for a smaller image).
func runDifficultyIfRequested() throws -> Bool {
    let environment = ProcessInfo.processInfo.environment
    guard let name = environment["DEEPLINGS_DIFFICULTY"] else { return false }
    let root = environment["DEEPLINGS_DATASETS"] ?? "datasets"
    let epochs = Int(environment["DEEPLINGS_DIFFICULTY_EPOCHS"] ?? "") ?? 15
    let modes = (environment["DEEPLINGS_DIFFICULTY_MODES"] ?? "plain,augmented").split(separator: ",").map(String.init)
    let path = try DatasetCatalog.ensureBuilt(name: name, in: root)
    // The article's settings per data set: image size, batch sizes and steps.
    var (size, batch, steps, validationBatch, validationSteps, learningRate) =
        name == "horse-or-human"
        ? (300, 128, 8, 32, 8, 0.001) : (150, 20, 100, 20, 50, 0.001)
    if let override = Int(environment["DEEPLINGS_DIFFICULTY_SIZE"] ?? "") { size = override }
    for mode in modes {
        let training =
            mode == "augmented"
            ? try ImageDataGenerator(
                rescale: 1 / 255, rotationRange: 40, widthShiftRange: .uniform(0.2),
                heightShiftRange: .uniform(0.2), shearRange: 0.2, zoomRange: (0.8, 1.2),
                horizontalFlip: true, fillMode: .nearest)
            : try ImageDataGenerator(rescale: 1 / 255)
        let train = try training.flowFromDirectory(
            path + "/train", targetSize: (size, size), classMode: .binary,
            batchSize: batch, seed: 1)
        let validation = try ImageDataGenerator(rescale: 1 / 255).flowFromDirectory(
            path + "/validation", targetSize: (size, size), classMode: .binary, batchSize: validationBatch, seed: 2)
        let model = try Sequential([
            Conv2D(filters: 16, kernelSize: (3, 3), activation: .relu, inputShape: [size, size, 3]),
            MaxPooling2D(poolSize: (2, 2)),
            Conv2D(filters: 32, kernelSize: (3, 3), activation: .relu),
            MaxPooling2D(poolSize: (2, 2)),
            Conv2D(filters: 64, kernelSize: (3, 3), activation: .relu),
            MaxPooling2D(poolSize: (2, 2)),
            Flatten(),
            Dense(units: 512, activation: .relu),
            Dense(units: 1, activation: .sigmoid),
        ])
        try model.compile(
            optimizer: RMSprop(learningRate: learningRate), loss: Model.loss(named: "binary_crossentropy"),
            metrics: ["acc"])
        let start = Date()
        let history = try model.fit(
            train, epochs: epochs, verbose: 2, validationData: validation,
            stepsPerEpoch: steps, validationSteps: validationSteps)
        let accuracy = history.history["acc"]?.last ?? .nan, validationAccuracy = history.history["val_acc"]?.last ?? .nan
        let best = history.history["val_acc"]?.max() ?? .nan, bestAccuracy = history.history["acc"]?.max() ?? .nan
        print("difficulty_\(name)_\(mode)_acc: \(String(format: "%.3f", accuracy))")
        print("difficulty_\(name)_\(mode)_val_acc: \(String(format: "%.3f", validationAccuracy))")
        print("difficulty_\(name)_\(mode)_best_acc: \(String(format: "%.3f", bestAccuracy))")
        print("difficulty_\(name)_\(mode)_best_val_acc: \(String(format: "%.3f", best))")
        print("difficulty_\(name)_\(mode)_seconds: \(String(format: "%.0f", Date().timeIntervalSince(start)))")
    }
    return true
}
