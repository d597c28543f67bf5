import Foundation
import Tensors

/// Per-op overhead on small tensors and one seed-DNN training step through the tape (batch 32,
/// 784→128 relu→10, softmax cross-entropy), the shapes where fixed costs dominate.
func measureTensorStepOverheads(repeats: Int) throws {
    var rng = RandomGenerator(seed: 9)
    let activations = Tensor.uniform([32, 128], using: &rng)
    let bias = Tensor.uniform([128], using: &rng)
    let iterations = 2000
    var best = Double.infinity
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { _ = try activations + bias }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e3 / Double(iterations))
    }
    print("small_broadcast_add_microseconds: \(String(format: "%.2f", best))")

    let x = Tensor.uniform([32, 784], using: &rng)
    let labels = try Tensor.oneHot(Tensor((0..<32).map { Int64($0 % 10) }), depth: 10)
    let w1 = try Initializer.glorotUniform.make([784, 128], using: &rng), b1 = Tensor.zeros([128])
    let w2 = try Initializer.glorotUniform.make([128, 10], using: &rng), b2 = Tensor.zeros([10])
    let parameters = [w1, b1, w2, b2]
    for p in parameters { p.requiresGradient = true }
    let steps = 200
    best = Double.infinity
    for _ in 0..<repeats {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<steps {
            let hidden = try (x.matmul(w1) + b1).relu()
            let logProbabilities = try (hidden.matmul(w2) + b2).logSoftmax(axis: -1)
            let loss = try (logProbabilities * labels).sum(axis: -1).mean().negated()
            try loss.backward()
            try Tensor.withoutGradients {
                for p in parameters {
                    try p.assign(p - p.grad! * 0.01)
                    p.grad = nil
                }
            }
        }
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6 / Double(steps))
    }
    print("dnn_step_through_tape_ms: \(String(format: "%.3f", best))")
}
