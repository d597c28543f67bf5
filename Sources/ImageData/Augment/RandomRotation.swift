import Foundation

/// Keras' `rotation_range`: rotates by an angle drawn uniformly from ±`degrees`.
///
///     let rotate = RandomRotation(degrees: 40)
public struct RandomRotation: ImageTransform {
    /// The largest rotation, in degrees, either way.
    public let degrees: Double

    /// A rotation of up to ±`degrees`.
    public init(degrees: Double) { self.degrees = abs(degrees) }

    /// Draws an angle and composes its rotation (Keras' `[[cos, -sin], [sin, cos]]`).
    public func draw(into plan: inout WarpPlan, using generator: inout SeededGenerator) {
        guard degrees != 0 else { return }
        plan.compose(Self.matrix(degrees: generator.uniform(-degrees, degrees)))
    }

    /// The output→input map of a rotation by `degrees`.
    public static func matrix(degrees: Double) -> AffineMatrix {
        let theta = degrees * .pi / 180
        return AffineMatrix(a: cos(theta), b: -sin(theta), c: 0, d: sin(theta), e: cos(theta), f: 0)
    }
}
