/// The legend box: a white, grey-edged box listing each labelled line with a short sample of its
/// stroke and marker, placed at `legend(loc=)`; "best" takes the corner (upper right first) that
/// hides the fewest data points.
struct LegendRasterizer {
    let axes: Axes
    let geometry: AxesGeometry
    let metrics: RasterMetrics

    func draw(into image: inout RasterImage) {
        let entries = axes.legendEntries
        guard !entries.isEmpty else { return }
        let scale = metrics.textScale
        let em = Double(metrics.textHeight)
        let handle = 2 * em
        let padding = 0.4 * em
        let rowHeight = em * 1.5
        let textWidth = Double(entries.map { RasterImage.textWidth($0.label ?? "", scale: scale) }.max() ?? 0)
        let width = padding * 2 + handle + 0.8 * em + textWidth
        let height = padding * 2 + rowHeight * Double(entries.count) - 0.5 * em
        let box = chooseCorner(width: width, height: height, inset: 0.5 * em)
        image.fill(
            x0: Int(box.left), y0: Int(box.top), x1: Int(box.right), y1: Int(box.bottom),
            color: PlotColor(red: 1, green: 1, blue: 1, alpha: 0.8))
        var frame = CoverageMask(left: 0, top: 0, width: image.width, height: image.height)
        let corners = [(box.left, box.top), (box.right, box.top), (box.right, box.bottom), (box.left, box.bottom)]
        for (a, b) in zip(corners, corners.dropFirst() + [corners[0]]) { frame.segment(from: a, to: b, halfWidth: 0.4) }
        image.composite(frame, color: PlotColor(hex: 0xcccccc))
        for (row, entry) in entries.enumerated() {
            let middle = box.top + padding + em / 2 + Double(row) * rowHeight
            let start = box.left + padding
            var sample = CoverageMask(left: 0, top: 0, width: image.width, height: image.height)
            if entry.lineStyle != .none {
                sample.segment(
                    from: (start, middle), to: (start + handle, middle),
                    halfWidth: metrics.pixels(points: entry.lineWidth) / 2)
            }
            if let marker = entry.marker {
                MarkerShape.stamp(marker, at: (start + handle / 2, middle), size: metrics.pixels(points: entry.markerSize), into: &sample)
            }
            image.composite(sample, color: entry.color)
            image.drawText(entry.label ?? "", x: Int(start + handle + 0.8 * em), y: Int(middle - em / 2), scale: scale, color: .black)
        }
    }

    private func chooseCorner(width: Double, height: Double, inset: Double) -> PixelBox {
        let b = geometry.box
        if let (horizontal, vertical) = axes.legendLocation.anchor {
            let left = [b.left + inset, (b.left + b.right - width) / 2, b.right - inset - width][horizontal + 1]
            let top = [b.top + inset, (b.top + b.bottom - height) / 2, b.bottom - inset - height][vertical + 1]
            return PixelBox(left: left, top: top, right: left + width, bottom: top + height)
        }
        let candidates = [
            PixelBox(left: b.right - inset - width, top: b.top + inset, right: b.right - inset, bottom: b.top + inset + height),
            PixelBox(left: b.left + inset, top: b.top + inset, right: b.left + inset + width, bottom: b.top + inset + height),
            PixelBox(left: b.left + inset, top: b.bottom - inset - height, right: b.left + inset + width, bottom: b.bottom - inset),
            PixelBox(left: b.right - inset - width, top: b.bottom - inset - height, right: b.right - inset, bottom: b.bottom - inset),
        ]
        let points = axes.lines.flatMap { series in zip(series.x, series.y).map { geometry.pixel(x: $0.0, y: $0.1) } }
        func hidden(_ box: PixelBox) -> Int {
            points.filter { $0.0 >= box.left && $0.0 <= box.right && $0.1 >= box.top && $0.1 <= box.bottom }.count
        }
        return candidates.min { hidden($0) < hidden($1) } ?? candidates[0]
    }
}
