extension RasterImage {
    /// Width in pixels of `text` in the built-in font at `scale` (pixels per font pixel).
    static func textWidth(_ text: String, scale: Int) -> Int {
        text.isEmpty ? 0 : (text.count * BitmapFont.advance - 1) * scale
    }

    /// Height in pixels of one line of text at `scale`.
    static func textHeight(scale: Int) -> Int { BitmapFont.glyphHeight * scale }

    /// Draws `text` with its top-left corner at (`x`, `y`); `vertical` turns it 90° anticlockwise
    /// (reading bottom to top, as matplotlib draws y labels) with (`x`, `y`) its top-left corner.
    mutating func drawText(_ text: String, x: Int, y: Int, scale: Int, color: PlotColor, vertical: Bool = false) {
        let length = Self.textWidth(text, scale: scale)
        for (index, character) in text.enumerated() {
            for (row, bits) in BitmapFont.rows(for: character).enumerated() {
                for column in 0..<BitmapFont.glyphWidth where bits & (1 << (BitmapFont.glyphWidth - 1 - column)) != 0 {
                    let along = (index * BitmapFont.advance + column) * scale
                    let across = row * scale
                    let (px, py) = vertical ? (x + across, y + length - 1 - along - (scale - 1)) : (x + along, y + across)
                    fill(x0: px, y0: py, x1: px + scale, y1: py + scale, color: color)
                }
            }
        }
    }

    /// Draws `text` centred on `centerX` with its top at `y`.
    mutating func drawTextCentered(_ text: String, centerX: Int, y: Int, scale: Int, color: PlotColor) {
        drawText(text, x: centerX - Self.textWidth(text, scale: scale) / 2, y: y, scale: scale, color: color)
    }
}
