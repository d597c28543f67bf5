/// Resampling filters for `Image.resized`, spelled as Keras' `interpolation` argument.
public enum Interpolation: String, Sendable, CaseIterable {
    /// Pillow's NEAREST: the source pixel whose area holds the output pixel's centre.
    case nearest
    /// Pillow's BILINEAR: a triangle filter, widened when shrinking so no pixel is skipped.
    case bilinear

    /// Parses Keras' spelling; throws a message listing the supported methods otherwise.
    public init(keras name: String) throws {
        guard let method = Interpolation(rawValue: name) else {
            let supported = Interpolation.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            throw ImageDataError.invalidArgument(
                "Invalid interpolation method \"\(name)\" specified. Supported interpolation methods are \(supported)")
        }
        self = method
    }
}

extension Image {
    /// The image scaled to `width`×`height` with `interpolation` (Pillow's pixel-centre geometry).
    ///
    ///     let thumb = try image.resized(width: 150, height: 150, interpolation: .bilinear)
    public func resized(width newWidth: Int, height newHeight: Int, interpolation: Interpolation = .nearest) throws -> Image {
        guard newWidth > 0, newHeight > 0, newWidth <= 1 << 15, newHeight <= 1 << 15 else {
            throw ImageDataError.invalidArgument("resize needs a target size in 1...32768, received \(newWidth)x\(newHeight)")
        }
        if newWidth == width && newHeight == height { return self }
        switch interpolation {
        case .nearest: return resizedNearest(width: newWidth, height: newHeight)
        case .bilinear:
            let horizontal = resampledRows(toWidth: newWidth)
            return horizontal.resampledColumns(toHeight: newHeight)
        }
    }

    private func resizedNearest(width newWidth: Int, height newHeight: Int) -> Image {
        let channels = self.channels, width = self.width
        let sourceColumns = (0..<newWidth).map { min(width - 1, Int((Double($0) + 0.5) * Double(width) / Double(newWidth))) }
        let output = [UInt8](unsafeUninitializedCapacity: newWidth * newHeight * channels) { out, initialized in
            pixels.withUnsafeBufferPointer { input in
                for y in 0..<newHeight {
                    let sourceRow = min(height - 1, Int((Double(y) + 0.5) * Double(height) / Double(newHeight)))
                    let inputRow = sourceRow &* width &* channels
                    let outputRow = y &* newWidth &* channels
                    for x in 0..<newWidth {
                        let i = inputRow &+ sourceColumns[x] &* channels, o = outputRow &+ x &* channels
                        for c in 0..<channels { out[o &+ c] = input[i &+ c] }
                    }
                }
            }
            initialized = newWidth * newHeight * channels
        }
        return Image(unchecked: output, width: newWidth, height: newHeight, channels: channels)
    }

    private func resampledRows(toWidth newWidth: Int) -> Image {
        if newWidth == width { return self }
        let taps = ResampleTaps(source: width, target: newWidth)
        let channels = self.channels, width = self.width
        let output = [UInt8](unsafeUninitializedCapacity: newWidth * height * channels) { out, initialized in
            pixels.withUnsafeBufferPointer { input in
                for y in 0..<height {
                    let inputRow = y &* width &* channels, outputRow = y &* newWidth &* channels
                    for x in 0..<newWidth {
                        for c in 0..<channels {
                            var sum: Float = 0
                            for k in 0..<taps.count[x] {
                                sum += taps.weights[x &* taps.stride &+ k] * Float(input[inputRow &+ (taps.first[x] &+ k) &* channels &+ c])
                            }
                            out[outputRow &+ x &* channels &+ c] = UInt8(max(0, min(255, sum.rounded())))
                        }
                    }
                }
            }
            initialized = newWidth * height * channels
        }
        return Image(unchecked: output, width: newWidth, height: height, channels: channels)
    }

    private func resampledColumns(toHeight newHeight: Int) -> Image {
        if newHeight == height { return self }
        let taps = ResampleTaps(source: height, target: newHeight)
        let rowLength = width * channels
        let output = [UInt8](unsafeUninitializedCapacity: rowLength * newHeight) { out, initialized in
            pixels.withUnsafeBufferPointer { input in
                for y in 0..<newHeight {
                    for i in 0..<rowLength {
                        var sum: Float = 0
                        for k in 0..<taps.count[y] {
                            sum += taps.weights[y &* taps.stride &+ k] * Float(input[(taps.first[y] &+ k) &* rowLength &+ i])
                        }
                        out[y &* rowLength &+ i] = UInt8(max(0, min(255, sum.rounded())))
                    }
                }
            }
            initialized = rowLength * newHeight
        }
        return Image(unchecked: output, width: width, height: newHeight, channels: channels)
    }
}

/// Normalised triangle-filter weights for one axis, as Pillow's resample computes them.
struct ResampleTaps {
    var first: [Int] = []
    var count: [Int] = []
    var weights: [Float] = []
    let stride: Int

    init(source: Int, target: Int) {
        let scale = Double(source) / Double(target)
        let filterScale = max(scale, 1)
        let support = filterScale
        stride = Int(support.rounded(.up)) * 2 + 1
        weights = [Float](repeating: 0, count: stride * target)
        for x in 0..<target {
            let center = (Double(x) + 0.5) * scale
            let lower = max(0, Int(center - support + 0.5))
            let upper = min(source, Int(center + support + 0.5))
            var taps = [Double]()
            for s in lower..<upper {
                let distance = abs((Double(s) - center + 0.5) / filterScale)
                taps.append(max(0, 1 - distance))
            }
            let total = taps.reduce(0, +)
            first.append(lower)
            count.append(min(taps.count, stride))
            for (k, weight) in taps.prefix(stride).enumerated() {
                weights[x * stride + k] = Float(total > 0 ? weight / total : 0)
            }
        }
    }
}
