#if canImport(Glibc)
    import Glibc
#endif

/// Renders Keras 3's `model.summary()` table (drawn by `rich`) as plain text, line for line.
///
///     let table = SummaryTable(modelName: "sequential", rows: [("dense (Dense)", "(None, 1)", "2")],
///                              trainable: 2, nonTrainable: 0, optimizer: nil)
///     print(table.render(lineLength: 88))
public struct SummaryTable: Sendable {
    /// The model's name, shown as `Model: "name"`.
    public var modelName: String
    /// One row per layer: `name (Type)`, output shape, and the formatted parameter count.
    public var rows: [(layer: String, shape: String, params: String)]
    /// Trainable parameter count.
    public var trainable: Int
    /// Non-trainable parameter count.
    public var nonTrainable: Int
    /// Optimizer variable count, once the optimizer has been built (nil before).
    public var optimizer: Int?
    /// Each row's "Connected to" text (`conv2d[0][0], …`), for a model that is not a plain chain;
    /// nil gives Keras' three-column table.
    public var connections: [String]?
    /// Each row's "Trainable" mark (`Y`, `N`, or `-` for a layer without weights), for Keras'
    /// `show_trainable=True`; nil leaves the column out.
    public var trainableMarks: [String]?

    /// A table for the given rows and counts.
    public init(
        modelName: String, rows: [(layer: String, shape: String, params: String)],
        trainable: Int, nonTrainable: Int, optimizer: Int?, connections: [String]? = nil,
        trainableMarks: [String]? = nil
    ) {
        self.modelName = modelName
        self.rows = rows
        self.trainable = trainable
        self.nonTrainable = nonTrainable
        self.optimizer = optimizer
        self.connections = connections
        self.trainableMarks = trainableMarks
    }

    /// Keras' default width: 88 characters (108 with "Connected to", 12 more with "Trainable"), or
    /// the terminal's width less 4 when narrower.
    public static func defaultLineLength(connected: Bool = false, showTrainable: Bool = false) -> Int {
        min((connected ? 108 : 88) + (showTrainable ? 12 : 0), terminalColumns() - 4)
    }

    /// Python's `shutil.get_terminal_size().columns`: `$COLUMNS`, else the terminal, else 80.
    public static func terminalColumns() -> Int {
        if let value = getenv("COLUMNS"), let columns = Int(String(cString: value)), columns > 0 { return columns }
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }

    /// The whole summary, lines joined by newlines and ending in one.
    public func render(lineLength: Int = SummaryTable.defaultLineLength()) -> String {
        let connected = connections != nil
        var positions = connected ? [0.3, 0.56, 0.74, 1.0] : [0.45, 0.80, 1.0]
        if trainableMarks != nil { positions = positions.map { $0 * 0.9 } + [1.0] }
        let widths = Self.columnWidths(lineLength: lineLength, positions: positions)
        let centered = trainableMarks != nil ? positions.count - 1 : nil
        var lines = ["Model: \"\(modelName)\""]
        func border(_ left: String, _ fill: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: fill, count: $0) }.joined(separator: middle) + right
        }
        lines.append(border("┏", "━", "┳", "┓"))
        let header = ["Layer (type)", "Output Shape", "Param #"] + (connected ? ["Connected to"] : []) + (trainableMarks != nil ? ["Trainable"] : [])
        lines += cells(header, widths: widths, edge: "┃", centered: centered)
        lines.append(border("┡", "━", "╇", "┩"))
        for (index, row) in rows.enumerated() {
            if index > 0 { lines.append(border("├", "─", "┼", "┤")) }
            let extra = connections.map { index < $0.count ? [$0[index]] : ["-"] } ?? []
            let mark = trainableMarks.map { index < $0.count ? [$0[index]] : ["-"] } ?? []
            lines += cells([row.layer, row.shape, row.params] + extra + mark, widths: widths, edge: "│", centered: centered)
        }
        lines.append(border("└", "─", "┴", "┘"))
        let total = trainable + nonTrainable + (optimizer ?? 0)
        lines.append(" Total params: \(Self.grouped(total)) (\(Self.readableSize(total * 4)))")
        lines.append(" Trainable params: \(Self.grouped(trainable)) (\(Self.readableSize(trainable * 4)))")
        lines.append(" Non-trainable params: \(Self.grouped(nonTrainable)) (\(Self.readableSize(nonTrainable * 4)))")
        if let optimizer {
            lines.append(" Optimizer params: \(Self.grouped(optimizer)) (\(Self.readableSize(optimizer * 4)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Column widths including one space of padding each side, as `rich` shrinks them to fit.
    static func columnWidths(lineLength: Int, positions: [Double] = [0.45, 0.80, 1.0]) -> [Int] {
        var columns: [Int] = []
        var current = 0
        for position in positions {
            let width = Int(position * Double(lineLength)) - current
            columns.append(width + 2)
            current += width
        }
        // rich's ratio_reduce: take the excess over the line (less the borders) evenly, rounding half to even.
        var excess = columns.reduce(0, +) - (lineLength - columns.count - 1)
        var remainingRatio = columns.count
        for index in columns.indices where excess > 0 {
            let share = (Double(excess) / Double(remainingRatio)).rounded(.toNearestOrEven)
            let distributed = min(columns[index], Int(share))
            columns[index] -= distributed
            excess -= distributed
            remainingRatio -= 1
        }
        return columns
    }

    private func cells(_ texts: [String], widths: [Int], edge: String, centered: Int? = nil) -> [String] {
        let wrapped = zip(texts, widths).map { Self.wrap($0, width: max($1 - 2, 1)) }
        let height = wrapped.map(\.count).max() ?? 1
        var lines: [String] = []
        for lineIndex in 0..<height {
            var line = edge
            for (column, pieces) in wrapped.enumerated() {
                let text = lineIndex < pieces.count ? pieces[lineIndex] : ""
                let excess = max(widths[column] - 2 - text.count, 0)
                let padding = String(repeating: " ", count: excess)
                if column == centered {
                    let left = String(repeating: " ", count: excess / 2), right = String(repeating: " ", count: excess - excess / 2)
                    line += " \(left)\(text)\(right) "
                } else {
                    line += column == 2 ? " \(padding)\(text) " : " \(text)\(padding) "
                }
                line += column == wrapped.count - 1 ? edge : edge
            }
            lines.append(line)
        }
        return lines
    }

    /// Splits `text` into lines of at most `width` characters at spaces, cutting a longer word
    /// with an ellipsis, as `rich` does.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if candidate.count <= width {
                current = candidate
                continue
            }
            if !current.isEmpty { lines.append(current) }
            // rich's default overflow: a word wider than the column ends in an ellipsis.
            current = word.count > width ? String(word.prefix(max(width - 1, 0))) + "…" : word
        }
        lines.append(current)
        return lines
    }

    /// `243786` → `243,786`, as Python's `f"{n:,}"`.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }

    /// Keras' `readable_memory_size`: `975144` bytes → `952.29 KB`.
    public static func readableSize(_ bytes: Int) -> String {
        var size = Double(bytes)
        for unit in ["B", "KB", "MB", "GB", "TB"] {
            if size / 1024 < 1 { return ProgressBar.format("%.2f", size) + " " + unit }
            size /= 1024
        }
        return ProgressBar.format("%.2f", size) + " PB"
    }
}
