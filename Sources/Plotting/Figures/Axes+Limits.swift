/// The data range an axes shows: `left`/`right` along x, `bottom`/`top` along y.
/// Images flip y (`bottom` > `top`), as matplotlib's `imshow` does.
public struct ViewLimits: Equatable, Sendable {
    /// The x value at the left edge.
    public var left: Double
    /// The x value at the right edge.
    public var right: Double
    /// The y value at the bottom edge.
    public var bottom: Double
    /// The y value at the top edge.
    public var top: Double

    /// Where `x` falls across the axes, 0 at the left edge and 1 at the right.
    public func fractionX(_ x: Double) -> Double { (x - left) / (right - left) }

    /// Where `y` falls down the axes, 0 at the top edge and 1 at the bottom.
    public func fractionDown(_ y: Double) -> Double { (top - y) / (top - bottom) }

    /// The finite values of `xs` between the left and right edges.
    func visible(x xs: [Double]) -> [Double] { xs.filter { (0...1).contains(fractionX($0)) } }

    /// The finite values of `ys` between the bottom and top edges.
    func visible(y ys: [Double]) -> [Double] { ys.filter { (0...1).contains(fractionDown($0)) } }
}

extension Axes {
    /// The limits matplotlib's autoscaling would pick: data range plus 5% margins for lines,
    /// the pixel edges (-0.5 … n-0.5) for images, overridden by `set_xlim`/`set_ylim`.
    public var viewLimits: ViewLimits {
        var limits: ViewLimits
        if let image = images.last {
            limits = ViewLimits(
                left: -0.5, right: Double(image.width) - 0.5, bottom: Double(image.height) - 0.5, top: -0.5)
        } else {
            let (x0, x1) = Self.paddedRange(lines.flatMap(\.x))
            let (y0, y1) = Self.paddedRange(lines.flatMap(\.y))
            limits = ViewLimits(left: x0, right: x1, bottom: y0, top: y1)
        }
        if let (left, right) = xLimits, left != right {
            limits.left = left
            limits.right = right
        }
        if let (bottom, top) = yLimits, bottom != top {
            limits.bottom = bottom
            limits.top = top
        }
        return limits
    }

    static func paddedRange(_ values: [Double]) -> (Double, Double) {
        let finite = values.filter(\.isFinite)
        // An empty axes shows 0…1, as matplotlib's does.
        guard var low = finite.min(), var high = finite.max() else { return (0, 1) }
        if high - low <= 1e-12 * max(abs(low), abs(high), 1e-300) {
            if low == 0 && high == 0 {
                low = -0.05
                high = 0.05
            } else {
                low -= 0.05 * abs(low)
                high += 0.05 * abs(high)
            }
        }
        let margin = (high - low) * 0.05
        return (low - margin, high + margin)
    }
}
