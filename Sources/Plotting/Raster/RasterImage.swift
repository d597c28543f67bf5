/// A figure drawn into pixels: `width` × `height` RGBA bytes, row-major from the top-left,
/// ready for libpng's simplified API (`PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA`).
///
///     let picture = try Figure().rasterize()    // 640×480
///     picture.rgba.count == 640 * 480 * 4
public struct RasterImage: Equatable, Sendable {
    /// Pixels per row.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Red, green, blue, alpha for each pixel.
    public internal(set) var rgba: [UInt8]

    /// An opaque image filled with `color`.
    public init(width: Int, height: Int, color: PlotColor = .white) {
        self.width = max(0, width)
        self.height = max(0, height)
        let (r, g, b, a) = color.bytes
        var bytes = [UInt8](repeating: 0, count: self.width * self.height * 4)
        for i in stride(from: 0, to: bytes.count, by: 4) {
            bytes[i] = r
            bytes[i + 1] = g
            bytes[i + 2] = b
            bytes[i + 3] = a
        }
        rgba = bytes
    }

    /// An image of decoded bytes (a PNG read back), or nil unless there are `width × height × 4`.
    public init?(width: Int, height: Int, rgba: [UInt8]) {
        guard width >= 0, height >= 0, rgba.count == width * height * 4 else { return nil }
        self.width = width
        self.height = height
        self.rgba = rgba
    }

    /// The pixel at (`x`, `y`) as (r, g, b, a); (0, 0, 0, 0) outside the image.
    public func pixel(x: Int, y: Int) -> (UInt8, UInt8, UInt8, UInt8) {
        guard x >= 0, y >= 0, x < width, y < height else { return (0, 0, 0, 0) }
        let i = (y * width + x) * 4
        return (rgba[i], rgba[i + 1], rgba[i + 2], rgba[i + 3])
    }

    /// Mixes `color` into one pixel with weight `coverage` × the colour's alpha.
    mutating func blend(x: Int, y: Int, color: PlotColor, coverage: Double) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let weight = max(0, min(1, coverage * color.alpha))
        guard weight > 0 else { return }
        blend(at: (y &* width &+ x) &* 4, red: color.red * 255, green: color.green * 255, blue: color.blue * 255, weight: weight)
    }

    /// Mixes components given in 0...255 into the pixel starting at byte `index`.
    @inline(__always)
    mutating func blend(at index: Int, red: Double, green: Double, blue: Double, weight: Double) {
        rgba.withUnsafeMutableBufferPointer { bytes in
            let keep = 1 - weight
            bytes[index] = UInt8(Double(bytes[index]) * keep + red * weight + 0.5)
            bytes[index &+ 1] = UInt8(Double(bytes[index &+ 1]) * keep + green * weight + 0.5)
            bytes[index &+ 2] = UInt8(Double(bytes[index &+ 2]) * keep + blue * weight + 0.5)
            bytes[index &+ 3] = max(bytes[index &+ 3], UInt8(weight * 255 + 0.5))
        }
    }

    /// Paints the pixels with x in `x0..<x1` and y in `y0..<y1`.
    mutating func fill(x0: Int, y0: Int, x1: Int, y1: Int, color: PlotColor) {
        for y in clampedRange(y0, y1, limit: height) {
            for x in clampedRange(x0, x1, limit: width) {
                blend(x: x, y: y, color: color, coverage: 1)
            }
        }
    }

    /// Paints `mask` in `color`, each pixel weighted by its coverage.
    mutating func composite(_ mask: CoverageMask, color: PlotColor) {
        for row in 0..<mask.height {
            for column in 0..<mask.width {
                let coverage = mask.values[row * mask.width + column]
                if coverage > 0 {
                    blend(x: mask.left + column, y: mask.top + row, color: color, coverage: Double(coverage))
                }
            }
        }
    }
}

/// Per-pixel coverage (0…1) of shapes inside a clip rectangle, for anti-aliased strokes and markers.
/// Overlapping shapes take the maximum, so joints of a polyline are not drawn twice as dark.
struct CoverageMask {
    let left: Int
    let top: Int
    let width: Int
    let height: Int
    private(set) var values: [Float]

    init(left: Int, top: Int, width: Int, height: Int) {
        self.left = left
        self.top = top
        self.width = max(0, width)
        self.height = max(0, height)
        values = Array(repeating: 0, count: self.width * self.height)
    }

