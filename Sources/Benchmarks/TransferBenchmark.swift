import NeuralNet
import Tensors

/// One training step of the article's transfer model: InceptionV3 (150×150, no top) frozen up
/// to `mixed7`, then Flatten, Dense(1024, relu), Dropout(0.2), Dense(1, sigmoid), at batch 20.
enum TransferBenchmark {
    /// `transfer_step_seconds` (best wall time of a few steps) and its CPU seconds.
    static func step(quick: Bool) throws -> [(String, Double)] {
        let base = try Applications.inceptionV3(inputShape: [150, 150, 3], includeTop: false)
        base.isTrainable = false
        guard let features = try base.layer(named: "mixed7").output else { return [] }
        var x = try Flatten()(features)
        x = try Dense(units: 1024, activation: .relu)(x)
        x = try Dropout(rate: 0.2)(x)
        x = try Dense(units: 1, activation: .sigmoid)(x)
        let model = try Model(inputs: base.inputs, outputs: [x])
        try model.compile(optimizer: RMSprop(learningRate: 1e-4), loss: .binaryCrossentropy, metrics: ["accuracy"])
        var rng = RandomGenerator(seed: 0)
        let images = Tensor.uniform([20, 150, 150, 3], using: &rng)
        let labels = try Tensor((0..<20).map { Float($0 % 2) }, shape: [20])
        try model.fit(images, labels, batchSize: 20, epochs: 1, verbose: 0)
        var best = Double.infinity, cpu = 0.0
        for _ in 0..<(quick ? 2 : 5) {
            let (start, startCPU) = (monotonicSeconds(), processCPUSeconds())
            try model.fit(images, labels, batchSize: 20, epochs: 1, verbose: 0, shuffle: false)
            let elapsed = monotonicSeconds() - start
            if elapsed < best { (best, cpu) = (elapsed, processCPUSeconds() - startCPU) }
        }
        return [("transfer_step_seconds", best), ("transfer_step_cpu_seconds", cpu)]
    }
}
