import Crypto
import Foundation

extension BatchReport {
    /// The prefix of `signature`, naming the algorithm.
    public static let signaturePrefix = "hmac-sha256:"

    /// The bytes the signature covers: the report without `signature`, as compact JSON with
    /// sorted keys and unescaped slashes.
    public func canonicalJSON() -> Data {
        var unsigned = self
        unsigned.signature = nil
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(unsigned)) ?? Data()
    }

    /// This report with an HMAC-SHA256 of its canonical JSON under `key`.
    public func signed(with key: ReportKey) -> BatchReport {
        var signed = self
        let code = HMAC<SHA256>.authenticationCode(for: canonicalJSON(), using: key.symmetric)
        signed.signature = Self.signaturePrefix + code.map { String(format: "%02x", $0) }.joined()
        return signed
    }

    /// Whether the report file's bytes are exactly as `deeplings grade` signed them with `key`.
    /// The text must be as Deeplings writes it (so no field can be added, repeated or reformatted
    /// for another JSON reader to see), and the signature must match its canonical JSON.
    public static func verify(_ data: Data, key: ReportKey) -> ReportIntegrity {
        let report: BatchReport
        do { report = try JSONDecoder().decode(BatchReport.self, from: data) } catch {
            return .altered("it is not a grading report any more (\(Self.decodingProblem(error)))")
        }
        guard let signature = report.signature else { return .unsigned }
        guard report.jsonData() == data else {
            return .altered("its text is not as deeplings wrote it: it was edited or reformatted after signing")
        }
        guard signature.hasPrefix(signaturePrefix), let code = hexBytes(signature.dropFirst(signaturePrefix.count)) else {
            return .altered("its signature is not hmac-sha256:<64 hex digits>")
        }
        guard HMAC<SHA256>.isValidAuthenticationCode(code, authenticating: report.canonicalJSON(), using: key.symmetric) else {
            return .altered("its signature does not match: it was edited after signing, or signed with another key")
        }
        return .intact
    }

    private static func hexBytes(_ text: Substring) -> Data? {
        guard text.count == 64 else { return nil }
        var bytes = Data()
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            guard let byte = UInt8(text[index..<next], radix: 16) else { return nil }
            bytes.append(byte)
            index = next
        }
        return bytes
    }

    /// A short description of why JSON decoding failed.
    public static func decodingProblem(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _)?: return "no '\(key.stringValue)' field"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?:
            return "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        case .dataCorrupted?: return "not valid JSON"
        default: return "\(error)"
        }
    }
}

/// The verdict of `deeplings grade verify`.
public enum ReportIntegrity: Equatable, Sendable {
    /// The report is exactly as signed.
    case intact
    /// The report carries no signature.
    case unsigned
    /// The report was changed after signing, or signed with another key; the reason says how.
    case altered(String)
}
