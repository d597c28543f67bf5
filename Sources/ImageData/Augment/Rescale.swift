/// Keras' `rescale`: multiplies every sample by `factor` after the geometric transforms.
///
///     let rescale = Rescale(1.0 / 255)
public struct Rescale: ImageTransform {
    /// The multiplier.
    public let factor: Float

    /// Scales samples by `factor`.
    public init(_ factor: Float) { self.factor = factor }

    /// Records the factor (no randomness).
    public func draw(into plan: inout WarpPlan, using generator: inout SeededGenerator) {
        plan.scale *= factor
    }
}
