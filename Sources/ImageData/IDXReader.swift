import CZlib

/// An error reading an IDX file (the format of MNIST and Fashion-MNIST).
public struct IDXError: Error, CustomStringConvertible, Equatable {
    /// What went wrong, what was expected, and how to fix it.
    public let description: String
}

/// The decoded contents of an IDX file: its shape and its raw unsigned bytes, row-major.
public struct IDXArray: Sendable {
    /// The dimensions from the header, e.g. `[60000, 28, 28]`.
    public let shape: [Int]
    /// `shape.reduce(1, *)` unsigned bytes in row-major order.
    public let bytes: [UInt8]
}

/// Reads IDX files, gzip-compressed or not (zlib reads both transparently).
///
///     let images = try IDXReader.read(path: "/usr/share/datasets/fashion-mnist/t10k-images-idx3-ubyte.gz")
///     images.shape  // [10000, 28, 28]
public enum IDXReader {
    /// The IDX type code for unsigned bytes, the only element type Fashion-MNIST uses.
    static let unsignedByteType: UInt8 = 0x08

    /// Reads and decodes the IDX file at `path`; `missingFileAdvice` is appended when it does not exist.
    public static func read(path: String, missingFileAdvice: String = "") throws -> IDXArray {
        let data = try gunzip(path: path, missingFileAdvice: missingFileAdvice)
        return try decode(data, path: path)
    }

    /// Decodes IDX bytes already in memory; `path` only names the source in errors.
    public static func decode(_ data: [UInt8], path: String = "<memory>") throws -> IDXArray {
        guard data.count >= 4, data[0] == 0, data[1] == 0 else {
            throw IDXError(
                description:
                    "\(path) is not an IDX file: expected the magic bytes 00 00, received \(data.prefix(2).map { String($0) }.joined(separator: " ")). Check that the file is a (gzipped) IDX file such as train-images-idx3-ubyte.gz."
            )
        }
        guard data[2] == unsignedByteType else {
            throw IDXError(
                description: "\(path): expected IDX element type 0x08 (unsigned byte), received 0x\(String(data[2], radix: 16)). Only unsigned-byte IDX files are supported.")
        }
        let rank = Int(data[3])
        let headerSize = 4 + 4 * rank
        guard rank >= 1, data.count >= headerSize else {
            throw IDXError(description: "\(path): the IDX header promises \(rank) dimensions but the file has only \(data.count) bytes. The file is truncated; reinstall it.")
        }
        var shape: [Int] = []
        for axis in 0..<rank {
            let offset = 4 + 4 * axis
            shape.append(data[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) })
        }
        let count = shape.reduce(1, *)
        guard data.count - headerSize == count else {
            throw IDXError(
                description: "\(path): expected \(count) data bytes for shape \(shape), received \(data.count - headerSize). The file is truncated or corrupt; reinstall it.")
        }
        return IDXArray(shape: shape, bytes: Array(data[headerSize...]))
    }

    /// Reads a whole file through zlib, which passes uncompressed files through unchanged.
    static func gunzip(path: String, missingFileAdvice: String) throws -> [UInt8] {
        guard let file = gzopen(path, "rb") else {
            let advice = missingFileAdvice.isEmpty ? "" : " " + missingFileAdvice
            throw IDXError(description: "cannot open \(path): no such readable file.\(advice)")
        }
        defer { gzclose(file) }
        gzbuffer(file, 1 << 20)
        var result: [UInt8] = []
        let chunkSize = 1 << 20
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let read = chunk.withUnsafeMutableBytes { gzread(file, $0.baseAddress, UInt32(chunkSize)) }
            if read < 0 {
                throw IDXError(description: "cannot decompress \(path): the gzip stream is corrupt. Reinstall the file.")
            }
            if read == 0 { break }
            result.append(contentsOf: chunk[0..<Int(read)])
        }
        return result
    }
}
