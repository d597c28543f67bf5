/// One positional argument of `plot(...)`: numbers or a string (a format string).
public enum PlotArgument: Equatable, Sendable {
    /// A 1-D array, list or scalar converted to numbers.
    case values([Double])
    /// A string: the format of the group it ends.
    case format(String)
}

extension Axes {
    /// `ax.plot(*args, label=, color=, …)` with matplotlib's grouping: `[x], y, [fmt]` repeated.
    ///
    ///     try axes.plot([.values(epochs), .values(acc), .format("r")], label: "acc")
    ///     try axes.plot([.values(losses)])   // x = 0, 1, 2, …
    ///
    /// A string left over after a complete group (`plot(x, y, 'r', 'Training accuracy')`, as some
    /// course notebooks write) labels the previous line instead of matplotlib's categorical y data.
    @discardableResult
    public func plot(
        _ arguments: [PlotArgument], label: String? = nil, color: String? = nil,
        lineStyle: String? = nil, marker: String? = nil, lineWidth: Double? = nil
    ) throws -> [LineSeries] {
        var rest = arguments[...]
        var added: [LineSeries] = []
        while !rest.isEmpty {
            var group = Array(rest.prefix(2))
            rest = rest.dropFirst(group.count)
            if case .format = rest.first {
                group.append(rest.removeFirst())
            }
            var format: String?
            if case .format(let text) = group.last {
                format = text
                group.removeLast()
            }
            var data: [[Double]] = []
            for argument in group {
                switch argument {
                case .values(let numbers): data.append(numbers)
                case .format(let text):
                    throw PlotError.type("plot() expects arrays of numbers before the format string, got '\(text)'")
                }
            }
            if data.isEmpty, let text = format {
                guard !added.isEmpty else {
                    throw PlotError.type("plot() got the string '\(text)' but no data to plot")
                }
                if label == nil { relabelLast(text, in: &added) }
                continue
            }
            let series = try plot(
                x: data.count == 2 ? data[0] : nil, y: data[data.count - 1], format: format, label: label,
                color: color, lineStyle: lineStyle, marker: marker, lineWidth: lineWidth)
            added.append(series)
        }
        return added
    }

    private func relabelLast(_ text: String, in added: inout [LineSeries]) {
        lines[lines.count - 1].label = text
        added[added.count - 1].label = text
    }
}
