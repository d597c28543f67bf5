import CJPEG

/// JPEG decoding and encoding through the `CJPEG` shim, whose setjmp handler turns libjpeg's
/// fatal errors into thrown errors instead of exit().
enum JPEGCodec {
    static let signature: [UInt8] = [0xFF, 0xD8, 0xFF]

    /// Decodes JPEG bytes to gray or RGB; `path` only names the source in errors.
    static func decode(_ data: [UInt8], path: String) throws -> Image {
        var decoded = cjpeg_image()
        var error = [CChar](repeating: 0, count: 256)
        let status = data.withUnsafeBufferPointer { cjpeg_decode($0.baseAddress, $0.count, &decoded, &error, error.count) }
        guard status == 0, let base = decoded.pixels else {
            throw ImageDataError.unreadableImage(path: path, reason: text(error))
        }
        defer { cjpeg_free(base) }
        let count = Int(decoded.width) * Int(decoded.height) * Int(decoded.channels)
        let pixels = Array(UnsafeBufferPointer(start: base, count: count))
        return Image(unchecked: pixels, width: Int(decoded.width), height: Int(decoded.height), channels: Int(decoded.channels))
    }

    /// Encodes a gray or RGB image (alpha is dropped, as Pillow requires) at `quality` 1...100.
    static func encode(_ image: Image, path: String, quality: Int = 90) throws -> [UInt8] {
        let source = image.channels == 1 || image.channels == 3 ? image : image.converted(toChannels: image.channels == 2 ? 1 : 3)
        var output: UnsafeMutablePointer<UInt8>?
        var size = 0
        var error = [CChar](repeating: 0, count: 256)
        let status = source.pixels.withUnsafeBufferPointer {
            cjpeg_encode(
                $0.baseAddress, Int32(source.width), Int32(source.height), Int32(source.channels),
                Int32(max(1, min(100, quality))), &output, &size, &error, error.count)
        }
        guard status == 0, let bytes = output else { throw ImageDataError.unwritableImage(path: path, reason: text(error)) }
        defer { cjpeg_free(bytes) }
        return Array(UnsafeBufferPointer(start: bytes, count: size))
    }

    private static func text(_ error: [CChar]) -> String {
        let message = String(decoding: error.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return message.isEmpty ? "not a valid JPEG file" : message
    }
}
