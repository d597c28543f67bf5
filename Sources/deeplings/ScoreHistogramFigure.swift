import Course
import ImageData
import Plotting

/// The score histogram of `deeplings grade report --png` as a Plotting figure: the outline of one
/// bar per bin, scores along x, submissions along y.
enum ScoreHistogramFigure {
    /// The figure for `statistics`.
    static func figure(_ statistics: ClassStatistics) throws -> Figure {
        let figure = try Figure(widthInches: 6.4, heightInches: 4.8, dpi: 100)
        let axes = figure.gca()
        var xs: [Double] = [], ys: [Double] = []
        for bin in statistics.histogram {
            let left = Double(bin.low) - 0.5, right = Double(bin.high) + 0.5
            xs += [left, left, right, right]
            ys += [0, Double(bin.count), Double(bin.count), 0]
        }
        try axes.plot([.values(xs), .values(ys)], color: "tab:blue", lineWidth: 2)
        axes.title = "Scores: \(statistics.lessonID) (\(statistics.scores.count) graded)"
        axes.xlabel = "score (of \(statistics.maxScore))"
        axes.ylabel = "submissions"
        let top = Double(statistics.histogram.map(\.count).max() ?? 1)
        try axes.setYLimits(0, max(1, top * 1.1))
        // Scores are whole numbers: ticks on them, not at matplotlib's halves.
        axes.xTicks = statistics.histogram.map { Double($0.low) }
        if top <= 10 { axes.yTicks = (0...Int(top)).map(Double.init) }
        return figure
    }

    /// Writes the figure as a PNG file.
    static func writePNG(_ statistics: ClassStatistics, to path: String) throws {
        let raster = try figure(statistics).rasterize()
        let image = try Image(width: raster.width, height: raster.height, channels: 4, pixels: raster.rgba)
        try image.write(toFile: path, format: .png)
    }
}
