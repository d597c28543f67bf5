import Tensors
import Foundation

/// Keras' Adam: `m += (g − m)(1−β₁); v += (g² − v)(1−β₂); p −= α·m / (√v + ε)` with
/// `α = lr·√(1−β₂ᵗ)/(1−β₁ᵗ)`.
///
///     let adam = Adam()   // lr 0.001, β₁ 0.9, β₂ 0.999, ε 1e-7, as 'adam'
public final class Adam: Optimizer {
    /// The decay of the first moment.
    public let beta1: Double
    /// The decay of the second moment.
    public let beta2: Double
    /// The constant added to the denominator.
    public let epsilon: Double

    /// Keras' defaults: learning rate 0.001, beta1 0.9, beta2 0.999, epsilon 1e-7.
    public init(learningRate: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-7) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        super.init(learningRate: learningRate)
    }

    override public var kerasName: String { "adam" }
    override public var slotsPerParameter: Int { 2 }

    override public func update(
        parameter p: UnsafeMutablePointer<Float>, gradient g: UnsafePointer<Float>, count: Int,
        slots: [UnsafeMutablePointer<Float>], step: Int
    ) {
        // Keras computes the bias correction in the variable's dtype (float32).
        let t = Float(step)
        let b1 = Float(beta1), b2 = Float(beta2)
        let alpha = Float(learningRate) * (1 - Foundation.pow(b2, t)).squareRoot() / (1 - Foundation.pow(b1, t))
        let oneMinusB1 = 1 - b1, oneMinusB2 = 1 - b2, eps = Float(epsilon)
        let m = slots[0], v = slots[1]
        // Eight lanes at a time: the pointers may alias as far as the compiler knows, so it would not vectorize.
        let lanes = count & ~7
        let alpha8 = SIMD8<Float>(repeating: alpha), eps8 = SIMD8<Float>(repeating: eps)
        let decay1 = SIMD8<Float>(repeating: oneMinusB1), decay2 = SIMD8<Float>(repeating: oneMinusB2)
        var i = 0
        while i < lanes {
            let gi = SIMD8<Float>.load(g + i)
            let mi = SIMD8<Float>.load(m + i) + (gi - SIMD8<Float>.load(m + i)) * decay1
            let vi = SIMD8<Float>.load(v + i) + (gi * gi - SIMD8<Float>.load(v + i)) * decay2
            mi.store(to: m + i)
            vi.store(to: v + i)
            (SIMD8<Float>.load(p + i) - mi * alpha8 / (vi.nonNegativeSquareRoot() + eps8)).store(to: p + i)
            i &+= 8
        }
        while i < count {
            let gi = g[i]
            let mi = m[i] + (gi - m[i]) * oneMinusB1
            let vi = v[i] + (gi * gi - v[i]) * oneMinusB2
            m[i] = mi
            v[i] = vi
            p[i] -= mi * alpha / (vi.squareRoot() + eps)
            i &+= 1
        }
    }
}
