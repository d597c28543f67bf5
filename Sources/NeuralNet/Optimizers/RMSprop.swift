import Tensors
import Foundation

/// Keras' RMSprop: `v = ρ·v + (1−ρ)·g²; p −= lr·g / √(v + ε)` (with momentum, `m = μ·m + that; p −= m`).
///
///     let rmsprop = RMSprop(learningRate: 1e-4)   // the notebooks' RMSprop(lr=1e-4)
public final class RMSprop: Optimizer {
    /// The decay of the running mean of squared gradients.
    public let rho: Double
    /// The momentum factor (0: none).
    public let momentum: Double
    /// The constant added inside the square root.
    public let epsilon: Double

    /// Keras' defaults: learning rate 0.001, rho 0.9, momentum 0, epsilon 1e-7.
    public init(learningRate: Double = 0.001, rho: Double = 0.9, momentum: Double = 0, epsilon: Double = 1e-7) {
        self.rho = rho
        self.momentum = momentum
        self.epsilon = epsilon
        super.init(learningRate: learningRate)
    }

    override public var kerasName: String { "rmsprop" }
    override public var slotsPerParameter: Int { momentum > 0 ? 2 : 1 }

    override func applyFused(
        _ gradient: OuterProductGradient, parameter: UnsafeMutablePointer<Float>, slots: [UnsafeMutablePointer<Float>], step: Int
    ) -> Bool {
        guard momentum == 0, let velocity = slots.first else { return false }
        FusedRMSpropStep.apply(
            gradient, parameter: parameter, velocity: velocity, learningRate: Float(learningRate), rho: Float(rho), epsilon: Float(epsilon))
        return true
    }

    override public func update(
        parameter p: UnsafeMutablePointer<Float>, gradient g: UnsafePointer<Float>, count: Int,
        slots: [UnsafeMutablePointer<Float>], step: Int
    ) {
        let lr = Float(learningRate), rho = Float(rho), oneMinusRho = 1 - Float(rho), eps = Float(epsilon)
        let velocity = slots[0]
        if momentum > 0 {
            let moment = slots[1], mu = Float(momentum)
            for i in 0..<count {
                let v = rho * velocity[i] + oneMinusRho * g[i] * g[i]
                velocity[i] = v
                moment[i] = mu * moment[i] + lr * g[i] / v.squareRootPlus(eps)
                p[i] -= moment[i]
            }
        } else {
            let lanes = count & ~7
            let rho8 = SIMD8<Float>(repeating: rho), keep8 = SIMD8<Float>(repeating: oneMinusRho)
            let lr8 = SIMD8<Float>(repeating: lr), eps8 = SIMD8<Float>(repeating: eps)
            var i = 0
            while i < lanes {
                let gi = SIMD8<Float>.load(g + i)
                let v = rho8 * SIMD8<Float>.load(velocity + i) + keep8 * gi * gi
                v.store(to: velocity + i)
                (SIMD8<Float>.load(p + i) - lr8 * gi * (v + eps8).reciprocalSquareRoot()).store(to: p + i)
                i &+= 8
            }
            while i < count {
                let v = rho * velocity[i] + oneMinusRho * g[i] * g[i]
                velocity[i] = v
                p[i] -= lr * g[i] / v.squareRootPlus(eps)
                i &+= 1
            }
        }
    }
}

extension Float {
    /// `√(self + epsilon)`, Keras' RMSprop denominator.
    @inline(__always) func squareRootPlus(_ epsilon: Float) -> Float { (self + epsilon).squareRoot() }
}
