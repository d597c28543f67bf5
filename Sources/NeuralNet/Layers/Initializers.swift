import Synchronization
import Tensors

/// The process-wide seeded generator that layers draw their initial weights, dropout masks and
/// shuffles from (a `Tensors.RandomGenerator`), so that runs repeat exactly.
///
///     Initializers.seed(42)                                        // Keras' set_random_seed(42)
///     let kernel = try Initializers.make(.glorotUniform, [784, 128])
public enum Initializers {
    private static let generator = Mutex(RandomGenerator(seed: 0))

    /// Restarts the generator from `seed` (Keras' `keras.utils.set_random_seed`).
    public static func seed(_ seed: UInt64) {
        generator.withLock { $0 = RandomGenerator(seed: seed) }
    }

    /// A new weight of `shape` made by `rule` (Keras' fans for dense and convolution kernels).
    public static func make(_ rule: Initializer, _ shape: [Int]) throws -> Tensor {
        try generator.withLock { try rule.make(shape, using: &$0) }
    }

    /// A mask of `0` (probability `rate`) and `1 / (1 − rate)` values, for `Dropout`.
    static func dropoutMask(shape: [Int], rate: Double) throws -> Tensor {
        let keep = Float(1 - rate), scale = Float(1 / (1 - rate))
        let mask = generator.withLock { Tensor.uniform(shape, using: &$0) }
        try mask.withUnsafeMutableBufferPointer(Float.self) { values in
            for i in values.indices { values[i] = values[i] < keep ? scale : 0 }
        }
        return mask
    }

    /// A permutation of `0..<count` from the shared generator (Fisher–Yates), for shuffling.
    static func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<count)
        guard count > 1 else { return order }
        generator.withLock { rng in
            for i in stride(from: count - 1, to: 0, by: -1) {
                order.swapAt(i, Int(rng.next() % UInt64(i + 1)))
            }
        }
        return order
    }
}
