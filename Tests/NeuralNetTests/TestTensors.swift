import Tensors

/// Small tensor constructors for tests.
enum TestTensors {
    static func floats(_ values: [Float], _ shape: [Int]) throws -> Tensor { try Tensor(values, shape: shape) }

    /// `count` deterministic pseudo-random floats in [0, 1).
    static func noise(_ count: Int, seed: UInt64 = 1) -> [Float] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(state >> 40) / Float(1 << 24)
        }
    }
}
