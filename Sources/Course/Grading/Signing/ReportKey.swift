import Crypto
import Foundation

/// The instructor's secret for signing grading reports: the bytes of a key file, without the
/// line break an editor or `openssl rand -hex 32 > FILE` leaves at its end.
///
///     let key = try ReportKey(contentsOf: "grading.key")
///     let signed = report.signed(with: key)
public struct ReportKey: Sendable {
    /// The fewest bytes a key may have: shorter ones could be guessed.
    public static let minimumBytes = 16

    private let bytes: Data

    /// The key as swift-crypto takes it.
    var symmetric: SymmetricKey { SymmetricKey(data: bytes) }

    /// A key of these bytes (tests make them in memory).
    public init(bytes: Data) throws(ReportKeyError) {
        guard bytes.count >= Self.minimumBytes else { throw .tooShort(path: nil, bytes: bytes.count) }
        self.bytes = bytes
    }

    /// Reads the key in `path`.
    public init(contentsOf path: String) throws(ReportKeyError) {
        guard FileManager.default.fileExists(atPath: path) else { throw .missing(path: path) }
        guard var bytes = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        while let last = bytes.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") { bytes.removeLast() }
        guard bytes.count >= Self.minimumBytes else { throw .tooShort(path: path, bytes: bytes.count) }
        self.bytes = bytes
    }

    /// True when users other than the file's owner may read the key file.
    public static func isReadableByOthers(_ path: String) -> Bool {
        guard let permissions = (try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? Int else { return false }
        return permissions & 0o044 != 0
    }

    /// The command that makes a good key, for messages.
    public static let howToMake = "make one with: head -c 32 /dev/urandom > grading.key && chmod 600 grading.key"
}

/// Why a key file cannot be used.
public enum ReportKeyError: Error, Equatable, CustomStringConvertible {
    /// No such file.
    case missing(path: String)
    /// The file exists but cannot be read.
    case unreadable(path: String)
    /// Fewer bytes than `ReportKey.minimumBytes`.
    case tooShort(path: String?, bytes: Int)

    /// A message naming the problem and the fix.
    public var description: String {
        switch self {
        case .missing(let path): return "no key file \(path): give the file the reports were signed with, or \(ReportKey.howToMake)"
        case .unreadable(let path): return "cannot read the key file \(path): check its permissions"
        case .tooShort(let path, let bytes):
            return "the key\(path.map { " in \($0)" } ?? "") has \(bytes) bytes; a key needs at least \(ReportKey.minimumBytes): \(ReportKey.howToMake)"
        }
    }
}
