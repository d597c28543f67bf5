/// An 8-bit RGB colour for terminal cells.
struct CellColor: Equatable {
    var red: UInt8
    var green: UInt8
    var blue: UInt8

    init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    init(_ color: PlotColor) {
        let (r, g, b, _) = color.bytes
        self.init(red: r, green: g, blue: b)
    }

    /// The nearest xterm-256 palette entry: the 6×6×6 cube or the 24-step grey ramp.
    var paletteIndex: Int {
        let levels = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ value: UInt8) -> Int {
            levels.indices.min { abs(levels[$0] - Int(value)) < abs(levels[$1] - Int(value)) } ?? 0
        }
        let (r, g, b) = (nearestLevel(red), nearestLevel(green), nearestLevel(blue))
        let cubeDistance = distance(to: (levels[r], levels[g], levels[b]))
        let average = (Int(red) + Int(green) + Int(blue)) / 3
        let greyStep = max(0, min(23, (average - 8 + 5) / 10))
        let grey = 8 + greyStep * 10
        if distance(to: (grey, grey, grey)) < cubeDistance { return 232 + greyStep }
        return 16 + 36 * r + 6 * g + b
    }

    private func distance(to other: (Int, Int, Int)) -> Int {
        let dr = Int(red) - other.0
        let dg = Int(green) - other.1
        let db = Int(blue) - other.2
        return dr * dr + dg * dg + db * db
    }
}

/// A grid of character cells with optional foreground and background colours, serialised to a
/// String with as few escape codes as possible (none in `.plainASCII` mode).
struct TerminalCanvas {
    struct Cell: Equatable {
        var character: Character = " "
        var foreground: CellColor?
        var background: CellColor?
    }

    let width: Int
    let height: Int
    private(set) var cells: [Cell]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    subscript(column: Int, row: Int) -> Cell {
        get { cells[row * width + column] }
        set {
            guard column >= 0, column < width, row >= 0, row < height else { return }
            cells[row * width + column] = newValue
        }
    }

    /// Writes `text` from `column` on `row`, clipped to `limit` columns (and the canvas).
    mutating func write(_ text: String, column: Int, row: Int, color: CellColor? = nil, limit: Int = .max) {
        guard row >= 0, row < height else { return }
        for (offset, character) in text.prefix(max(0, limit)).enumerated() {
            let x = column + offset
            guard x >= 0, x < width else { continue }
            self[x, row] = Cell(character: character, foreground: color, background: nil)
        }
    }

    /// Writes `text` centred within `column..<column+span`, truncated with `…` (or `~` in ASCII).
    mutating func writeCentered(_ text: String, column: Int, span: Int, row: Int, color: CellColor? = nil, ascii: Bool) {
        guard span > 0 else { return }
        var shown = text
        if shown.count > span {
            shown = String(shown.prefix(max(0, span - 1))) + (ascii ? "~" : "…")
        }
        write(shown, column: column + (span - shown.count) / 2, row: row, color: color)
    }

    /// Copies `other` with its top-left corner at (`column`, `row`).
    mutating func paste(_ other: TerminalCanvas, column: Int, row: Int) {
        for y in 0..<other.height {
            for x in 0..<other.width { self[column + x, row + y] = other[x, y] }
        }
    }

    /// The rows joined by newlines; trailing blank cells are trimmed, colours reset at each row end.
    func rendered(mode: TerminalOptions.ColorMode) -> String {
        var lines: [String] = []
        for row in 0..<height {
            let rowCells = cells[(row * width)..<((row + 1) * width)]
            let lastUsed = rowCells.lastIndex { $0.character != " " || $0.background != nil }
            guard let lastUsed else {
                lines.append("")
                continue
            }
            var line = ""
            var foreground: CellColor?
            var background: CellColor?
            for cell in rowCells[(row * width)...lastUsed] {
                if mode != .plainASCII, cell.foreground != foreground || cell.background != background {
                    line += escape(foreground: cell.foreground, background: cell.background, mode: mode)
                    foreground = cell.foreground
                    background = cell.background
                }
                line.append(cell.character)
            }
            if foreground != nil || background != nil { line += "\u{1B}[0m" }
            lines.append(line)
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private func escape(foreground: CellColor?, background: CellColor?, mode: TerminalOptions.ColorMode) -> String {
        var codes = ["0"]
        if let foreground { codes.append(code(foreground, layer: 38, mode: mode)) }
        if let background { codes.append(code(background, layer: 48, mode: mode)) }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private func code(_ color: CellColor, layer: Int, mode: TerminalOptions.ColorMode) -> String {
        mode == .trueColor
            ? "\(layer);2;\(color.red);\(color.green);\(color.blue)"
            : "\(layer);5;\(color.paletteIndex)"
    }
}
