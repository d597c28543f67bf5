import CPNG
import Plotting

/// Writes and reads PNGs through libpng's simplified API, so tests can check `RasterImage`
/// bytes survive the encoder the binding will use (and leave files to look at).
public enum PNGTestSupport {
    /// A libpng failure, with its message.
    public struct Failure: Error, CustomStringConvertible {
        /// libpng's message.
        public let description: String
    }

    /// Writes `picture` as a PNG file.
    public static func write(_ picture: RasterImage, to path: String) throws {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        image.width = UInt32(picture.width)
        image.height = UInt32(picture.height)
        image.format = UInt32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)
        let status = picture.rgba.withUnsafeBytes { png_image_write_to_file(&image, path, 0, $0.baseAddress, 0, nil) }
        guard status != 0 else { throw Failure(description: "png write failed: \(message(image))") }
    }

    /// Reads a PNG file as RGBA.
    public static func read(_ path: String) throws -> RasterImage {
        var image = png_image()
        image.version = UInt32(PNG_IMAGE_VERSION)
        guard png_image_begin_read_from_file(&image, path) != 0 else {
            throw Failure(description: "png open failed: \(message(image))")
        }
        image.format = UInt32(PNG_FORMAT_FLAG_COLOR | PNG_FORMAT_FLAG_ALPHA)
        var bytes = [UInt8](repeating: 0, count: Int(cpng_image_size(&image)))
        let status = bytes.withUnsafeMutableBytes { png_image_finish_read(&image, nil, $0.baseAddress, 0, nil) }
        guard status != 0 else { throw Failure(description: "png read failed: \(message(image))") }
        guard let picture = RasterImage(width: Int(image.width), height: Int(image.height), rgba: bytes) else {
            throw Failure(description: "png read returned \(bytes.count) bytes for \(image.width)×\(image.height)")
        }
        return picture
    }

    private static func message(_ image: png_image) -> String {
        withUnsafeBytes(of: image.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
