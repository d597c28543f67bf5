/// Renders a `Figure` for the terminal: its axes laid out on their subplot grid across
/// `options.width` columns, each with its title above, images as half-blocks and lines as braille.
///
///     let text = TerminalRenderer(options: TerminalOptions(width: 80, colorMode: .trueColor)).render(figure)
///     print(text)
public struct TerminalRenderer {
    /// Width, height and colour mode.
    public let options: TerminalOptions

    /// A renderer with `options`.
    public init(options: TerminalOptions) {
        self.options = options
    }

    /// Rows a figure gets: `options.height`, else the figure's aspect ratio at two rows per
    /// character width (cells are about twice as tall as wide), between 6 and 3×width/2.
    public func rows(for figure: Figure) -> Int {
        if let height = options.height { return height }
        let ratio = figure.heightInches / figure.widthInches
        let wanted = min(Double(options.width * 3 / 2), (Double(options.width) * ratio * 0.5).rounded())
        return max(6, Int(wanted))
    }

    /// The figure as text: ANSI colours per `options.colorMode`, rows joined by newlines.
    /// A figure without axes renders as an empty string; with `describesImages`, a figure is told in words.
    public func render(_ figure: Figure) -> String {
        guard !figure.axes.isEmpty else { return "" }
        if options.describesImages { return String(FigureDescription.describe(figure).dropLast()) }
        let ascii = options.colorMode == .plainASCII
        let width = options.width
        let top = figure.suptitle.isEmpty ? 0 : 1
        let height = rows(for: figure) + top
        var canvas = TerminalCanvas(width: width, height: height)
        if top > 0 { canvas.writeCentered(figure.suptitle, column: 0, span: width, row: 0, ascii: ascii) }
        for axes in figure.axes {
            let spec = axes.spec
            // Equal cells with a one-character gap between neighbours, so grids line up.
            let cellWidth = max(1, (width - (spec.ncols - 1)) / spec.ncols)
            let cellHeight = max(1, (height - top - (spec.nrows - 1)) / spec.nrows)
            let x0 = spec.columns.lowerBound * (cellWidth + 1)
            let y0 = top + spec.rows.lowerBound * (cellHeight + 1)
            let panelWidth = spec.columns.count * (cellWidth + 1) - 1
            let panelHeight = spec.rows.count * (cellHeight + 1) - 1
            let panel = renderAxes(axes, width: panelWidth, height: panelHeight, ascii: ascii)
            canvas.paste(panel, column: x0, row: y0)
        }
        return canvas.rendered(mode: options.colorMode)
    }

    func renderAxes(_ axes: Axes, width: Int, height: Int, ascii: Bool) -> TerminalCanvas {
        var panel = TerminalCanvas(width: width, height: height)
        guard width > 0, height > 0 else { return panel }
        let titleRows = axes.title.isEmpty || height < 3 ? 0 : 1
        if titleRows > 0 { panel.writeCentered(axes.title, column: 0, span: width, row: 0, ascii: ascii) }
        let body = height - titleRows
        if let image = axes.images.last, axes.lines.isEmpty {
            let labelRows = axes.xlabel.isEmpty || body < 3 ? 0 : 1
            let picture = TerminalImage(image: image, ascii: ascii).render(width: width, height: body - labelRows)
            panel.paste(picture, column: 0, row: titleRows)
            if labelRows > 0 {
                let used = (TerminalImage(image: image, ascii: ascii).fittedSize(width: width, height: body - 1).1 + 1) / 2
                panel.writeCentered(axes.xlabel, column: 0, span: width, row: titleRows + used, ascii: ascii)
            }
        } else if !axes.lines.isEmpty || axes.axisVisible {
            let plot = TerminalLinePlot(axes: axes, ascii: ascii).render(width: width, height: body)
            panel.paste(plot, column: 0, row: titleRows)
        }
        return panel
    }
}

extension Figure {
    /// `show()` for this figure alone: see `TerminalRenderer`.
    public func renderForTerminal(options: TerminalOptions = TerminalOptions()) -> String {
        TerminalRenderer(options: options).render(self)
    }
}
