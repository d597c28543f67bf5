/// Keras' RMSprop step (without momentum) on a dense matrix whose gradient is the outer-product
/// sum `xᵀ · gz`, each block of the gradient applied as ``ShortDepthProduct`` finishes it in
/// registers: `v = ρ·v + (1−ρ)·g²; p −= lr·g / √(v + ε)`, the root's reciprocal by
/// ``SIMD8/reciprocalSquareRoot()`` (divisions, not memory, bound the step otherwise: 35 → 23 ms
/// a step for the transfer head). The gradient is never stored, so the step reads and writes the parameter and its velocity once, where the unfused step also wrote
/// the gradient and read it back (for the transfer model's 38.5M-weight head, 308 MB a step).
package enum FusedRMSpropStep {
    /// Updates `parameter` and `velocity` (both dense, of the gradient's shape) with `gradient`.
    package static func apply(
        _ gradient: OuterProductGradient, parameter: UnsafeMutablePointer<Float>, velocity: UnsafeMutablePointer<Float>,
        learningRate: Float, rho: Float, epsilon: Float
    ) {
        let (rows, columns, depth) = gradient.shape
        withExtendedLifetime(gradient) {
            apply(
                rows: rows, columns: columns, depth: depth, left: gradient.left.pointer(Float.self), right: gradient.right.pointer(Float.self),
                parameter: parameter, velocity: velocity, learningRate: learningRate, rho: rho, epsilon: epsilon)
        }
    }

    /// Updates `parameter` and `velocity` (both `rows × columns`, dense) with the gradient
    /// `leftᵀ · right`, `left` being `depth × rows` and `right` `depth × columns`, both dense.
    static func apply(
        rows: Int, columns: Int, depth: Int, left: UnsafePointer<Float>, right: UnsafePointer<Float>,
        parameter: UnsafeMutablePointer<Float>, velocity: UnsafeMutablePointer<Float>,
        learningRate: Float, rho: Float, epsilon: Float
    ) {
        let step = Step(
            parameter: SharedPointer(parameter), velocity: SharedPointer(velocity), columns: columns,
            learningRate: SIMD8(repeating: learningRate), rho: SIMD8(repeating: rho), keep: SIMD8(repeating: 1 - rho),
            epsilon: SIMD8(repeating: epsilon))
        ShortDepthProduct.run(rows: rows, columns: columns, depth: depth, a: left, lda: rows, b: right, ldb: columns, epilogue: step)
    }

    /// The update of eight weights from their gradient, as `RMSprop.update` does it lane-wise.
    private struct Step: ShortDepthEpilogue {
        let parameter: SharedPointer<Float>, velocity: SharedPointer<Float>
        let columns: Int
        let learningRate: SIMD8<Float>, rho: SIMD8<Float>, keep: SIMD8<Float>, epsilon: SIMD8<Float>

        @inline(__always)
        func finish(_ g: SIMD8<Float>, row: Int, column: Int) {
            let offset = row &* columns &+ column
            let v = rho * load8(velocity.base + offset) + keep * g * g
            store8(v, velocity.base + offset)
            store8(load8(parameter.base + offset) - learningRate * g * (v + epsilon).reciprocalSquareRoot(), parameter.base + offset)
        }
    }
}
