/// An 8-bit image: `height` rows of `width` pixels of `channels` interleaved samples (1 gray,
/// 2 gray+alpha, 3 RGB, 4 RGBA), stored row-major in one contiguous array.
///
///     let image = try Image(contentsOfFile: "cat.png")
///     let small = try image.resized(width: 150, height: 150, interpolation: .nearest)
public struct Image: Sendable, Equatable {
    /// Pixels per row.
    public let width: Int
    /// Number of rows.
    public let height: Int
    /// Samples per pixel: 1, 2, 3 or 4.
    public let channels: Int
    /// `height * width * channels` samples, row-major, channels interleaved.
    public var pixels: [UInt8]

    /// Wraps `pixels`; throws when the count does not match the dimensions.
    public init(width: Int, height: Int, channels: Int, pixels: [UInt8]) throws {
        guard width > 0, height > 0 else {
            throw ImageDataError.invalidArgument("an image needs a positive size, received \(width)x\(height)")
        }
        guard (1...4).contains(channels) else {
            throw ImageDataError.invalidArgument("an image has 1, 2, 3 or 4 channels, received \(channels)")
        }
        guard pixels.count == width * height * channels else {
            throw ImageDataError.invalidArgument(
                "a \(width)x\(height) image with \(channels) channels needs \(width * height * channels) samples, received \(pixels.count)")
        }
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = pixels
    }

    /// A blank image filled with `value` in every sample; throws for a non-positive size or a
    /// channel count outside 1...4.
    public init(width: Int, height: Int, channels: Int, filledWith value: UInt8 = 0) throws {
        guard width > 0, height > 0, width <= 1 << 15, height <= 1 << 15 else {
            throw ImageDataError.invalidArgument("an image needs a size in 1...32768, received \(width)x\(height)")
        }
        try self.init(
            width: width, height: height, channels: channels,
            pixels: [UInt8](repeating: value, count: width * height * max(1, min(4, channels))))
    }

    /// Builds an image from dimensions already validated by the caller (decoders, resizers).
    init(unchecked pixels: [UInt8], width: Int, height: Int, channels: Int) {
        precondition(pixels.count == width * height * channels, "pixel count does not match the size")
        self.width = width
        self.height = height
        self.channels = channels
        self.pixels = pixels
    }

    /// The Keras-style shape `(height, width, channels)`.
    public var shape: [Int] { [height, width, channels] }

    /// The sample at row `y`, column `x`, channel `c`; the caller keeps them in range.
    subscript(y: Int, x: Int, c: Int) -> UInt8 {
        get { pixels[(y * width + x) * channels + c] }
        set { pixels[(y * width + x) * channels + c] = newValue }
    }
}
