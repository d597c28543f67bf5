/// Keras' `height_shift_range`: a vertical shift (fraction of the height, or pixels).
///
///     let shift = HeightShift(.uniform(0.2))   // up to ±20% of the height
public struct HeightShift: ImageTransform {
    /// The range the shift is drawn from.
    public let range: ShiftRange

    /// A vertical shift drawn from `range`.
    public init(_ range: ShiftRange) { self.range = range }

    /// Draws a shift and composes its translation.
    public func draw(into plan: inout WarpPlan, using generator: inout SeededGenerator) {
        guard !range.isZero else { return }
        plan.compose(.translation(0, range.draw(size: plan.height, using: &generator)))
    }
}
