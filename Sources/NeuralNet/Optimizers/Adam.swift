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

    override public func update(parameter p: UnsafeMutablePointer<Float>, gradient g: UnsafePointer<Float>, count: Int,
                                slots: [UnsafeMutableBufferPointer<Float>], step: Int) {
        // Keras computes the bias correction in the variable's dtype (float32).
        let t = Float(step)
        let b1 = Float(beta1), b2 = Float(beta2)
        let alpha = Float(learningRate) * (1 - Foundation.pow(b2, t)).squareRoot() / (1 - Foundation.pow(b1, t))
        let oneMinusB1 = 1 - b1, oneMinusB2 = 1 - b2, eps = Float(epsilon)
        let m = slots[0].baseAddress!, v = slots[1].baseAddress!
        for i in 0..<count {
            let gi = g[i]
            let mi = m[i] + (gi - m[i]) * oneMinusB1
            let vi = v[i] + (gi * gi - v[i]) * oneMinusB2
            m[i] = mi
            v[i] = vi
            p[i] -= mi * alpha / (vi.squareRoot() + eps)
        }
    }
}
