import Foundation
import ImageData
import NeuralNet
import Tensors

/// The seed models of the article, timed on this machine.
enum TrainingBenchmarks {
    typealias Split = (images: Tensor, labels: Tensor)

    /// Fashion-MNIST scaled to [0, 1] as float32.
    static func fashionMNIST() throws -> (train: Split, test: Split) {
        let (train, test) = try FashionMNIST.load()
        return ((try train.images.cast(to: .float32) / 255.0, train.labels), (try test.images.cast(to: .float32) / 255.0, test.labels))
    }

    /// Hello NN: Dense(1), sgd, mse, 500 epochs on six points.
    static func helloNN(quick: Bool) throws -> [(String, Double)] {
        let model = try Sequential([try Dense(units: 1, inputShape: [1])])
        try model.compile(optimizer: "sgd", loss: "mean_squared_error")
        let xs = try Tensor([-1.0, 0.0, 1.0, 2.0, 3.0, 4.0] as [Float], shape: [6])
        let ys = try Tensor([-3.0, -1.0, 1.0, 3.0, 5.0, 7.0] as [Float], shape: [6])
        let start = now()
        try model.fit(xs, ys, epochs: 500, verbose: 0)
        let seconds = now() - start
        let prediction = try model.predict(try Tensor([10.0] as [Float], shape: [1]), verbose: 0).item(Double.self)
        return [("hello_fit_seconds", seconds), ("hello_predict_10", prediction)]
    }

    /// The article's dense network: Flatten, Dense 128 relu, Dense 10 softmax; adam, 5 epochs.
    static func dnn(_ data: (train: Split, test: Split), quick: Bool) throws -> [(String, Double)] {
        try train(try dnnModel(), name: "dnn", data: data, epochs: quick ? 1 : 5, slice: quick ? 6000 : nil)
    }

    /// The epoch count: `$DEEPLINGS_TRAINING_EPOCHS` when set (to measure on a busy machine), else `default`.
    static func epochs(default value: Int) -> Int {
        ProcessInfo.processInfo.environment["DEEPLINGS_TRAINING_EPOCHS"].flatMap(Int.init) ?? value
    }

    static func dnnModel() throws -> Sequential {
        try Sequential([
            Flatten(inputShape: [28, 28]),
            try Dense(units: 128, activation: .relu),
            try Dense(units: 10, activation: .softmax),
        ])
    }

    /// A seed network on synthetic images (6,400 for the CNN, 60,000 for the DNN): the training
    /// loop alone, one epoch, for profiling.
    static func synthetic(cnn: Bool) throws -> [(String, Double)] {
        let count = cnn ? 6400 : 60000, shape = cnn ? [count, 28, 28, 1] : [count, 28, 28]
        let x = try Tensor(shape: shape, of: Float.self) { buffer in
            for i in buffer.indices { buffer[i] = Float(i % 255) / 255 }
        }
        let y = try Tensor((0..<count).map { Float($0 % 10) }, shape: [count])
        if let threads = ProcessInfo.processInfo.environment["DEEPLINGS_BLAS_THREADS"].flatMap(Int.init) { setBLASThreads(threads) }
        let model = cnn ? try cnnModel() : try dnnModel()
        try model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy", metrics: ["accuracy"])
        let timer = EpochTimer(), steps = StepTimer()
        try model.fit(x, y, epochs: 1, verbose: 0, callbacks: [timer, steps])
        let name = cnn ? "cnn_synthetic" : "dnn_synthetic"
        return [
            ("\(name)_step_ms", 1000 * timer.times[0] / Double(count / 32)),
            ("\(name)_step_cpu_ms", 1000 * timer.cpuTimes[0] / Double(count / 32)),
            ("\(name)_step_median_ms", 1000 * steps.median),
        ]
    }

    /// The article's convolutional network (243,786 parameters); adam, 5 epochs.
    static func cnn(_ data: (train: Split, test: Split), quick: Bool) throws -> [(String, Double)] {
        let images = (try data.train.images.reshaped(to: [-1, 28, 28, 1]), data.train.labels)
        let test = (try data.test.images.reshaped(to: [-1, 28, 28, 1]), data.test.labels)
        return try train(try cnnModel(), name: "cnn", data: (images, test), epochs: quick ? 1 : epochs(default: 5), slice: quick ? 2000 : nil)
    }

    static func cnnModel() throws -> Sequential {
        try Sequential([
            try Conv2D(filters: 64, kernelSize: (3, 3), activation: .relu, inputShape: [28, 28, 1]),
            try MaxPooling2D(poolSize: (2, 2), strides: (2, 2)),
            try Conv2D(filters: 64, kernelSize: (3, 3), activation: .relu),
            try MaxPooling2D(poolSize: (2, 2), strides: (2, 2)),
            Flatten(),
            try Dense(units: 128, activation: .relu),
            try Dense(units: 10, activation: .softmax),
        ])
    }

