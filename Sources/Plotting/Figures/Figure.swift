/// A figure: a size in inches, a resolution, and a grid of `Axes`, like matplotlib's `Figure`.
///
///     let figure = try Figure(widthInches: 8, heightInches: 6)
///     let grid = try figure.subplots(nrows: 3, ncols: 4)   // .grid([[Axes]]), 3 rows of 4
///     let picture = figure.rasterize()                     // 800×600 RGBA
public final class Figure {
    /// `plt.figure(num)`'s number (1, 2, …).
    public let number: Int
    /// Width in inches (matplotlib's default 6.4).
    public private(set) var widthInches: Double
    /// Height in inches (matplotlib's default 4.8).
    public private(set) var heightInches: Double
    /// Pixels per inch for `rasterize()` (matplotlib's default 100).
    public var dpi: Double
    /// Axes in creation order.
    public private(set) var axes: [Axes] = []
    /// The axes `gca()` returns; the last created or selected.
    public private(set) var currentAxes: Axes?
    /// `fig.suptitle`, drawn above every axes.
    public var suptitle = ""

    /// A figure of `widthInches` × `heightInches`; sizes must be positive and finite.
    public convenience init(number: Int = 1, widthInches: Double = 6.4, heightInches: Double = 4.8, dpi: Double = 100) throws {
        try Self.checkSize(widthInches, heightInches)
        guard dpi.isFinite, dpi > 0 else { throw PlotError.value("dpi must be positive and finite, not \(dpi)") }
        self.init(checkedNumber: number, widthInches: widthInches, heightInches: heightInches, dpi: dpi)
    }

    init(checkedNumber number: Int, widthInches: Double, heightInches: Double, dpi: Double) {
        self.number = number
        self.widthInches = widthInches
        self.heightInches = heightInches
        self.dpi = dpi
    }

    /// `fig.set_size_inches(w, h)`.
    public func setSizeInches(_ width: Double, _ height: Double) throws {
        try Self.checkSize(width, height)
        widthInches = width
        heightInches = height
    }

    static func checkSize(_ width: Double, _ height: Double) throws {
        guard width.isFinite, height.isFinite, width > 0, height > 0 else {
            throw PlotError.value("figure size must be positive finite not (\(width), \(height))")
        }
    }

    /// `fig.add_subplot(nrows, ncols, index)`: returns the existing axes at that position if there
    /// is one (as `plt.subplot` does), else a new one; either becomes current.
    @discardableResult
    public func addSubplot(nrows: Int, ncols: Int, index: Int) throws -> Axes {
        try addSubplot(spec: SubplotSpec(nrows: nrows, ncols: ncols, index: index))
    }

    /// `add_subplot` for an already validated position.
    @discardableResult
    public func addSubplot(spec: SubplotSpec) -> Axes {
        if let existing = axes.first(where: { $0.spec == spec }) {
            currentAxes = existing
            return existing
        }
        let created = Axes(spec: spec)
        axes.append(created)
        currentAxes = created
        return created
    }

    /// `fig.gca()`: the current axes, creating a full-figure one if the figure has none.
    public func gca() -> Axes {
        if let currentAxes { return currentAxes }
        return addSubplot(spec: Self.fullFigure)
    }

    /// Makes `axes` (which must belong to this figure) current, as `plt.sca` does.
    public func setCurrentAxes(_ axes: Axes) {
        if self.axes.contains(where: { $0 === axes }) { currentAxes = axes }
    }

    /// `fig.subplots(nrows, ncols)`: a new grid of axes, squeezed like matplotlib.
    public func subplots(nrows: Int = 1, ncols: Int = 1) throws -> AxesArray {
        _ = try SubplotSpec(nrows: nrows, ncols: ncols, index: 1)
        var rows: [[Axes]] = []
        for row in 0..<nrows {
            var created: [Axes] = []
            for column in 0..<ncols {
                let spec = try SubplotSpec(nrows: nrows, ncols: ncols, index: row * ncols + column + 1)
                let fresh = Axes(spec: spec)
                axes.append(fresh)
                created.append(fresh)
            }
            rows.append(created)
        }
        currentAxes = rows[0][0]
        return AxesArray(squeezing: rows)
    }

    /// `fig.clf()`: removes every axes.
    public func clear() {
        axes = []
        currentAxes = nil
        suptitle = ""
    }

    /// Pixel size at `dpi`: (6.4, 4.8) inches at 100 dpi is 640×480.
    public var pixelSize: (width: Int, height: Int) {
        (max(1, Int(min(1e9, (widthInches * dpi).rounded()))), max(1, Int(min(1e9, (heightInches * dpi).rounded()))))
    }

    static let fullFigure = SubplotSpec(singleCellOf: 1, 1, at: 1)
}

/// What `plt.subplots(nrows, ncols)` returns for its axes, squeezed as matplotlib squeezes:
/// one `Axes` for 1×1, a 1-D array when one dimension is 1, else a 2-D array.
public enum AxesArray {
    /// `subplots()` / `subplots(1, 1)`.
    case single(Axes)
    /// `subplots(1, n)` or `subplots(n, 1)`: indexed `axs[i]`.
    case vector([Axes])
    /// `subplots(r, c)` with r, c > 1: indexed `axs[i, j]`, row-major.
    case grid([[Axes]])

    init(squeezing rows: [[Axes]]) {
        if rows.count == 1 && rows[0].count == 1 {
            self = .single(rows[0][0])
        } else if rows.count == 1 {
            self = .vector(rows[0])
        } else if rows.allSatisfy({ $0.count == 1 }) {
            self = .vector(rows.map { $0[0] })
        } else {
            self = .grid(rows)
        }
    }

    /// Every axes, row-major.
    public var all: [Axes] {
        switch self {
        case .single(let axes): return [axes]
        case .vector(let axes): return axes
        case .grid(let rows): return rows.flatMap { $0 }
        }
    }
}
