/// Draws one `Axes` into a `RasterImage` inside its pixel box, in matplotlib's order: image,
/// grid, lines and markers, frame, ticks and labels, title, legend.
struct AxesRasterizer {
    let axes: Axes
    let box: PixelBox
    let metrics: RasterMetrics

    static let gridColor = PlotColor(hex: 0xb0b0b0)

    func draw(into image: inout RasterImage) {
        let limits = axes.viewLimits
        var plotBox = box
        if let picture = axes.images.last, !picture.fillsAxes {
            plotBox = box.fitted(ratio: abs(limits.bottom - limits.top) / abs(limits.right - limits.left))
        }
        let geometry = AxesGeometry(box: plotBox, limits: limits)
        if let picture = axes.images.last { drawImage(picture, geometry: geometry, into: &image) }
        let xTicks =
            !axes.axisVisible
            ? []
            : axes.xTicks.map { limits.visible(x: $0) }
                ?? chooseTicks(from: limits.left, to: limits.right, length: plotBox.width, spacing: 3)
        let yTicks =
            !axes.axisVisible
            ? []
            : axes.yTicks.map { limits.visible(y: $0) }
                ?? chooseTicks(from: limits.bottom, to: limits.top, length: plotBox.height, spacing: 2)
        if axes.gridVisible && axes.axisVisible { drawGrid(xTicks: xTicks, yTicks: yTicks, geometry: geometry, into: &image) }
        for series in axes.lines { LineRasterizer(series: series, geometry: geometry, metrics: metrics).draw(into: &image) }
        var titleTop = plotBox.top
        if axes.axisVisible {
            AxisDecorations(axes: axes, geometry: geometry, metrics: metrics).draw(xTicks: xTicks, yTicks: yTicks, into: &image)
        }
        titleTop -= metrics.pixels(points: 6) + Double(RasterImage.textHeight(scale: metrics.titleScale))
        if !axes.title.isEmpty {
            image.drawTextCentered(
                axes.title, centerX: Int((plotBox.left + plotBox.right) / 2), y: Int(titleTop.rounded()),
                scale: metrics.titleScale, color: .black)
        }
        LegendRasterizer(axes: axes, geometry: geometry, metrics: metrics).draw(into: &image)
    }

    /// Nice ticks inside the limits, as many as fit `length` pixels with labels `spacing` em apart.
    private func chooseTicks(from lower: Double, to upper: Double, length: Double, spacing: Double) -> [Double] {
        let em = Double(max(1, metrics.textHeight))
        var count = max(1, min(9, Int(max(0, length) / (em * spacing))))
        while true {
            let ticks = Ticks.locate(from: lower, to: upper, maxCount: count)
            if count == 1 || spacing < 3 { return ticks }
            let widest = Ticks.labels(for: ticks).map { RasterImage.textWidth($0, scale: metrics.textScale) }.max() ?? 0
            if Double(ticks.count * widest) + Double(ticks.count) * metrics.textScale * 6 <= length { return ticks }
            count -= 1
        }
    }

    private func drawImage(_ picture: AxesImage, geometry: AxesGeometry, into image: inout RasterImage) {
        let pixels = picture.rgbaPixels()
        let limits = geometry.limits
        let b = geometry.box
        let columns = clampedRange(Int(b.left.rounded()), Int(b.right.rounded()), limit: image.width)
        // Nearest neighbour: the source column of each target column, computed once.
        let sourceColumns = columns.map { x -> Int in
            let dataX = limits.left + (Double(x) + 0.5 - b.left) / b.width * (limits.right - limits.left)
            let column = (dataX + 0.5).rounded(.down)
            return column >= 0 && column < Double(picture.width) ? Int(column) : -1
        }
        for y in clampedRange(Int(b.top.rounded()), Int(b.bottom.rounded()), limit: image.height) {
            let dataY = limits.top + (Double(y) + 0.5 - b.top) / b.height * (limits.bottom - limits.top)
            let rowValue = (dataY + 0.5).rounded(.down)
            guard rowValue >= 0, rowValue < Double(picture.height) else { continue }
            let rowStart = Int(rowValue) * picture.width
            for (offset, column) in sourceColumns.enumerated() where column >= 0 {
                let source = (rowStart + column) * 4
                let alpha = Double(pixels[source + 3]) / 255
                guard alpha > 0 else { continue }
                image.blend(
                    at: (y * image.width + columns.lowerBound + offset) * 4, red: Double(pixels[source]),
                    green: Double(pixels[source + 1]), blue: Double(pixels[source + 2]), weight: alpha)
            }
        }
    }

    private func drawGrid(xTicks: [Double], yTicks: [Double], geometry: AxesGeometry, into image: inout RasterImage) {
        var mask = geometry.mask()
        let half = metrics.pixels(points: 0.8) / 2
        let b = geometry.box
        for tick in xTicks {
            let x = geometry.pixel(x: tick, y: 0).0
            mask.segment(from: (x, b.top), to: (x, b.bottom), halfWidth: half)
        }
        for tick in yTicks {
            let y = geometry.pixel(x: 0, y: tick).1
            mask.segment(from: (b.left, y), to: (b.right, y), halfWidth: half)
        }
        image.composite(mask, color: Self.gridColor)
    }
}

/// The mapping from data coordinates to pixels inside an axes box.
struct AxesGeometry {
    let box: PixelBox
    let limits: ViewLimits

    /// The pixel position of data point (`x`, `y`).
    func pixel(x: Double, y: Double) -> (Double, Double) {
        (box.left + limits.fractionX(x) * box.width, box.top + limits.fractionDown(y) * box.height)
    }

    /// An empty coverage mask covering exactly the axes box (so strokes are clipped to it).
    func mask() -> CoverageMask {
        let left = Int(box.left.rounded(.down))
        let top = Int(box.top.rounded(.down))
        return CoverageMask(
            left: left, top: top, width: Int(box.right.rounded(.up)) - left, height: Int(box.bottom.rounded(.up)) - top)
    }
}
