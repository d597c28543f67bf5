/// How `show()` draws: the width in columns and the colour capability of the terminal.
///
///     let options = TerminalOptions.fromEnvironment(ProcessInfo.processInfo.environment)
///     print(Pyplot().show(options: options))
public struct TerminalOptions: Equatable, Sendable {
    /// What colours the terminal can show.
    public enum ColorMode: Equatable, Sendable {
        /// 24-bit `ESC[38;2;r;g;bm` colours (`COLORTERM=truecolor` or `24bit`).
        case trueColor
        /// The xterm 256-colour palette, `ESC[38;5;nm`.
        case palette256
        /// No escape codes and ASCII only: `*`-style plots and density characters for images.
        case plainASCII
    }

    /// Columns available (80 unless the terminal says otherwise).
    public var width: Int
    /// Rows for one figure; `nil` derives them from the figure's aspect ratio.
    public var height: Int?
    /// The colour capability.
    public var colorMode: ColorMode
    /// Figures are told in words (shape, value range, title) instead of drawn: plain mode, for a
    /// screen reader or a log file (`DEEPLINGS_PLAIN` set and non-empty).
    public var describesImages = false

    /// Options for a terminal `width` columns wide, kept within 20...1000 (height within 4...1000).
    public init(width: Int = 80, height: Int? = nil, colorMode: ColorMode = .palette256) {
        self.width = max(20, min(1000, width))
        self.height = height.map { max(4, min(1000, $0)) }
        self.colorMode = colorMode
    }

    /// Reads `DEEPLINGS_PLAIN` (set and non-empty: figures described in words), `NO_COLOR` (set and non-empty: plain ASCII), `TERM=dumb` (plain ASCII), `COLORTERM`
    /// (`truecolor`/`24bit`: 24-bit colour, else 256 colours) and `COLUMNS` (unless `width` is given).
    public static func fromEnvironment(_ environment: [String: String], width: Int? = nil) -> TerminalOptions {
        let columns = width ?? environment["COLUMNS"].flatMap { Int($0) } ?? 80
        let mode: ColorMode
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            mode = .plainASCII
        } else if environment["TERM"] == "dumb" {
            mode = .plainASCII
        } else if let colorTerm = environment["COLORTERM"]?.lowercased(), colorTerm == "truecolor" || colorTerm == "24bit" {
            mode = .trueColor
        } else {
            mode = .palette256
        }
        var options = TerminalOptions(width: columns, colorMode: mode)
        options.describesImages = environment["DEEPLINGS_PLAIN"].map { !$0.isEmpty } ?? false
        return options
    }
}
