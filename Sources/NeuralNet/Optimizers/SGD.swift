/// Keras' stochastic gradient descent: `v = momentum·v − lr·g; p += v` (plain `p −= lr·g` without momentum).
///
///     let sgd = SGD()                                  // lr 0.01, momentum 0, as 'sgd'
///     let nesterov = SGD(learningRate: 0.1, momentum: 0.9, nesterov: true)
public final class SGD: Optimizer {
    /// The momentum factor in [0, 1].
    public let momentum: Double
    /// Whether to apply Nesterov momentum.
    public let nesterov: Bool

    /// Keras' defaults: learning rate 0.01, momentum 0, no Nesterov.
    public init(learningRate: Double = 0.01, momentum: Double = 0, nesterov: Bool = false) {
        self.momentum = momentum
        self.nesterov = nesterov
        super.init(learningRate: learningRate)
    }

    override public var kerasName: String { "sgd" }
    override public var slotsPerParameter: Int { momentum != 0 ? 1 : 0 }

    override public func update(
        parameter p: UnsafeMutablePointer<Float>, gradient g: UnsafePointer<Float>, count: Int,
        slots: [UnsafeMutablePointer<Float>], step: Int
    ) {
        let lr = Float(learningRate)
        guard momentum != 0, let velocity = slots.first else {
            let lanes = count & ~7, lr8 = SIMD8<Float>(repeating: lr)
            var i = 0
            while i < lanes {
                (SIMD8<Float>.load(p + i) - lr8 * SIMD8<Float>.load(g + i)).store(to: p + i)
                i &+= 8
            }
            while i < count { p[i] -= lr * g[i]; i &+= 1 }
            return
        }
        let mu = Float(momentum)
        for i in 0..<count {
            let v = mu * velocity[i] - lr * g[i]
            velocity[i] = v
            p[i] += nesterov ? mu * v - lr * g[i] : v
        }
    }
}
