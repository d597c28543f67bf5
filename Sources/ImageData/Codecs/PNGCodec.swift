import CPNG

/// PNG decoding and encoding through libpng's simplified API, keeping the file's own channels.
enum PNGCodec {
    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Decodes PNG bytes; `path` only names the source in errors.
    static func decode(_ data: [UInt8], path: String) throws -> Image {
        var png = png_image()
        png.version = UInt32(PNG_IMAGE_VERSION)
        let begun = data.withUnsafeBytes { png_image_begin_read_from_memory(&png, $0.baseAddress, $0.count) }
        guard begun != 0 else { throw ImageDataError.unreadableImage(path: path, reason: message(of: png)) }
        defer { png_image_free(&png) }
        let hasColor = png.format & UInt32(PNG_FORMAT_FLAG_COLOR) != 0
        let hasAlpha = png.format & UInt32(PNG_FORMAT_FLAG_ALPHA) != 0
        png.format = (hasColor ? UInt32(PNG_FORMAT_FLAG_COLOR) : 0) | (hasAlpha ? UInt32(PNG_FORMAT_FLAG_ALPHA) : 0)
        let channels = (hasColor ? 3 : 1) + (hasAlpha ? 1 : 0)
        let width = Int(png.width), height = Int(png.height)
        var pixels = [UInt8](repeating: 0, count: width * height * channels)
        let finished = data.withUnsafeBytes { _ in
            pixels.withUnsafeMutableBytes { png_image_finish_read(&png, nil, $0.baseAddress, 0, nil) }
        }
        guard finished != 0 else { throw ImageDataError.unreadableImage(path: path, reason: message(of: png)) }
        return Image(unchecked: pixels, width: width, height: height, channels: channels)
    }

    /// Encodes `image` as PNG bytes; `fast` trades file size for speed (data set generation).
    static func encode(_ image: Image, path: String, fast: Bool = false) throws -> [UInt8] {
        var png = png_image()
        png.version = UInt32(PNG_IMAGE_VERSION)
        png.width = UInt32(image.width)
        png.height = UInt32(image.height)
        png.format = formatFlags(channels: image.channels)
        if fast { png.flags = UInt32(PNG_IMAGE_FLAG_FAST) }
        var size = 0
        let sized = image.pixels.withUnsafeBytes {
            png_image_write_to_memory(&png, nil, &size, 0, $0.baseAddress, 0, nil)
        }
        guard sized != 0 else { throw ImageDataError.unwritableImage(path: path, reason: message(of: png)) }
        var output = [UInt8](repeating: 0, count: size)
        let written = image.pixels.withUnsafeBytes { input in
            output.withUnsafeMutableBytes { png_image_write_to_memory(&png, $0.baseAddress, &size, 0, input.baseAddress, 0, nil) }
        }
        guard written != 0 else { throw ImageDataError.unwritableImage(path: path, reason: message(of: png)) }
        return Array(output.prefix(size))
    }

    private static func formatFlags(channels: Int) -> UInt32 {
        let color = channels >= 3 ? UInt32(PNG_FORMAT_FLAG_COLOR) : 0
        let alpha = channels == 2 || channels == 4 ? UInt32(PNG_FORMAT_FLAG_ALPHA) : 0
        return color | alpha
    }

    private static func message(of png: png_image) -> String {
        let text = withUnsafeBytes(of: png.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return text.isEmpty ? "not a valid PNG file" : text
    }
}
