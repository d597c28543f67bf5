/// The state machine behind `matplotlib.pyplot`: open figures, the current figure and axes, and
/// the default colormap. One instance per interpreter session; every `plt.*` call maps to a method.
///
///     let plt = Pyplot()
///     try plt.plot([.values([1, 4, 9])], label: "squares")
///     try plt.title("Progress")
///     print(plt.show())                  // renders every open figure, then closes them
public final class Pyplot {
    /// Open figures by number, as `plt.get_fignums()` lists them.
    public private(set) var figures: [Int: Figure] = [:]
    private var currentNumber: Int?
    /// The colormap `imshow` uses without `cmap=`; `plt.gray()` sets it to `'gray'`.
    public var defaultColormap = Colormap.defaultName
    /// The figure size of new figures (`rcParams['figure.figsize']`); see `setDefaults`.
    public private(set) var defaultFigureSize = (width: 6.4, height: 4.8)
    /// The resolution of new figures (`rcParams['figure.dpi']`); see `setDefaults`.
    public private(set) var defaultDPI = 100.0

    /// Sets `rcParams['figure.figsize']` and `['figure.dpi']` for figures created from now on.
    public func setDefaults(figsize: (Double, Double)? = nil, dpi: Double? = nil) throws {
        if let figsize {
            try Figure.checkSize(figsize.0, figsize.1)
            defaultFigureSize = figsize
        }
        if let dpi {
            guard dpi.isFinite, dpi > 0 else { throw PlotError.value("dpi must be positive and finite, not \(dpi)") }
            defaultDPI = dpi
        }
    }

    /// An empty state with no figure open.
    public init() {}

    /// `plt.figure(num=None, figsize=None, dpi=None)`: activates figure `num` (creating it if needed)
    /// or creates the next-numbered figure.
    @discardableResult
    public func figure(number: Int? = nil, figsize: (Double, Double)? = nil, dpi: Double? = nil) throws -> Figure {
        if let number, let existing = figures[number] {
            currentNumber = number
            if let figsize { try existing.setSizeInches(figsize.0, figsize.1) }
            return existing
        }
        let size = figsize ?? defaultFigureSize
        let chosen = number ?? ((figures.keys.max() ?? 0) + 1)
        let created = try Figure(number: chosen, widthInches: size.0, heightInches: size.1, dpi: dpi ?? defaultDPI)
        figures[chosen] = created
        currentNumber = chosen
        return created
    }

    /// `plt.gcf()`: the current figure, creating one if none is open.
    public func gcf() -> Figure {
        if let currentNumber, let figure = figures[currentNumber] { return figure }
        let size = defaultFigureSize
        let chosen = (figures.keys.max() ?? 0) + 1
        let created = Figure(checkedNumber: chosen, widthInches: size.0, heightInches: size.1, dpi: defaultDPI)
        figures[chosen] = created
        currentNumber = chosen
        return created
    }

    /// `plt.gca()`: the current axes of the current figure.
    public func gca() -> Axes { gcf().gca() }

    /// `plt.subplot(nrows, ncols, index)`.
    @discardableResult
    public func subplot(_ nrows: Int, _ ncols: Int, _ index: Int) throws -> Axes {
        try gcf().addSubplot(nrows: nrows, ncols: ncols, index: index)
    }

    /// `plt.subplot(221)`.
    @discardableResult
    public func subplot(_ code: Int) throws -> Axes {
        gcf().addSubplot(spec: try SubplotSpec(code: code))
    }

    /// `plt.subplots(nrows, ncols, figsize=)`: a new figure and its squeezed axes array.
    public func subplots(nrows: Int = 1, ncols: Int = 1, figsize: (Double, Double)? = nil) throws -> (Figure, AxesArray) {
        _ = try SubplotSpec(nrows: nrows, ncols: ncols, index: 1)
        let created = try figure(figsize: figsize)
        return (created, try created.subplots(nrows: nrows, ncols: ncols))
    }

    /// `plt.sca(ax)`: makes `axes` and its figure current.
    public func sca(_ axes: Axes) {
        for (number, figure) in figures where figure.axes.contains(where: { $0 === axes }) {
            figure.setCurrentAxes(axes)
            currentNumber = number
        }
    }

