import Foundation

/// A figure told in words for a screen reader or a log file (`TerminalOptions.describesImages`):
/// each axes' title, each image's shape and value range, each line's extent.
///
///     FigureDescription.describe(figure)
///     // "Figure: image 28×28 grayscale ('gray' colour map), values 0 to 255, title 'Ankle boot'\n"
enum FigureDescription {
    /// One line per axes of `figure`, after the figure's title if it has one.
    static func describe(_ figure: Figure) -> String {
        var out = figure.suptitle.isEmpty ? "" : "Figure '\(figure.suptitle)'\n"
        for axes in figure.axes {
            var parts: [String] = []
            if let image = axes.images.last { parts.append(describe(image)) }
            if !axes.lines.isEmpty { parts.append(describe(axes.lines)) }
            if parts.isEmpty { parts.append("empty axes") }
            if !axes.title.isEmpty { parts.append("title '\(axes.title)'") }
            if !axes.xlabel.isEmpty { parts.append("x label '\(axes.xlabel)'") }
            if !axes.ylabel.isEmpty { parts.append("y label '\(axes.ylabel)'") }
            out += "Figure: " + parts.joined(separator: ", ") + "\n"
        }
        return out
    }

    static func describe(_ image: AxesImage) -> String {
        switch image.pixels {
        case .scalar(let values):
            let (low, high) = range(values)
            return "image \(image.height)×\(image.width) grayscale ('\(image.colormap.name)' colour map), values \(number(low)) to \(number(high))"
        case .color(let values, let channels):
            let (low, high) = range(values)
            return "image \(image.height)×\(image.width) colour (\(channels == 4 ? "RGBA" : "RGB")), values \(number(low)) to \(number(high)) after scaling to 0–1"
        }
    }

    static func describe(_ lines: [LineSeries]) -> String {
        let xs = lines.flatMap(\.x).filter(\.isFinite), ys = lines.flatMap(\.y).filter(\.isFinite)
        let labels = lines.compactMap(\.label).filter { !$0.hasPrefix("_") }
        var text = "\(lines.count) line\(lines.count == 1 ? "" : "s")"
        if !labels.isEmpty { text += " (" + labels.map { "'\($0)'" }.joined(separator: ", ") + ")" }
        if let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() {
            text += ", x from \(number(x0)) to \(number(x1)), y from \(number(y0)) to \(number(y1))"
        }
        return text
    }

    private static func range(_ values: [Float]) -> (Double, Double) {
        let finite = values.lazy.filter(\.isFinite)
        return (Double(finite.min() ?? 0), Double(finite.max() ?? 0))
    }

    private static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(format: "%.4g", value)
    }
}
