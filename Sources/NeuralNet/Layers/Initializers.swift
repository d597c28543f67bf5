import Synchronization
import Tensors

/// Keras' weight initializers on a process-wide seeded generator, so that runs repeat exactly.
///
///     Initializers.seed(42)
///     let kernel = try Initializers.glorotUniform([784, 128], fanIn: 784, fanOut: 128)
public enum Initializers {
    private static let state = Mutex<UInt64>(0x9E37_79B9_7F4A_7C15)

    /// Restarts the generator from `seed` (Keras' `keras.utils.set_random_seed`).
    public static func seed(_ seed: UInt64) {
        state.withLock { $0 = seed &+ 0x9E37_79B9_7F4A_7C15 }
    }

    /// `count` uniform floats in [0, 1) from the shared generator (SplitMix64 steps).
    static func uniformFloats(_ count: Int) -> [Float] {
        state.withLock { s in
            [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                var x = s
                for i in 0..<count {
                    x &+= 0x9E37_79B9_7F4A_7C15
                    var z = x
                    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
                    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
                    z ^= z >> 31
                    buffer[i] = Float(z >> 40) * (1.0 / 16_777_216.0)
                }
                s = x
                initialized = count
            }
        }
    }

    /// Glorot (Xavier) uniform: U(−l, l) with `l = √(6 / (fanIn + fanOut))`, Keras' default kernel initializer.
    public static func glorotUniform(_ shape: [Int], fanIn: Int, fanOut: Int) throws -> Tensor {
        let limit = Float((6.0 / Double(fanIn + fanOut)).squareRoot())
        var values = uniformFloats(shape.reduce(1, *))
        for i in values.indices { values[i] = (values[i] * 2 - 1) * limit }
        return try Tensor(values, shape: shape)
    }

    /// A mask of `0` (probability `rate`) and `1 / (1 − rate)` values, for `Dropout`.
    static func dropoutMask(shape: [Int], rate: Double) throws -> Tensor {
        let keep = Float(1 - rate), scale = Float(1 / (1 - rate))
        var values = uniformFloats(shape.reduce(1, *))
        for i in values.indices { values[i] = values[i] < keep ? scale : 0 }
        return try Tensor(values, shape: shape)
    }

    /// A permutation of `0..<count` from the shared generator (Fisher–Yates), for shuffling.
    static func permutation(_ count: Int) -> [Int] {
        var order = Array(0..<count)
        guard count > 1 else { return order }
        let randoms = uniformFloats(count)
        for i in stride(from: count - 1, to: 0, by: -1) {
            let j = min(Int(randoms[i] * Float(i + 1)), i)
            order.swapAt(i, j)
        }
        return order
    }
}
