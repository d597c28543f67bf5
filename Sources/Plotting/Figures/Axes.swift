/// One plotting area of a figure: lines, images, labels and decorations, like matplotlib's `Axes`.
///
///     let axes = try Figure().addSubplot(nrows: 1, ncols: 1, index: 1)
///     try axes.plot(x: [1, 2, 3], y: [2, 4, 1], format: "ro-", label: "loss")
///     axes.title = "Training"
public final class Axes {
    /// The grid cell(s) this axes occupies.
    public let spec: SubplotSpec
    /// Lines in drawing order.
    public internal(set) var lines: [LineSeries] = []
    /// Images in drawing order.
    public internal(set) var images: [AxesImage] = []
    /// `set_title` / `plt.title`.
    public var title = ""
    /// `set_xlabel` / `plt.xlabel`.
    public var xlabel = ""
    /// `set_ylabel` / `plt.ylabel`.
    public var ylabel = ""
    /// Whether `legend()` was called (and found labelled lines).
    public internal(set) var showsLegend = false
    /// Whether grid lines are drawn at the ticks.
    public var gridVisible = false
    /// `false` after `axis('off')`: no frame, ticks or labels.
    public var axisVisible = true
    /// Limits set by `set_xlim`, overriding autoscaling.
    public private(set) var xLimits: (Double, Double)?
    /// Limits set by `set_ylim`, overriding autoscaling.
    public private(set) var yLimits: (Double, Double)?
    /// Tick positions set by `set_xticks` (empty: no x ticks); `nil` places them automatically.
    public var xTicks: [Double]?
    /// Tick positions set by `set_yticks` (empty: no y ticks); `nil` places them automatically.
    public var yTicks: [Double]?
    /// Where the legend goes (`legend(loc=…)`).
    public var legendLocation = LegendLocation.best
    var cycleIndex = 0

    /// `ax.cla()`: no lines, images, titles, labels or ticks; the colour cycle starts again.
    public func clear() {
        lines = []
        images = []
        title = ""
        xlabel = ""
        ylabel = ""
        gridVisible = false
        axisVisible = true
        xTicks = nil
        yTicks = nil
        cycleIndex = 0
    }

    /// `line.set_label(text)` for line `index`; an index no longer drawn is ignored.
    public func setLabel(_ text: String?, ofLine index: Int) {
        if lines.indices.contains(index) { lines[index].label = text }
    }

    init(spec: SubplotSpec) {
        self.spec = spec
    }

    /// Adds a line as `ax.plot(x, y, fmt, label=, color=)`; `x` defaults to 0..<y.count.
    /// An explicit `color` overrides the format's colour; styled lines don't advance the colour cycle.
    @discardableResult
    public func plot(
        x: [Double]? = nil, y: [Double], format: String? = nil, label: String? = nil,
        color: String? = nil, lineStyle: String? = nil, marker: String? = nil, lineWidth: Double? = nil
    ) throws -> LineSeries {
        let xs = x ?? (0..<y.count).map(Double.init)
        guard xs.count == y.count else {
            throw PlotError.value(
                "x and y must have same first dimension, but have shapes (\(xs.count),) and (\(y.count),)")
        }
        var style = try format.map(LineFormat.init(parsing:)) ?? LineFormat()
        if let color { style.color = try PlotColor(matplotlib: color) }
        if let lineStyle { style.lineStyle = try LineStyle(keyword: lineStyle) }
        if let marker { style.marker = try MarkerStyle.keyword(marker) }
        let resolved = style.color ?? nextCycleColor()
        var series = LineSeries(
            x: xs, y: y, color: resolved, lineStyle: style.lineStyle, marker: style.marker, label: label)
        if let lineWidth { series.lineWidth = lineWidth }
        lines.append(series)
        return series
    }

    private func nextCycleColor() -> PlotColor {
        defer { cycleIndex += 1 }
        return PlotColor.cycle[cycleIndex % PlotColor.cycle.count]
    }

    /// Adds an image as `ax.imshow(X, cmap=, vmin=, vmax=, aspect=)`; see `AxesImage.init` for shapes.
    /// `colormap` defaults to `defaultColormap` (pyplot passes `'gray'` after `plt.gray()`).
    @discardableResult
    public func imshow(
        values: [Float], shape: [Int], isInteger: Bool = false, colormap: String? = nil,
        defaultColormap: String = Colormap.defaultName, vmin: Double? = nil, vmax: Double? = nil,
        aspect: String? = nil
    ) throws -> AxesImage {
        let map = try Colormap(named: colormap ?? defaultColormap)
        let fills: Bool
        switch aspect {
        case nil, "equal": fills = false
        case "auto": fills = true
        case let other?:
            guard Double(other) != nil else {
                throw PlotError.value("aspect must be finite and positive, or 'auto' or 'equal', not '\(other)'")
            }
            fills = false
        }
        let image = try AxesImage(
            values: values, shape: shape, isInteger: isInteger, colormap: map, vmin: vmin, vmax: vmax,
            fillsAxes: fills)
        images.append(image)
        return image
    }

    /// Shows the legend at `location`; `labels` relabels the lines in order, as `legend(['a', 'b'])`
    /// does. Returns matplotlib's warning when no line has a label (and then shows nothing).
    @discardableResult
    public func legend(labels: [String]? = nil, location: LegendLocation = .best) -> String? {
        legendLocation = location
        if let labels {
            for (index, label) in labels.prefix(lines.count).enumerated() { lines[index].label = label }
        }
        showsLegend = lines.contains { $0.isInLegend }
        return showsLegend
            ? nil
            : "No artists with labels found to put in legend.  Note that artists whose label start "
                + "with an underscore are ignored when legend() is called with no argument."
    }

    /// `ax.grid()` toggles, `ax.grid(True)`/`grid(False)` set.
    public func grid(_ visible: Bool? = nil) {
        gridVisible = visible ?? !gridVisible
    }

    /// `ax.axis('off')`, `'on'` (any case), or a scaling option such as `'equal'`, `'tight'` (accepted,
    /// kept for images only by their aspect). Unknown strings throw matplotlib's `ValueError`.
    public func axis(_ option: String) throws {
        switch option.lowercased() {
        case "off": axisVisible = false
        case "on": axisVisible = true
        case "equal", "tight", "scaled", "auto", "image", "square": break
        default: throw PlotError.value("Unrecognized string '\(option)' to axis; try 'on' or 'off'")
        }
    }

    /// `ax.set_xlim(left, right)`; NaN or infinite limits throw matplotlib's `ValueError`.
    public func setXLimits(_ left: Double, _ right: Double) throws {
        try Self.checkLimits(left, right)
        xLimits = (left, right)
    }

    /// `ax.set_ylim(bottom, top)`; NaN or infinite limits throw matplotlib's `ValueError`.
    public func setYLimits(_ bottom: Double, _ top: Double) throws {
        try Self.checkLimits(bottom, top)
        yLimits = (bottom, top)
    }

    private static func checkLimits(_ a: Double, _ b: Double) throws {
        guard a.isFinite, b.isFinite else { throw PlotError.value("Axis limits cannot be NaN or Inf") }
    }

    /// The lines `legend()` lists.
    public var legendEntries: [LineSeries] { showsLegend ? lines.filter(\.isInLegend) : [] }
}
