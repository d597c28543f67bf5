/// Where `legend(loc=…)` puts the legend box, by matplotlib's codes 0–10 or names.
///
///     try LegendLocation(code: 0)              // .best
///     try LegendLocation(name: "lower right")  // .lowerRight
public enum LegendLocation: Int, CaseIterable, Sendable {
    /// `'best'` (0): the corner hiding the fewest data points.
    case best = 0
    /// `'upper right'` (1).
    case upperRight
    /// `'upper left'` (2).
    case upperLeft
    /// `'lower left'` (3).
    case lowerLeft
    /// `'lower right'` (4).
    case lowerRight
    /// `'right'` (5), drawn like `'center right'`.
    case right
    /// `'center left'` (6).
    case centerLeft
    /// `'center right'` (7).
    case centerRight
    /// `'lower center'` (8).
    case lowerCenter
    /// `'upper center'` (9).
    case upperCenter
    /// `'center'` (10).
    case center

    /// matplotlib's name for the location.
    public var name: String {
        [
            "best", "upper right", "upper left", "lower left", "lower right", "right", "center left", "center right",
            "lower center", "upper center", "center",
        ][rawValue]
    }

    /// `loc=0` … `loc=10`.
    public init(code: Int) throws {
        guard let location = LegendLocation(rawValue: code) else {
            throw PlotError.value("loc must be string, coordinate tuple, or an integer 0-10, not \(code)")
        }
        self = location
    }

    /// `loc='upper left'` and the other names (exact spelling, as matplotlib requires).
    public init(name: String) throws {
        guard let location = Self.allCases.first(where: { $0.name == name }) else {
            throw PlotError.value("'\(name)' is not a valid value for loc.")
        }
        self = location
    }

    /// Horizontal and vertical placement: -1 left/top, 0 centre, 1 right/bottom (nil for best).
    var anchor: (Int, Int)? {
        switch self {
        case .best: return nil
        case .upperRight: return (1, -1)
        case .upperLeft: return (-1, -1)
        case .lowerLeft: return (-1, 1)
        case .lowerRight: return (1, 1)
        case .right, .centerRight: return (1, 0)
        case .centerLeft: return (-1, 0)
        case .lowerCenter: return (0, 1)
        case .upperCenter: return (0, -1)
        case .center: return (0, 0)
        }
    }
}
