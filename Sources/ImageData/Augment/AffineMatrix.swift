/// A 2-D affine map `(x, y) ↦ (a·x + b·y + c, d·x + e·y + f)` on pixel coordinates
/// (x = column, y = row), used as Keras uses it: from output pixel to input pixel.
public struct AffineMatrix: Sendable, Equatable {
    /// Row 1: x-coefficient, y-coefficient, offset of the new x.
    public var a, b, c: Double
    /// Row 2: x-coefficient, y-coefficient, offset of the new y.
    public var d, e, f: Double

    /// The map with the given coefficients.
    public init(a: Double, b: Double, c: Double, d: Double, e: Double, f: Double) {
        self.a = a; self.b = b; self.c = c; self.d = d; self.e = e; self.f = f
    }

    /// The identity map.
    public static let identity = AffineMatrix(a: 1, b: 0, c: 0, d: 0, e: 1, f: 0)

    /// A translation by `(dx, dy)`.
    public static func translation(_ dx: Double, _ dy: Double) -> AffineMatrix {
        AffineMatrix(a: 1, b: 0, c: dx, d: 0, e: 1, f: dy)
    }

    /// True when the map is the identity (so no resampling is needed).
    public var isIdentity: Bool { self == .identity }

    /// Applies the map to a point.
    public func apply(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
        (a * x + b * y + c, d * x + e * y + f)
    }

    /// The composition `lhs ∘ rhs`: first `rhs`, then `lhs` (matrix product `lhs · rhs`).
    public static func * (lhs: AffineMatrix, rhs: AffineMatrix) -> AffineMatrix {
        AffineMatrix(
            a: lhs.a * rhs.a + lhs.b * rhs.d, b: lhs.a * rhs.b + lhs.b * rhs.e,
            c: lhs.a * rhs.c + lhs.b * rhs.f + lhs.c,
            d: lhs.d * rhs.a + lhs.e * rhs.d, e: lhs.d * rhs.b + lhs.e * rhs.e,
            f: lhs.d * rhs.c + lhs.e * rhs.f + lhs.f)
    }
}
