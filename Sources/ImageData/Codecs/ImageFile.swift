import Foundation

/// The on-disk formats `ImageData` reads and writes.
public enum ImageFormat: String, Sendable, CaseIterable {
    /// Portable Network Graphics (lossless).
    case png
    /// JPEG (lossy; gray or RGB).
    case jpeg

    /// The format a file name's extension asks for (`.png`, `.jpg`, `.jpeg`), or nil.
    public init?(pathExtension path: String) {
        switch path.split(separator: ".").last?.lowercased() {
        case "png": self = .png
        case "jpg", "jpeg": self = .jpeg
        default: return nil
        }
    }
}

extension Image {
    /// Decodes the PNG or JPEG file at `path`, recognised by its first bytes, not its name.
    ///
    ///     let image = try Image(contentsOfFile: "datasets/rps/train/rock/rock_0001.png")
    public init(contentsOfFile path: String) throws {
        try self.init(encoded: try readFileBytes(path), path: path)
    }

    /// Decodes PNG or JPEG bytes; `path` names the source in errors.
    public init(encoded bytes: [UInt8], path: String = "<memory>") throws {
        if bytes.starts(with: PNGCodec.signature) {
            self = try PNGCodec.decode(bytes, path: path)
        } else if bytes.starts(with: JPEGCodec.signature) {
            self = try JPEGCodec.decode(bytes, path: path)
        } else {
            let reason = bytes.isEmpty ? "the file is empty" : "not a PNG or JPEG file (these are the formats supported)"
            throw ImageDataError.unreadableImage(path: path, reason: reason)
        }
    }

    /// Encodes the image as `format` bytes; JPEG drops alpha and uses `quality` (1...100).
    public func encoded(as format: ImageFormat, quality: Int = 90, fast: Bool = false) throws -> [UInt8] {
        switch format {
        case .png: try PNGCodec.encode(self, path: "<memory>", fast: fast)
        case .jpeg: try JPEGCodec.encode(self, path: "<memory>", quality: quality)
        }
    }

    /// Writes the image to `path` in the format its extension names (`.png`, `.jpg`, `.jpeg`).
    ///
    ///     try image.write(toFile: "/tmp/sample.png")
    public func write(toFile path: String, format: ImageFormat? = nil, quality: Int = 90, fast: Bool = false) throws {
        guard let chosen = format ?? ImageFormat(pathExtension: path) else {
            throw ImageDataError.unwritableImage(path: path, reason: "unknown file extension; use .png, .jpg or .jpeg")
        }
        let bytes: [UInt8]
        switch chosen {
        case .png: bytes = try PNGCodec.encode(self, path: path, fast: fast)
        case .jpeg: bytes = try JPEGCodec.encode(self, path: path, quality: quality)
        }
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw ImageDataError.unwritableImage(path: path, reason: "the file could not be created (does the folder exist?)")
        }
    }
}

/// The bytes of the file at `path`, read with one `read` loop (cheaper than Foundation's Data for
/// thousands of small images); errors name the file.
func readFileBytes(_ path: String) throws -> [UInt8] {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
        let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno))
        throw ImageDataError.unreadableImage(path: path, reason: reason)
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
        throw ImageDataError.unreadableImage(path: path, reason: String(cString: strerror(errno)))
    }
    guard status.st_mode & S_IFMT != S_IFDIR else { throw ImageDataError.unreadableImage(path: path, reason: "it is a directory") }
    let size = Int(status.st_size)
    var bytes = [UInt8](repeating: 0, count: size)
    var filled = 0
    while filled < size {
        let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, size - filled) }
        guard count > 0 else {
            if count < 0 && errno == EINTR { continue }
            throw ImageDataError.unreadableImage(path: path, reason: count == 0 ? "file shrank while reading" : String(cString: strerror(errno)))
        }
        filled += count
    }
    return bytes
}
