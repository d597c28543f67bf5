/// Draws an axes' lines into a panel of terminal cells: y ticks and labels on the left, x ticks
/// and labels below, then the x label and the legend; braille dots in colour, `*`-style in ASCII.
struct TerminalLinePlot {
    let axes: Axes
    let ascii: Bool

    private var glyphs: AxisGlyphs { ascii ? .ascii : .unicode }

    func render(width: Int, height: Int) -> TerminalCanvas {
        var panel = TerminalCanvas(width: width, height: height)
        let limits = axes.viewLimits
        let showAxis = axes.axisVisible
        let legend = legendLines(width: width)
        let bottomRows = (showAxis ? 2 : 0) + (showAxis && !axes.xlabel.isEmpty ? 1 : 0) + legend.count
        let plotRows = max(1, height - bottomRows)
        let yTicks =
            !showAxis
            ? []
            : axes.yTicks.map { limits.visible(y: $0) }
                ?? Ticks.locate(from: limits.bottom, to: limits.top, maxCount: max(1, min(9, plotRows / 3)))
        let yLabels = Ticks.labels(for: yTicks)
        let labelColumn = showAxis && !axes.ylabel.isEmpty ? 2 : 0
        let tickWidth = yLabels.map(\.count).max() ?? 0
        let axisColumn = showAxis ? labelColumn + tickWidth : 0
        let plotLeft = showAxis ? axisColumn + 1 : 0
        let plotColumns = max(1, width - plotLeft - (showAxis ? 2 : 0))

        var dots = DotCanvas(columns: plotColumns, rows: plotRows, braille: !ascii)
        let (dotWidth, dotHeight) = (dots.dotWidth, dots.dotHeight)
        let toDot = { (fx: Double, fy: Double) -> (Int, Int) in
            (Int((fx * Double(dotWidth - 1)).rounded()), Int((fy * Double(dotHeight - 1)).rounded()))
        }
        let xTicks = !showAxis ? [] : axes.xTicks.map { limits.visible(x: $0) } ?? chooseXTicks(limits: limits, columns: plotColumns)
        if axes.gridVisible && !ascii {
            drawGrid(on: &dots, xTicks: xTicks, yTicks: yTicks, limits: limits, toDot: toDot)
        }
        for (index, series) in axes.lines.enumerated() {
            drawSeries(series, index: index, on: &dots, limits: limits, toDot: toDot)
        }
        for row in 0..<plotRows {
            for column in 0..<plotColumns {
                let character = dots.character(column: column, row: row)
                guard character != " " else { continue }
                panel[plotLeft + column, row] = .init(
                    character: character, foreground: ascii ? nil : dots.color(column: column, row: row))
            }
        }
        var row = plotRows
        if showAxis {
            drawYAxis(
                on: &panel, ticks: yTicks, labels: yLabels, limits: limits, column: axisColumn, rows: plotRows,
                toDot: toDot)
            drawXAxis(
                on: &panel, ticks: xTicks, limits: limits, left: plotLeft, columns: plotColumns, row: row,
                axisColumn: axisColumn, toDot: toDot)
            row += 2
            if !axes.ylabel.isEmpty { drawVerticalLabel(on: &panel, rows: plotRows) }
            if !axes.xlabel.isEmpty {
                panel.writeCentered(axes.xlabel, column: plotLeft, span: plotColumns, row: row, ascii: ascii)
                row += 1
            }
        }
        for line in legend {
            var column = max(0, plotLeft)
            for (text, color) in line {
                panel.write(text, column: column, row: row, color: color)
                column += text.count
            }
            row += 1
        }
        return panel
    }

    private func chooseXTicks(limits: ViewLimits, columns: Int) -> [Double] {
        var count = max(1, min(9, columns / 6))
        while true {
            let ticks = Ticks.locate(from: limits.left, to: limits.right, maxCount: count)
            let widest = Ticks.labels(for: ticks).map(\.count).max() ?? 0
            if count == 1 || ticks.count * (widest + 1) <= columns { return ticks }
            count -= 1
        }
    }

    private func drawGrid(
        on dots: inout DotCanvas, xTicks: [Double], yTicks: [Double], limits: ViewLimits,
        toDot: (Double, Double) -> (Int, Int)
    ) {
        let grey = CellColor(red: 96, green: 96, blue: 96)
        for tick in xTicks {
            let (x, _) = toDot(limits.fractionX(tick), 0)
            for y in stride(from: 0, to: dots.dotHeight, by: 4) { dots.set(x: x, y: y, color: grey, glyph: ".") }
        }
        for tick in yTicks {
            let (_, y) = toDot(0, limits.fractionDown(tick))
            for x in stride(from: 0, to: dots.dotWidth, by: 4) { dots.set(x: x, y: y, color: grey, glyph: ".") }
        }
    }

    private func drawSeries(
        _ series: LineSeries, index: Int, on dots: inout DotCanvas, limits: ViewLimits,
        toDot: (Double, Double) -> (Int, Int)
    ) {
        let color = CellColor(series.color)
        let glyph = asciiGlyph(for: series, index: index)
        let dashes = series.lineStyle.dashPattern.map { max(1, Int(($0 * (ascii ? 0.6 : 1.2)).rounded())) }
        var phase = 0
        let points = zip(series.x, series.y).map { (limits.fractionX($0.0), limits.fractionDown($0.1)) }
        if series.lineStyle != .none {
            for (a, b) in zip(points, points.dropFirst()) {
                guard let (p, q) = clipToUnitSquare(a, b) else { continue }
                dots.line(from: toDot(p.0, p.1), to: toDot(q.0, q.1), dashes: dashes, phase: &phase, color: color, glyph: glyph)
            }
        }
        guard let marker = series.marker else { return }
        let markGlyph = ascii ? Self.asciiMarker(marker) : glyph
        for point in points where point.0.isFinite && point.1.isFinite && (0...1).contains(point.0) && (0...1).contains(point.1) {
            let (x, y) = toDot(point.0, point.1)
            for (dx, dy) in ascii ? [(0, 0)] : Self.markerDots(marker) {
                dots.set(x: x + dx, y: y + dy, color: color, glyph: markGlyph)
            }
        }
    }

