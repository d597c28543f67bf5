/// The frame (spines), outward ticks, tick labels and axis labels of one axes, placed with
/// matplotlib's default sizes: 0.8 pt spines, 3.5 pt ticks and padding, 4 pt label padding.
struct AxisDecorations {
    let axes: Axes
    let geometry: AxesGeometry
    let metrics: RasterMetrics

    func draw(xTicks: [Double], yTicks: [Double], into image: inout RasterImage) {
        let b = geometry.box
        let line = max(1, Int(metrics.pixels(points: 0.8).rounded()))
        let tickLength = Int(metrics.pixels(points: 3.5).rounded())
        let pad = Int(metrics.pixels(points: 3.5).rounded())
        let (left, top, right, bottom) = (Int(b.left.rounded()), Int(b.top.rounded()), Int(b.right.rounded()), Int(b.bottom.rounded()))
        let half = line / 2
        image.fill(x0: left - half, y0: top - half, x1: right - half + line, y1: top - half + line, color: .black)
        image.fill(x0: left - half, y0: bottom - half, x1: right - half + line, y1: bottom - half + line, color: .black)
        image.fill(x0: left - half, y0: top - half, x1: left - half + line, y1: bottom - half + line, color: .black)
        image.fill(x0: right - half, y0: top - half, x1: right - half + line, y1: bottom - half + line, color: .black)

        // Small subplots (a 3×4 grid at 100 dpi) get smaller tick labels so neighbours don't collide.
        let scale = b.width < 160 || b.height < 120 ? metrics.textScale * 0.75 : metrics.textScale
        let textHeight = RasterImage.textHeight(scale: scale)
        let labelTop = bottom + tickLength + pad
        for (tick, label) in zip(xTicks, Ticks.labels(for: xTicks)) {
            let x = Int(geometry.pixel(x: tick, y: 0).0.rounded())
            image.fill(x0: x - half, y0: bottom, x1: x - half + line, y1: bottom + tickLength, color: .black)
            image.drawTextCentered(label, centerX: x, y: labelTop, scale: scale, color: .black)
        }
        var widest = 0
        for (tick, label) in zip(yTicks, Ticks.labels(for: yTicks)) {
            let y = Int(geometry.pixel(x: 0, y: tick).1.rounded())
            image.fill(x0: left - tickLength, y0: y - half, x1: left, y1: y - half + line, color: .black)
            let width = RasterImage.textWidth(label, scale: scale)
            widest = max(widest, width)
            image.drawText(label, x: left - tickLength - pad - width, y: y - textHeight / 2, scale: scale, color: .black)
        }
        let labelPad = Int(metrics.pixels(points: 4).rounded())
        if !axes.xlabel.isEmpty {
            image.drawTextCentered(
                axes.xlabel, centerX: (left + right) / 2,
                y: labelTop + (xTicks.isEmpty ? 0 : textHeight) + labelPad, scale: scale, color: .black)
        }
        if !axes.ylabel.isEmpty {
            let length = RasterImage.textWidth(axes.ylabel, scale: scale)
            let x = max(1, left - tickLength - pad - widest - labelPad - textHeight)
            image.drawText(axes.ylabel, x: x, y: (top + bottom) / 2 - length / 2, scale: scale, color: .black, vertical: true)
        }
    }
}
