/// One line drawn by `plot`: its points and style, like matplotlib's `Line2D`.
public struct LineSeries: Equatable, Sendable {
    /// X coordinates (0, 1, 2, … when `plot` got only y).
    public var x: [Double]
    /// Y coordinates, as many as `x`.
    public var y: [Double]
    /// Stroke and marker colour.
    public var color: PlotColor
    /// How the points are joined.
    public var lineStyle: LineStyle
    /// The marker at each point, if any.
    public var marker: MarkerStyle?
    /// The legend label; `nil` or a name starting with `_` keeps the line out of the legend.
    public var label: String?
    /// Stroke width in points (matplotlib's default 1.5).
    public var lineWidth: Double = 1.5
    /// Marker size in points (matplotlib's default 6).
    public var markerSize: Double = 6

    /// Whether `legend()` lists this line.
    public var isInLegend: Bool {
        guard let label, !label.isEmpty else { return false }
        return !label.hasPrefix("_")
    }
}