    static func markerDots(_ marker: MarkerStyle) -> [(Int, Int)] {
        switch marker {
        case .point, .pixel: return [(0, 0)]
        case .plus, .plusFilled: return [(0, 0), (-1, 0), (1, 0), (0, -1), (0, 1)]
        case .x, .xFilled: return [(0, 0), (-1, -1), (1, 1), (-1, 1), (1, -1)]
        case .square: return (-1...1).flatMap { dx in (-1...1).map { (dx, $0) } }
        case .triangleUp: return [(0, -1), (-1, 0), (0, 0), (1, 0), (-1, 1), (0, 1), (1, 1)]
        case .triangleDown: return [(0, 1), (-1, 0), (0, 0), (1, 0), (-1, -1), (0, -1), (1, -1)]
        default: return [(-1, -1), (0, -1), (1, -1), (-1, 0), (1, 0), (-1, 1), (0, 1), (1, 1)]
        }
    }

    static func asciiMarker(_ marker: MarkerStyle) -> Character {
        switch marker {
        case .point, .pixel: return "."
        case .plus, .plusFilled: return "+"
        case .x, .xFilled: return "x"
        case .square: return "#"
        case .triangleUp: return "^"
        case .triangleDown: return "v"
        case .star: return "*"
        case .diamond, .thinDiamond: return "D"
        default: return "o"
        }
    }

    private func asciiGlyph(for series: LineSeries, index: Int) -> Character {
        if series.lineStyle == .none, let marker = series.marker { return Self.asciiMarker(marker) }
        let cycle: [Character] = ["*", "+", "o", "x", "#", "@", "%", "&"]
        return cycle[index % cycle.count]
    }

    private func drawYAxis(
        on panel: inout TerminalCanvas, ticks: [Double], labels: [String], limits: ViewLimits, column: Int,
        rows: Int, toDot: (Double, Double) -> (Int, Int)
    ) {
        for row in 0..<rows { panel[column, row] = .init(character: glyphs.vertical) }
        for (tick, label) in zip(ticks, labels) {
            let (_, dotY) = toDot(0, limits.fractionDown(tick))
            let row = ascii ? dotY : dotY / 4
            panel[column, row] = .init(character: glyphs.leftTick)
            panel.write(label, column: column - label.count, row: row)
        }
    }

    private func drawXAxis(
        on panel: inout TerminalCanvas, ticks: [Double], limits: ViewLimits, left: Int, columns: Int, row: Int,
        axisColumn: Int, toDot: (Double, Double) -> (Int, Int)
    ) {
        panel[axisColumn, row] = .init(character: glyphs.corner)
        for column in 0..<columns { panel[left + column, row] = .init(character: glyphs.horizontal) }
        var nextFree = 0
        for (tick, label) in zip(ticks, Ticks.labels(for: ticks)) {
            let (dotX, _) = toDot(limits.fractionX(tick), 0)
            let column = left + (ascii ? dotX : dotX / 2)
            panel[column, row] = .init(character: glyphs.bottomTick)
            let start = max(0, column - label.count / 2)
            guard start >= nextFree, start + label.count <= panel.width else { continue }
            panel.write(label, column: start, row: row + 1)
            nextFree = start + label.count + 1
        }
    }

    private func drawVerticalLabel(on panel: inout TerminalCanvas, rows: Int) {
        let text = Array(axes.ylabel.prefix(rows))
        let top = (rows - text.count) / 2
        for (offset, character) in text.enumerated() { panel[0, top + offset] = .init(character: character) }
    }

    /// The legend as rows of (text, colour) runs, wrapped to `width`.
    private func legendLines(width: Int) -> [[(String, CellColor?)]] {
        var lines: [[(String, CellColor?)]] = []
        var current: [(String, CellColor?)] = []
        var used = 0
        for (index, series) in axes.lines.enumerated() where series.isInLegend && axes.showsLegend {
            let sample = ascii ? String(repeating: asciiGlyph(for: series, index: index), count: 2) : "──"
            let entry = [(sample, ascii ? nil : CellColor(series.color)), (" " + (series.label ?? "") + "  ", nil)]
            let length = entry.map(\.0.count).reduce(0, +)
            if used > 0 && used + length > width {
                lines.append(current)
                current = []
                used = 0
            }
            current += entry
            used += length
        }
        if !current.isEmpty { lines.append(current) }
        return Array(lines.prefix(3))
    }
}

/// Box-drawing characters for axes, with an ASCII set for the plain fallback.
struct AxisGlyphs {
    let vertical: Character
    let horizontal: Character
    let corner: Character
    let leftTick: Character
    let bottomTick: Character

    static let unicode = AxisGlyphs(vertical: "│", horizontal: "─", corner: "└", leftTick: "┤", bottomTick: "┬")
    static let ascii = AxisGlyphs(vertical: "|", horizontal: "-", corner: "+", leftTick: "+", bottomTick: "+")
}
