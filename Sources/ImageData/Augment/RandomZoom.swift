/// Keras' `zoom_range`: independent horizontal and vertical factors drawn from `[lower, upper]`;
/// a single number `z` means `[1 - z, 1 + z]`. As in Keras, a factor above 1 samples a wider
/// area, so the content looks smaller.
///
///     let zoom = try RandomZoom(0.2)          // factors in [0.8, 1.2]
///     let pair = try RandomZoom(lower: 0.5, upper: 1)
public struct RandomZoom: ImageTransform {
    /// Smallest factor.
    public let lower: Double
    /// Largest factor.
    public let upper: Double

    /// Keras' single-number form.
    public init(_ range: Double) throws { try self.init(lower: 1 - range, upper: 1 + range) }

    /// Keras' pair form; throws Keras' message for a malformed range.
    public init(lower: Double, upper: Double) throws {
        guard lower.isFinite, upper.isFinite, lower <= upper else {
            throw ImageDataError.invalidArgument(
                "`zoom_range` should be a float or a tuple or list of two floats. Received: (\(lower), \(upper))")
        }
        self.lower = lower
        self.upper = upper
    }

    /// Draws the two factors and composes the scaling.
    public func draw(into plan: inout WarpPlan, using generator: inout SeededGenerator) {
        guard !(lower == 1 && upper == 1) else { return }
        let zx = generator.uniform(lower, upper), zy = generator.uniform(lower, upper)
        plan.compose(AffineMatrix(a: zx, b: 0, c: 0, d: 0, e: zy, f: 0))
    }
}