    static func train(_ model: Model, name: String, data: (train: Split, test: Split), epochs: Int, slice: Int?) throws -> [(String, Double)] {
        try model.compile(optimizer: "adam", loss: "sparse_categorical_crossentropy", metrics: ["accuracy"])
        var (x, y) = data.train
        if let slice {
            x = try x.split(indices: [slice], axis: 0)[0]
            y = try y.split(indices: [slice], axis: 0)[0]
        }
        let timer = EpochTimer()
        try model.fit(x, y, epochs: epochs, verbose: 0, callbacks: [timer])
        let accuracy = try model.evaluate(data.test.images, data.test.labels, verbose: 0).values[1]
        let epochs = Double(max(timer.times.count, 1))
        return [
            ("\(name)_epoch_seconds", timer.times.reduce(0, +) / epochs),
            ("\(name)_epoch_cpu_seconds", timer.cpuTimes.reduce(0, +) / epochs),
            ("\(name)_test_accuracy", accuracy),
        ]
    }

    /// One training step of the horses-or-humans network at 300×300×3, batch 128, RMSprop.
    static func horses300(quick: Bool) throws -> [(String, Double)] {
        let model = try Sequential([
            try Conv2D(filters: 16, kernelSize: (3, 3), activation: .relu, inputShape: [300, 300, 3]),
            try MaxPooling2D(poolSize: (2, 2), strides: (2, 2)),
            try Conv2D(filters: 32, kernelSize: (3, 3), activation: .relu),
            try MaxPooling2D(poolSize: (2, 2), strides: (2, 2)),
            try Conv2D(filters: 64, kernelSize: (3, 3), activation: .relu),
            try MaxPooling2D(poolSize: (2, 2), strides: (2, 2)),
            Flatten(),
            try Dense(units: 512, activation: .relu),
            try Dense(units: 1, activation: .sigmoid),
        ])
        try model.compile(optimizer: RMSprop(learningRate: 0.001), loss: .binaryCrossentropy, metrics: ["acc"])
        let x = try Tensor(shape: [128, 300, 300, 3], of: Float.self) { buffer in
            for i in buffer.indices { buffer[i] = Float((i &* 2_654_435_761) % 1000) / 1000 }
        }
        let y = try Tensor((0..<128).map { Float($0 % 2) }, shape: [128])
        try model.fit(x, y, batchSize: 128, epochs: 1, verbose: 0)
        var best = Double.infinity, bestCPU = Double.infinity
        for _ in 0..<(quick ? 1 : 2) {
            let start = now(), cpuStart = cpuSeconds()
            try model.fit(x, y, batchSize: 128, epochs: 1, verbose: 0)
            best = min(best, now() - start)
            bestCPU = min(bestCPU, cpuSeconds() - cpuStart)
        }
        return [("horses300_step_seconds", best), ("horses300_step_cpu_seconds", bestCPU)]
    }

    /// The process's peak resident set so far, in MB.
    static func peakResidentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func now() -> Double { ProgressBar.monotonicSeconds() }

    /// CPU seconds used by the whole process so far.
    static func cpuSeconds() -> Double { processCPUSeconds() }
}

/// Records each epoch's wall time and the process's CPU time (all threads), which tells how much
/// of the wall time went to waiting for a shared machine.
final class EpochTimer: Callback {
    private(set) var times: [Double] = []
    private(set) var cpuTimes: [Double] = []
    private var start = 0.0, cpuStart = 0.0

    override func onEpochBegin(_ epoch: Int, logs: Logs) throws {
        start = TrainingBenchmarks.now()
        cpuStart = TrainingBenchmarks.cpuSeconds()
    }

    override func onEpochEnd(_ epoch: Int, logs: Logs) throws {
        times.append(TrainingBenchmarks.now() - start)
        cpuTimes.append(TrainingBenchmarks.cpuSeconds() - cpuStart)
    }
}

/// Wall time of each training step (batch, forward, backward, update); the median shrugs off the
/// steps another process interrupted on a shared machine.
final class StepTimer: Callback {
    private var times: [Double] = []
    private var start = 0.0

    override func onTrainBatchBegin(_ batch: Int, logs: Logs) throws { start = TrainingBenchmarks.now() }

    override func onTrainBatchEnd(_ batch: Int, logs: Logs) throws { times.append(TrainingBenchmarks.now() - start) }

    var median: Double { times.isEmpty ? 0 : times.sorted()[times.count / 2] }
}
