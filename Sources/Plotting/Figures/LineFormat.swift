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
