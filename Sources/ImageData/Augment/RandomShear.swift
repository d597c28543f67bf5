import Foundation

/// Keras' `shear_range`: a shear whose angle, in degrees, is drawn uniformly from ±`degrees`
/// (Keras' matrix `[[1, -sin s], [0, cos s]]`; note Keras reads the value as degrees, so the
/// article's 0.2 is a gentle shear).
///
///     let shear = RandomShear(degrees: 0.2)
public struct RandomShear: ImageTransform {
    /// The largest shear angle, in degrees, either way.
    public let degrees: Double

    /// A shear of up to ±`degrees`.
    public init(degrees: Double) { self.degrees = abs(degrees) }

    /// Draws an angle and composes its shear.
    public func draw(into plan: inout WarpPlan, using generator: inout SeededGenerator) {
        guard degrees != 0 else { return }
        plan.compose(Self.matrix(degrees: generator.uniform(-degrees, degrees)))
    }

    /// The output→input map of a shear by `degrees`.
    public static func matrix(degrees: Double) -> AffineMatrix {
        let shear = degrees * .pi / 180
        return AffineMatrix(a: 1, b: -sin(shear), c: 0, d: 0, e: cos(shear), f: 0)
    }
}
