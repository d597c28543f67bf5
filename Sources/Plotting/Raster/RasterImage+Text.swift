extension RasterImage {
    /// Width in pixels of `text` in the built-in font at `scale` (pixels per font pixel).
    static func textWidth(_ text: String, scale: Double) -> Int {
        text.isEmpty ? 0 : Int((Double(text.count * BitmapFont.advance - 1) * scale).rounded(.up))
    }

    /// Height in pixels of one line of text at `scale`, without descenders.
    static func textHeight(scale: Double) -> Int { Int((Double(BitmapFont.glyphHeight) * scale).rounded()) }

    /// Draws `text` with its top-left corner at (`x`, `y`); `vertical` turns it 90° anticlockwise
    /// (reading bottom to top, as matplotlib draws y labels) with (`x`, `y`) its top-left corner.
    /// Font pixels become `scale`-sized squares; partly covered image pixels are blended (anti-aliasing).
    mutating func drawText(_ text: String, x: Int, y: Int, scale: Double, color: PlotColor, vertical: Bool = false) {
        guard !text.isEmpty, scale > 0 else { return }
        let length = Self.textWidth(text, scale: scale)
        let depth = Int((Double(BitmapFont.glyphHeight + 2) * scale).rounded(.up)) + 1
        var coverage = [Float](repeating: 0, count: length * depth)
        for (index, character) in text.enumerated() {
            for (row, bits) in BitmapFont.rows(for: character).enumerated() {
                for column in 0..<BitmapFont.glyphWidth where bits & (1 << (BitmapFont.glyphWidth - 1 - column)) != 0 {
                    let u0 = Double(index * BitmapFont.advance + column) * scale
                    let v0 = Double(row) * scale
                    Self.accumulate(&coverage, width: length, height: depth, u0: u0, v0: v0, size: scale)
                }
            }
        }
        for v in 0..<depth {
            for u in 0..<length {
                let amount = Double(min(1, coverage[v * length + u]))
                guard amount > 0 else { continue }
                if vertical {
                    blend(x: x + v, y: y + length - 1 - u, color: color, coverage: amount)
                } else {
                    blend(x: x + u, y: y + v, color: color, coverage: amount)
                }
            }
        }
    }

    /// Adds the area of the square [u0, u0+size) × [v0, v0+size) falling in each pixel.
    private static func accumulate(_ buffer: inout [Float], width: Int, height: Int, u0: Double, v0: Double, size: Double) {
        let u1 = u0 + size
        let v1 = v0 + size
        for v in clampedRange(Int(v0), Int(v1.rounded(.up)), limit: height) {
            let overlapV = min(v1, Double(v + 1)) - max(v0, Double(v))
            guard overlapV > 0 else { continue }
            for u in clampedRange(Int(u0), Int(u1.rounded(.up)), limit: width) {
                let overlapU = min(u1, Double(u + 1)) - max(u0, Double(u))
                if overlapU > 0 { buffer[v * width + u] += Float(overlapU * overlapV) }
            }
        }
    }

    /// Draws `text` centred on `centerX` with its top at `y`.
    mutating func drawTextCentered(_ text: String, centerX: Int, y: Int, scale: Double, color: PlotColor) {
        drawText(text, x: centerX - Self.textWidth(text, scale: scale) / 2, y: y, scale: scale, color: color)
    }
}
