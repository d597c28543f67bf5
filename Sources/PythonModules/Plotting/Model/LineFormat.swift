/// How a line is stroked between its points.
public enum LineStyle: String, Sendable, CaseIterable {
    /// `'-'`
    case solid = "-"
    /// `'--'`
    case dashed = "--"
    /// `':'`
    case dotted = ":"
    /// `'-.'`
    case dashDot = "-."
    /// `'None'`, `''` or `' '`: markers only.
    case none = "None"

    /// Parses a `linestyle=` keyword: the symbols above or `'solid'`, `'dashed'`, `'dotted'`, `'dashdot'`.
    public init(keyword: String) throws {
        switch keyword {
        case "-", "solid": self = .solid
        case "--", "dashed": self = .dashed
        case ":", "dotted": self = .dotted
        case "-.", "dashdot": self = .dashDot
        case "None", "none", "", " ": self = .none
        default:
            throw PlotError.value(
                "'\(keyword)' is not a valid value for ls; supported values are '-', '--', '-.', ':', "
                    + "'None', ' ', '', 'solid', 'dashed', 'dashdot', 'dotted'")
        }
    }

    /// On/off lengths in line widths, as matplotlib's scaled dash patterns; empty for solid.
    var dashPattern: [Double] {
        switch self {
        case .solid, .none: return []
        case .dashed: return [3.7, 1.6]
        case .dotted: return [1, 1.65]
        case .dashDot: return [6.4, 1.6, 1, 1.6]
        }
    }
}

/// The marker symbols matplotlib accepts in format strings (`'o'`, `'^'`, `'s'`, …).
public enum MarkerStyle: Character, Sendable, CaseIterable {
    case point = ".", pixel = ",", circle = "o", triangleDown = "v", triangleUp = "^"
    case triangleLeft = "<", triangleRight = ">", triDown = "1", triUp = "2", triLeft = "3"
    case triRight = "4", octagon = "8", square = "s", pentagon = "p", plusFilled = "P"
    case star = "*", hexagon = "h", hexagon2 = "H", plus = "+", x = "x", xFilled = "X"
    case diamond = "D", thinDiamond = "d", verticalLine = "|", horizontalLine = "_"

    /// Parses a `marker=` keyword: one of the symbols, or `'None'`/`''` for no marker.
    public static func keyword(_ text: String) throws -> MarkerStyle? {
        if text == "None" || text == "none" || text.isEmpty || text == " " { return nil }
        if text.count == 1, let symbol = text.first, let marker = MarkerStyle(rawValue: symbol) {
            return marker
        }
        throw PlotError.value("Unrecognized marker style '\(text)'")
    }
}

/// A parsed matplotlib format string such as `'ro-'`: colour, marker and line style, each optional.
///
///     let f = try LineFormat(parsing: "ro-")   // red, circle markers, solid line
///     let g = try LineFormat(parsing: "bo")    // blue circles, no line
public struct LineFormat: Equatable, Sendable {
    /// The line style; `.none` when only a marker was given.
    public var lineStyle: LineStyle
    /// The marker, if any.
    public var marker: MarkerStyle?
    /// The colour, if the format names one.
    public var color: PlotColor?

    /// A solid line without markers in the next cycle colour (matplotlib's default).
    public init(lineStyle: LineStyle = .solid, marker: MarkerStyle? = nil, color: PlotColor? = nil) {
        self.lineStyle = lineStyle
        self.marker = marker
        self.color = color
    }

    /// Parses `format` as matplotlib's `_process_plot_format` does.
    public init(parsing format: String) throws {
        if format != "0", format != "1", let color = PlotColor.parse(format) {
            self.init(lineStyle: .solid, marker: nil, color: color)
            return
        }
        func invalid(_ reason: String) -> PlotError {
            .value("'\(format)' is not a valid format string (\(reason))")
        }
        var style: LineStyle?
        var marker: MarkerStyle?
        var color: PlotColor?
        let characters = Array(format)
        var index = 0
        while index < characters.count {
            let symbol = characters[index]
            let pair = index + 1 < characters.count ? String(characters[index...index + 1]) : ""
            if pair == "--" || pair == "-." {
                guard style == nil else { throw invalid("two linestyle symbols") }
                style = LineStyle(rawValue: pair)
                index += 2
            } else if symbol == "-" || symbol == ":" {
                guard style == nil else { throw invalid("two linestyle symbols") }
                style = LineStyle(rawValue: String(symbol))
                index += 1
            } else if let parsed = MarkerStyle(rawValue: symbol) {
                guard marker == nil else { throw invalid("two marker symbols") }
                marker = parsed
                index += 1
            } else if let parsed = PlotColor.letters[symbol] {
                guard color == nil else { throw invalid("two color symbols") }
                color = parsed
                index += 1
            } else if symbol == "C", index + 1 < characters.count, characters[index + 1].isASCII,
                characters[index + 1].isNumber
            {
                guard color == nil else { throw invalid("two color symbols") }
                var end = index + 1
                while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
                color = PlotColor.parse(String(characters[index..<end]))
                index = end
            } else {
                throw invalid("unrecognized character '\(symbol)'")
            }
        }
        if style == nil, marker == nil { style = .solid }
        self.init(lineStyle: style ?? .none, marker: marker, color: color)
    }
}
