import NeuralNet
import Tensors

/// One training step of the article's transfer model: InceptionV3 (150×150, no top) frozen up
/// to `mixed7`, then Flatten, Dense(1024, relu), Dropout(0.2), Dense(1, sigmoid), at batch 20;
/// and the same head on the course base frozen up to `mixed4` (lesson 7's model).
enum TransferBenchmark {
    /// `transfer_step_seconds` (best wall time of a few steps) and its CPU seconds, then
    /// `transfer_course_base_step_seconds` and its CPU seconds.
    static func step(quick: Bool) throws -> [(String, Double)] {
        let inception = try Applications.inceptionV3(inputShape: [150, 150, 3], includeTop: false)
        let course = try Applications.courseBase(inputShape: [150, 150, 3], includeTop: false)
        return try step(base: inception, cut: "mixed7", prefix: "transfer", quick: quick)
            + step(base: course, cut: Applications.courseBaseCutLayer, prefix: "transfer_course_base", quick: quick)
    }

    /// `PREFIX_step_seconds` and `PREFIX_step_cpu_seconds` for `base` frozen up to `cut` plus the article's head.
    private static func step(base: Model, cut: String, prefix: String, quick: Bool) throws -> [(String, Double)] {
        base.isTrainable = false
        guard let features = try base.layer(named: cut).output else { return [] }
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
        return [("\(prefix)_step_seconds", best), ("\(prefix)_step_cpu_seconds", cpu)]
    }
}