    /// Covers pixels whose centres `coverage(cx, cy)` rates above zero within the box around a shape.
    private mutating func cover(
        minX: Double, minY: Double, maxX: Double, maxY: Double, _ coverage: (Double, Double) -> Double
    ) {
        guard minX.isFinite, minY.isFinite, maxX.isFinite, maxY.isFinite else { return }
        // Clamp in floating point first: a huge line width must not overflow the Int conversion.
        func clamp(_ value: Double, _ low: Int, _ high: Int) -> Int { Int(max(Double(low), min(Double(high), value))) }
        let x0 = clamp(minX.rounded(.down) - 1, left, left + width - 1)
        let x1 = clamp(maxX.rounded(.up) + 1, left, left + width - 1)
        let y0 = clamp(minY.rounded(.down) - 1, top, top + height - 1)
        let y1 = clamp(maxY.rounded(.up) + 1, top, top + height - 1)
        guard x0 <= x1, y0 <= y1 else { return }
        for y in y0...y1 {
            for x in x0...x1 {
                let amount = Float(max(0, min(1, coverage(Double(x) + 0.5, Double(y) + 0.5))))
                let index = (y - top) * width + (x - left)
                if amount > values[index] { values[index] = amount }
            }
        }
    }

    /// A segment of width `2 * halfWidth` with butt-free rounded ends.
    mutating func segment(from a: (Double, Double), to b: (Double, Double), halfWidth: Double) {
        let reach = halfWidth + 1
        let dx = b.0 - a.0
        let dy = b.1 - a.1
        let lengthSquared = dx * dx + dy * dy
        cover(
            minX: min(a.0, b.0) - reach, minY: min(a.1, b.1) - reach,
            maxX: max(a.0, b.0) + reach, maxY: max(a.1, b.1) + reach
        ) { px, py in
            let t = lengthSquared > 0 ? max(0, min(1, ((px - a.0) * dx + (py - a.1) * dy) / lengthSquared)) : 0
            let ex = px - (a.0 + t * dx)
            let ey = py - (a.1 + t * dy)
            return halfWidth + 0.5 - (ex * ex + ey * ey).squareRoot()
        }
    }

    /// A filled disc.
    mutating func disc(center: (Double, Double), radius: Double) {
        cover(minX: center.0 - radius, minY: center.1 - radius, maxX: center.0 + radius, maxY: center.1 + radius) { px, py in
            let dx = px - center.0
            let dy = py - center.1
            return radius + 0.5 - (dx * dx + dy * dy).squareRoot()
        }
    }

    /// A filled axis-aligned square of half-side `radius`.
    mutating func square(center: (Double, Double), radius: Double) {
        cover(minX: center.0 - radius, minY: center.1 - radius, maxX: center.0 + radius, maxY: center.1 + radius) { px, py in
            min(radius + 0.5 - abs(px - center.0), radius + 0.5 - abs(py - center.1))
        }
    }

    /// A filled polygon (convex or not), anti-aliased by 4×4 supersampling.
    mutating func polygon(_ points: [(Double, Double)]) {
        guard points.count >= 3 else { return }
        let xs = points.map(\.0)
        let ys = points.map(\.1)
        cover(minX: xs.min() ?? 0, minY: ys.min() ?? 0, maxX: xs.max() ?? 0, maxY: ys.max() ?? 0) { px, py in
            var inside = 0
            for sy in 0..<4 {
                for sx in 0..<4 {
                    let x = px - 0.5 + (Double(sx) + 0.5) / 4
                    let y = py - 0.5 + (Double(sy) + 0.5) / 4
                    if Self.contains(points, x, y) { inside += 1 }
                }
            }
            return Double(inside) / 16
        }
    }

    private static func contains(_ points: [(Double, Double)], _ x: Double, _ y: Double) -> Bool {
        var inside = false
        var j = points.count - 1
        for i in points.indices {
            let (xi, yi) = points[i]
            let (xj, yj) = points[j]
            if (yi > y) != (yj > y), x < (xj - xi) * (y - yi) / (yj - yi) + xi { inside.toggle() }
            j = i
        }
        return inside
    }
}

/// `lower..<upper` cut to `0..<limit`; empty (never a trap) when the bounds cross.
func clampedRange(_ lower: Int, _ upper: Int, limit: Int) -> Range<Int> {
    let start = max(0, min(lower, limit))
    return start..<max(start, min(upper, limit))
}
