/// Draws an `AxesImage` into terminal cells: each cell shows two pixels stacked, as `▀` with the
/// upper pixel in the foreground colour and the lower in the background; in ASCII, one density
/// character (` .:-=+*#%@`, brighter is denser) per pair of pixels.
struct TerminalImage {
    let image: AxesImage
    let ascii: Bool

    static let densityRamp: [Character] = Array(" .:-=+*#%@")

    /// The image scaled (area-averaged, or nearest-neighbour when enlarging) to fit `width` × `height`
    /// cells, keeping square pixels unless `aspect='auto'`; centred horizontally.
    func render(width: Int, height: Int) -> TerminalCanvas {
        var panel = TerminalCanvas(width: width, height: height)
        guard width > 0, height > 0 else { return panel }
        let (outWidth, outHeight) = fittedSize(width: width, height: height)
        let pixels = Self.resample(image.rgbaPixels(), width: image.width, height: image.height, to: outWidth, outHeight)
        let left = (width - outWidth) / 2
        for row in 0..<((outHeight + 1) / 2) {
            for column in 0..<outWidth {
                let upper = pixels[(row * 2) * outWidth + column]
                let lower = row * 2 + 1 < outHeight ? pixels[(row * 2 + 1) * outWidth + column] : nil
                panel[left + column, row] = ascii ? asciiCell(upper, lower) : blockCell(upper, lower)
            }
        }
        return panel
    }

    func fittedSize(width: Int, height: Int) -> (Int, Int) {
        let maxHeight = height * 2
        if image.fillsAxes { return (width, maxHeight) }
        let scale = min(Double(width) / Double(image.width), Double(maxHeight) / Double(image.height))
        return (
            max(1, min(width, Int((Double(image.width) * scale).rounded()))),
            max(1, min(maxHeight, Int((Double(image.height) * scale).rounded())))
        )
    }

    private func blockCell(_ upper: CellColor?, _ lower: CellColor?) -> TerminalCanvas.Cell {
        switch (upper, lower) {
        case (nil, nil): return .init()
        case (let top?, nil): return .init(character: "▀", foreground: top)
        case (nil, let bottom?): return .init(character: "▄", foreground: bottom)
        case (let top?, let bottom?): return .init(character: "▀", foreground: top, background: bottom)
        }
    }

    private func asciiCell(_ upper: CellColor?, _ lower: CellColor?) -> TerminalCanvas.Cell {
        let levels = [upper, lower].compactMap { $0 }.map(Self.luminance)
        guard !levels.isEmpty else { return .init() }
        let mean = levels.reduce(0, +) / Double(levels.count)
        let index = min(Self.densityRamp.count - 1, Int(mean * Double(Self.densityRamp.count)))
        return .init(character: Self.densityRamp[index])
    }

    static func luminance(_ color: CellColor) -> Double {
        (0.299 * Double(color.red) + 0.587 * Double(color.green) + 0.114 * Double(color.blue)) / 255
    }

    /// Resamples RGBA pixels to `outWidth` × `outHeight` colours, compositing over white;
    /// fully transparent results are `nil` (left blank).
    static func resample(_ rgba: [UInt8], width: Int, height: Int, to outWidth: Int, _ outHeight: Int) -> [CellColor?] {
        var out = [CellColor?](repeating: nil, count: outWidth * outHeight)
        for oy in 0..<outHeight {
            let y0 = oy * height / outHeight
            let y1 = max(y0 + 1, (oy + 1) * height / outHeight)
            for ox in 0..<outWidth {
                let x0 = ox * width / outWidth
                let x1 = max(x0 + 1, (ox + 1) * width / outWidth)
                var sum = (0.0, 0.0, 0.0, 0.0)
                for y in y0..<y1 {
                    for x in x0..<x1 {
                        let i = (y * width + x) * 4
                        let alpha = Double(rgba[i + 3]) / 255
                        sum.0 += Double(rgba[i]) * alpha + 255 * (1 - alpha)
                        sum.1 += Double(rgba[i + 1]) * alpha + 255 * (1 - alpha)
                        sum.2 += Double(rgba[i + 2]) * alpha + 255 * (1 - alpha)
                        sum.3 += alpha
                    }
                }
                let count = Double((y1 - y0) * (x1 - x0))
                guard sum.3 > 0 else { continue }
                out[oy * outWidth + ox] = CellColor(
                    red: UInt8((sum.0 / count).rounded()), green: UInt8((sum.1 / count).rounded()),
                    blue: UInt8((sum.2 / count).rounded()))
            }
        }
        return out
    }
}