    /// `plt.plot(*args, **kwargs)` on the current axes; see `Axes.plot(_:label:…)`.
    @discardableResult
    public func plot(
        _ arguments: [PlotArgument], label: String? = nil, color: String? = nil,
        lineStyle: String? = nil, marker: String? = nil, lineWidth: Double? = nil
    ) throws -> [LineSeries] {
        try gca().plot(
            arguments, label: label, color: color, lineStyle: lineStyle, marker: marker, lineWidth: lineWidth)
    }

    /// `plt.imshow(X, cmap=, vmin=, vmax=, aspect=)` on the current axes, or `ax.imshow(…)` with
    /// `axes` given, so both use pyplot's default colormap (`'gray'` after `plt.gray()`).
    @discardableResult
    public func imshow(
        values: [Float], shape: [Int], isInteger: Bool = false, colormap: String? = nil,
        vmin: Double? = nil, vmax: Double? = nil, aspect: String? = nil, on axes: Axes? = nil
    ) throws -> AxesImage {
        try (axes ?? gca()).imshow(
            values: values, shape: shape, isInteger: isInteger, colormap: colormap,
            defaultColormap: defaultColormap, vmin: vmin, vmax: vmax, aspect: aspect)
    }

    /// `plt.title(text)`.
    public func title(_ text: String) { gca().title = text }
    /// `plt.xlabel(text)`.
    public func xlabel(_ text: String) { gca().xlabel = text }
    /// `plt.ylabel(text)`.
    public func ylabel(_ text: String) { gca().ylabel = text }
    /// `plt.legend(labels=None, loc=…)`: returns matplotlib's warning when nothing is labelled.
    @discardableResult
    public func legend(labels: [String]? = nil, location: LegendLocation = .best) -> String? {
        gca().legend(labels: labels, location: location)
    }
    /// `plt.grid()` toggles; `plt.grid(False)` hides.
    public func grid(_ visible: Bool? = nil) { gca().grid(visible) }
    /// `plt.axis('off')` and friends.
    public func axis(_ option: String) throws { try gca().axis(option) }
    /// `plt.xlim(left, right)`.
    public func xlim(_ left: Double, _ right: Double) throws { try gca().setXLimits(left, right) }
    /// `plt.ylim(bottom, top)`.
    public func ylim(_ bottom: Double, _ top: Double) throws { try gca().setYLimits(bottom, top) }
    /// `plt.xticks(ticks)`; `plt.xticks([])` hides the x ticks.
    public func xticks(_ ticks: [Double]) { gca().xTicks = ticks }
    /// `plt.yticks(ticks)`; `plt.yticks([])` hides the y ticks.
    public func yticks(_ ticks: [Double]) { gca().yTicks = ticks }
    /// `plt.suptitle(text)`.
    public func suptitle(_ text: String) { gcf().suptitle = text }

    /// `plt.gray()`: `'gray'` becomes the default colormap, and the current image (if any) turns grey.
    public func gray() throws { try setColormap("gray") }

    /// `plt.set_cmap(name)` (also `plt.viridis()`, `plt.inferno()`): the default colormap and the current image's.
    public func setColormap(_ name: String) throws {
        let map = try Colormap(named: name)
        defaultColormap = name
        if let currentNumber, let figure = figures[currentNumber], let image = figure.currentAxes?.images.last {
            image.colormap = map
        }
    }

    /// `plt.clf()`: clears the current figure.
    public func clf() { gcf().clear() }

    /// `plt.close()`: closes the current figure; `close(number)` closes that one.
    public func close(_ number: Int? = nil) {
        guard let target = number ?? currentNumber else { return }
        figures[target] = nil
        if currentNumber == target { currentNumber = figures.keys.max() }
    }

    /// `plt.close('all')`.
    public func closeAll() {
        figures = [:]
        currentNumber = nil
    }

    /// `plt.show()`: every open figure with axes rendered for the terminal, in figure-number order,
    /// separated by a blank line; then all figures close, as pyplot's inline backend does after a cell.
    public func show(options: TerminalOptions = TerminalOptions()) -> String {
        let rendered = figures.keys.sorted().compactMap { figures[$0] }.map {
            TerminalRenderer(options: options).render($0)
        }.filter { !$0.isEmpty }
        closeAll()
        return rendered.joined(separator: "\n\n")
    }

    /// `plt.savefig(path, dpi=)`'s pixels: the current figure as RGBA at its dpi (or `dpi`).
    /// The binding writes them with libpng; the figure stays open.
    public func savefig(dpi: Double? = nil) throws -> RasterImage {
        let figure = gcf()
        return try figure.rasterize(dpi: dpi ?? figure.dpi)
    }
}
