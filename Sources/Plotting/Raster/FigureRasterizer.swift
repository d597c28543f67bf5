/// Pixel geometry shared by the raster drawing code: points to pixels, font scale.
struct RasterMetrics {
    let dpi: Double

    /// Pixels for a length in points (1/72 inch).
    func pixels(points: Double) -> Double { points * dpi / 72 }

    /// Image pixels per font pixel for 10 pt text (tick labels, axis labels, legend): 1.4 at
    /// 100 dpi, so digits are about 10 px tall as in matplotlib's default font.
    var textScale: Double { dpi / 100 * 1.4 }

    /// Image pixels per font pixel for 12 pt titles.
    var titleScale: Double { dpi / 100 * 1.7 }

    /// Pixel height of one line of 10 pt text.
    var textHeight: Int { RasterImage.textHeight(scale: textScale) }
}

extension Figure {
    /// The figure drawn as `savefig` would: white background, each axes with frame, ticks,
    /// tick labels, labels, title, lines (anti-aliased), images (nearest neighbour) and legend.
    /// (6.4, 4.8) inches at 100 dpi gives 640×480 pixels; 2^16 pixels or more on a side throws.
    ///
    ///     let picture = try Figure(widthInches: 4, heightInches: 3).rasterize()   // 400×300
    public func rasterize(dpi: Double? = nil) throws -> RasterImage {
        let resolution = dpi.flatMap { $0.isFinite && $0 > 0 ? $0 : nil } ?? self.dpi
        let metrics = RasterMetrics(dpi: resolution)
        let exactWidth = (widthInches * resolution).rounded()
        let exactHeight = (heightInches * resolution).rounded()
        guard exactWidth < 65536, exactHeight < 65536 else {
            throw PlotError.value(
                "Image size of \(Int(min(exactWidth, 1e12)))x\(Int(min(exactHeight, 1e12))) pixels is too "
                    + "large. It must be less than 2^16 in each direction.")
        }
        let width = max(1, Int(exactWidth))
        let height = max(1, Int(exactHeight))
        var image = RasterImage(width: width, height: height)
        if !suptitle.isEmpty {
            image.drawTextCentered(
                suptitle, centerX: width / 2, y: Int(Double(height) * 0.02), scale: metrics.titleScale,
                color: .black)
        }
        for axes in self.axes {
            let box = Self.subplotBox(axes.spec, width: Double(width), height: Double(height))
            AxesRasterizer(axes: axes, box: box, metrics: metrics).draw(into: &image)
        }
        return image
    }

    /// The axes rectangle in pixels (left, top, right, bottom) for matplotlib's default subplot
    /// parameters: left 0.125, right 0.9, bottom 0.11, top 0.88, wspace = hspace = 0.2.
    static func subplotBox(_ spec: SubplotSpec, width: Double, height: Double) -> PixelBox {
        let (left, right, bottom, top, space) = (0.125, 0.9, 0.11, 0.88, 0.2)
        let cellWidth = (right - left) * width / (Double(spec.ncols) + space * Double(spec.ncols - 1))
        let cellHeight = (top - bottom) * height / (Double(spec.nrows) + space * Double(spec.nrows - 1))
        let x0 = left * width + Double(spec.columns.lowerBound) * cellWidth * (1 + space)
        let x1 = left * width + Double(spec.columns.upperBound) * cellWidth * (1 + space) + cellWidth
        let y0 = (1 - top) * height + Double(spec.rows.lowerBound) * cellHeight * (1 + space)
        let y1 = (1 - top) * height + Double(spec.rows.upperBound) * cellHeight * (1 + space) + cellHeight
        return PixelBox(left: x0, top: y0, right: x1, bottom: y1)
    }
}

/// A rectangle in pixel coordinates (y grows downwards).
struct PixelBox: Equatable {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    var width: Double { right - left }
    var height: Double { bottom - top }

    /// The largest box of aspect `height / width` == `ratio` centred in this one.
    func fitted(ratio: Double) -> PixelBox {
        guard ratio.isFinite, ratio > 0 else { return self }
        if height / width > ratio {
            let newHeight = width * ratio
            let middle = (top + bottom) / 2
            return PixelBox(left: left, top: middle - newHeight / 2, right: right, bottom: middle + newHeight / 2)
        }
        let newWidth = height / ratio
        let middle = (left + right) / 2
        return PixelBox(left: middle - newWidth / 2, top: top, right: middle + newWidth / 2, bottom: bottom)
    }
}
