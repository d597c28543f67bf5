/// A plot area of character cells addressed by dots: Unicode braille gives each cell 2×4 dots;
/// the ASCII fallback gives each cell one dot drawn with the series' glyph (`*`, `+`, …).
///
///     var canvas = DotCanvas(columns: 1, rows: 1, braille: true)
///     canvas.set(x: 1, y: 3, color: nil, glyph: "*")
///     canvas.character(column: 0, row: 0)   // "⢀" (U+2880)
struct DotCanvas {
    let columns: Int
    let rows: Int
    let braille: Bool
    private var bits: [UInt8]
    private var colors: [CellColor?]
    private var glyphs: [Character]

    init(columns: Int, rows: Int, braille: Bool) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        self.braille = braille
        let count = self.columns * self.rows
        bits = Array(repeating: 0, count: count)
        colors = Array(repeating: nil, count: count)
        glyphs = Array(repeating: " ", count: count)
    }

    /// Dots across.
    var dotWidth: Int { columns * (braille ? 2 : 1) }
    /// Dots down.
    var dotHeight: Int { rows * (braille ? 4 : 1) }

    /// Bit of the braille pattern for the dot at (`dx`, `dy`) inside a cell (Unicode's dot numbering).
    static func brailleBit(dx: Int, dy: Int) -> UInt8 {
        let left: [UInt8] = [0x01, 0x02, 0x04, 0x40]
        let right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
        return dx == 0 ? left[dy] : right[dy]
    }

    /// Sets the dot at (`x`, `y`) (origin top-left); dots outside are ignored.
    mutating func set(x: Int, y: Int, color: CellColor?, glyph: Character) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let cell = braille ? (y / 4) * columns + x / 2 : y * columns + x
        bits[cell] |= braille ? Self.brailleBit(dx: x % 2, dy: y % 4) : 1
        colors[cell] = color
        glyphs[cell] = glyph
    }

    /// Draws a straight run of dots from one point to another (Bresenham), skipping the "off"
    /// parts of `dashes` (alternating on/off lengths in dots; empty for solid).
    mutating func line(
        from start: (Int, Int), to end: (Int, Int), dashes: [Int], phase: inout Int, color: CellColor?, glyph: Character
    ) {
        var (x, y) = start
        let dx = abs(end.0 - x)
        let dy = -abs(end.1 - y)
        let sx = x < end.0 ? 1 : -1
        let sy = y < end.1 ? 1 : -1
        var error = dx + dy
        let period = dashes.reduce(0, +)
        var steps = 0
        while steps <= 4 * (dotWidth + dotHeight) + 4 {
            if period == 0 || Self.isOn(phase % period, dashes: dashes) {
                set(x: x, y: y, color: color, glyph: glyph)
            }
            phase += 1
            steps += 1
            if x == end.0 && y == end.1 { break }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += sx }
            if doubled <= dx { error += dx; y += sy }
        }
    }

    private static func isOn(_ position: Int, dashes: [Int]) -> Bool {
        var remaining = position
        for (index, length) in dashes.enumerated() {
            if remaining < length { return index % 2 == 0 }
            remaining -= length
        }
        return true
    }

    /// The character for a cell: a braille pattern (blank cells are spaces) or the last glyph drawn.
    func character(column: Int, row: Int) -> Character {
        let cell = row * columns + column
        guard bits[cell] != 0 else { return " " }
        if braille { return Character(Unicode.Scalar(0x2800 + UInt32(bits[cell])) ?? " ") }
        return glyphs[cell]
    }

    /// The colour of the last dot drawn in a cell.
    func color(column: Int, row: Int) -> CellColor? { colors[row * columns + column] }
}
