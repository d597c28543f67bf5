/// Keras' `horizontal_flip`: mirrors left↔right with probability ½, after the warp.
///
///     let flip = HorizontalFlip()
public struct HorizontalFlip: ImageTransform {
    /// A random horizontal mirror.
    public init() {}

    /// Tosses the coin and records the flip.
    public func draw(into plan: inout WarpPlan, using generator: inout SeededGenerator) {
        if generator.chance(0.5) { plan.flipHorizontal.toggle() }
    }
}

/// Keras' `vertical_flip`: mirrors top↔bottom with probability ½, after the warp.
///
///     let flip = VerticalFlip()
public struct VerticalFlip: ImageTransform {
    /// A random vertical mirror.
    public init() {}

    /// Tosses the coin and records the flip.
    public func draw(into plan: inout WarpPlan, using generator: inout SeededGenerator) {
        if generator.chance(0.5) { plan.flipVertical.toggle() }
    }
}
