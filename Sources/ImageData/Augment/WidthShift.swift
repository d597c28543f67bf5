/// Keras' `width_shift_range`: a horizontal shift (fraction of the width, or pixels).
///
///     let shift = WidthShift(.uniform(0.2))   // up to ±20% of the width
public struct WidthShift: ImageTransform {
    /// The range the shift is drawn from.
    public let range: ShiftRange

    /// A horizontal shift drawn from `range`.
    public init(_ range: ShiftRange) { self.range = range }

    /// Draws a shift and composes its translation.
    public func draw(into plan: inout WarpPlan, using generator: inout SeededGenerator) {
        guard !range.isZero else { return }
        plan.compose(.translation(range.draw(size: plan.width, using: &generator), 0))
    }
}
