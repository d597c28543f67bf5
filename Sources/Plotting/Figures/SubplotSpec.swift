/// Where an axes sits in its figure: a cell (or span of cells) of an `nrows` × `ncols` grid,
/// numbered from 1 in reading order as `plt.subplot(nrows, ncols, index)` counts.
public struct SubplotSpec: Equatable, Sendable {
    /// Rows of the grid.
    public let nrows: Int
    /// Columns of the grid.
    public let ncols: Int
    /// First 1-based cell covered.
    public let firstIndex: Int
    /// Last 1-based cell covered (equal to `firstIndex` unless the axes spans cells).
    public let lastIndex: Int

    /// Validates a grid position as `plt.subplot(nrows, ncols, index)` does.
    ///
    ///     try SubplotSpec(nrows: 3, ncols: 4, index: 12)   // bottom-right of a 3×4 grid
    ///     try SubplotSpec(nrows: 2, ncols: 2, index: 5)    // ValueError: num must be … not 5
    public init(nrows: Int, ncols: Int, index: Int, lastIndex: Int? = nil) throws {
        guard nrows > 0 else { throw PlotError.value("Number of rows must be a positive integer, not \(nrows)") }
        guard ncols > 0 else {
            throw PlotError.value("Number of columns must be a positive integer, not \(ncols)")
        }
        let (cells, overflow) = nrows.multipliedReportingOverflow(by: ncols)
        guard !overflow else { throw PlotError.value("a \(nrows)×\(ncols) grid of subplots is too large") }
        for number in [index, lastIndex ?? index] where number < 1 || number > cells {
            throw PlotError.value("num must be an integer with 1 <= num <= \(cells), not \(number)")
        }
        self.nrows = nrows
        self.ncols = ncols
        self.firstIndex = min(index, lastIndex ?? index)
        self.lastIndex = max(index, lastIndex ?? index)
    }

    init(singleCellOf nrows: Int, _ ncols: Int, at index: Int) {
        precondition(nrows > 0 && ncols > 0 && (1...nrows * ncols).contains(index))
        self.nrows = nrows
        self.ncols = ncols
        self.firstIndex = index
        self.lastIndex = index
    }

    /// Parses the three-digit form `plt.subplot(221)`.
    public init(code: Int) throws {
        guard (111...999).contains(code) else {
            throw PlotError.value("Single argument to subplot must be a three-digit integer, not \(code)")
        }
        try self.init(nrows: code / 100, ncols: (code / 10) % 10, index: code % 10)
    }

    /// 0-based rows covered, top row first.
    public var rows: ClosedRange<Int> {
        let a = (firstIndex - 1) / ncols
        let b = (lastIndex - 1) / ncols
        return min(a, b)...max(a, b)
    }

    /// 0-based columns covered, left column first.
    public var columns: ClosedRange<Int> {
        let a = (firstIndex - 1) % ncols
        let b = (lastIndex - 1) % ncols
        return min(a, b)...max(a, b)
    }
}
