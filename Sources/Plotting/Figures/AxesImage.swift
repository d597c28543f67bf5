/// An image placed on axes by `imshow`, like matplotlib's `AxesImage`.
///
/// Scalar images are coloured at draw time, so `plt.gray()` after `imshow` still recolours them.
///
///     let image = try AxesImage(values: [0, 1, 2, 3], shape: [2, 2], isInteger: false,
///                               colormap: Colormap(named: "gray"))
///     image.rgbaPixels()   // 16 bytes: black, dark grey, light grey, white
public final class AxesImage {
    /// How the image's values are stored.
    public enum Pixels: Equatable, Sendable {
        /// One value per pixel, coloured through `colormap` between `vmin` and `vmax`.
        case scalar([Float])
        /// Three or four channels per pixel in 0...1, already clipped.
        case color([Float], channels: Int)
    }

    /// Pixels per row.
    public let width: Int
    /// Rows.
    public let height: Int
    /// The pixel values.
    public let pixels: Pixels
    /// The colormap of a scalar image (ignored for RGB images).
    public var colormap: Colormap
    /// The value drawn with the colormap's first colour.
    public var vmin: Double
    /// The value drawn with the colormap's last colour.
    public var vmax: Double
    /// `true` for `aspect='auto'` (fill the axes), `false` for square pixels (matplotlib's default).
    public var fillsAxes: Bool
    /// matplotlib's clipping warning for out-of-range RGB data, if it applies.
    public let warning: String?

    /// Checks the shape as `imshow` does and keeps the data: (H, W) scalars, (H, W, 1) squeezed,
    /// (H, W, 3) or (H, W, 4) colour in 0...1 floats or 0...255 integers (`isInteger`).
    public init(
        values: [Float], shape: [Int], isInteger: Bool, colormap: Colormap,
        vmin: Double? = nil, vmax: Double? = nil, fillsAxes: Bool = false
    ) throws {
        let shapeText = "(" + shape.map(String.init).joined(separator: ", ") + (shape.count == 1 ? ",)" : ")")
        let validRank = shape.count == 2 || (shape.count == 3 && [1, 3, 4].contains(shape[2]))
        guard validRank, shape.allSatisfy({ $0 > 0 }) else {
            throw PlotError.type("Invalid shape \(shapeText) for image data")
        }
        guard values.count == shape.reduce(1, *) else {
            throw PlotError.value(
                "image data has \(values.count) values but shape \(shapeText) needs \(shape.reduce(1, *))")
        }
        height = shape[0]
        width = shape[1]
        self.colormap = colormap
        self.fillsAxes = fillsAxes
        let channels = shape.count == 3 ? shape[2] : 1
        if channels == 1 {
            pixels = .scalar(values)
            let finite = values.lazy.filter { $0.isFinite }
            let low = finite.min().map(Double.init) ?? 0
            let high = finite.max().map(Double.init) ?? 1
            self.vmin = vmin ?? low
            self.vmax = vmax ?? high
            warning = nil
            return
        }
        let scale: Float = isInteger ? 1 / 255 : 1
        let finite = values.lazy.filter { $0.isFinite }
        let low = finite.min() ?? 0
        let high = finite.max() ?? 0
        let limit: Float = isInteger ? 255 : 1
        if low < 0 || high > limit {
            let range = isInteger ? "[\(Self.integerText(low))..\(Self.integerText(high))]" : "[\(low)..\(high)]"
            warning =
                "Clipping input data to the valid range for imshow with RGB data "
                + "([0..1] for floats or [0..255] for integers). Got range \(range)."
        } else {
            warning = nil
        }
        pixels = .color(values.map { max(0, min(1, $0 * scale)) }, channels: channels)
        self.vmin = 0
        self.vmax = 1
    }

    /// The image as 8-bit RGBA, row-major from the top row. Scalars are coloured as matplotlib
    /// does: normalised by `vmin`/`vmax`, then one of the colormap's 256 entries; NaN is transparent.
    public func rgbaPixels() -> [UInt8] {
        var out = [UInt8](repeating: 0, count: width * height * 4)
        switch pixels {
        case .scalar(let values):
            let table = colormap.lookupTable()
            let span = vmax - vmin
            let scale = span > 0 && span.isFinite ? 256 / span : 0
            for (i, value) in values.enumerated() where !value.isNaN {
                let position = (Double(value) - vmin) * scale
                let entry = position.isNaN ? 0 : Int(max(0, min(255, position)))
                for c in 0..<4 { out[i &* 4 &+ c] = table[entry &* 4 &+ c] }
            }
        case .color(let values, let channels):
            for i in 0..<(width * height) {
                for c in 0..<3 { out[i &* 4 &+ c] = Self.byte(values[i &* channels &+ c]) }
                out[i &* 4 &+ 3] = channels == 4 ? Self.byte(values[i &* channels &+ 3]) : 255
            }
        }
        return out
    }

    private static func integerText(_ value: Float) -> String {
        abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// A 0...1 channel as a byte; the data were clipped on the way in, NaN becomes 0.
    private static func byte(_ value: Float) -> UInt8 {
        value.isNaN ? 0 : UInt8(max(0, min(255, value * 255 + 0.5)))
    }
}
