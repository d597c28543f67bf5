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
