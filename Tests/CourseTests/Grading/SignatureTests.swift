import Foundation
import Testing
@testable import Course

@Suite struct SignatureTests {
    static let key = makeKey("correct horse battery staple!!")
    static let otherKey = makeKey("another key of enough length")

    static func makeKey(_ text: String) -> ReportKey {
        do { return try ReportKey(bytes: Data(text.utf8)) } catch { fatalError("a fixture key is too short: \(error)") }
    }

    static func signedText() -> String {
        String(decoding: ClusterReportFixtures.whole().signed(with: key).jsonData(), as: UTF8.self)
    }

    @Test func aSignedReportIsIntact() {
        let data = ClusterReportFixtures.whole().signed(with: Self.key).jsonData()
        #expect(BatchReport.verify(data, key: Self.key) == .intact)
        #expect(String(decoding: data, as: UTF8.self).contains("\"signature\" : \"hmac-sha256:"))
    }

    @Test func raisingAScoreIsCaught() throws {
        let text = Self.signedText()
        let raised = text.replacingOccurrences(of: "\"earned\" : 0", with: "\"earned\" : 3")
            .replacingOccurrences(of: "\"score\" : 0", with: "\"score\" : 3")
        #expect(raised != text)
        guard case .altered(let reason) = BatchReport.verify(Data(raised.utf8), key: Self.key) else {
            Issue.record("a raised score verified")
            return
        }
        #expect(reason.contains("does not match"))
    }

    @Test func reSigningWithoutTheKeyIsCaught() throws {
        var report = try JSONDecoder().decode(BatchReport.self, from: Data(Self.signedText().utf8))
        report.submissions[0].score = 3
        let forged = report.signed(with: Self.otherKey).jsonData()
        #expect(BatchReport.verify(forged, key: Self.key) == .altered("its signature does not match: it was edited after signing, or signed with another key"))
    }

    static func edit(_ text: String, _ change: String) -> String {
        switch change {
        case "an added field": return text.replacingOccurrences(of: "\"deeplings\" :", with: "\"bonus\" : 10,\n  \"deeplings\" :")
        case "a repeated key": return text.replacingOccurrences(of: "\"score\" : 0,", with: "\"score\" : 0, \"score\" : 3,")
        default: return text.replacingOccurrences(of: "\n  ", with: "\n    ")
        }
    }

    @Test(arguments: ["an added field", "a repeated key", "reformatting"])
    func anyOtherTextIsCaught(_ change: String) {
        let edited = Self.edit(Self.signedText(), change)
        #expect(edited != Self.signedText(), "\(change)")
        guard case .altered = BatchReport.verify(Data(edited.utf8), key: Self.key) else {
            Issue.record("\(change) verified")
            return
        }
    }

    @Test func anUnsignedReportSaysSo() {
        #expect(BatchReport.verify(ClusterReportFixtures.whole().jsonData(), key: Self.key) == .unsigned)
        guard case .altered = BatchReport.verify(Data("{\"not\": \"a report\"}".utf8), key: Self.key) else {
            Issue.record("garbage verified")
            return
        }
    }

    @Test func theSignatureCoversTheCanonicalJSONOnly() {
        let report = ClusterReportFixtures.whole()
        let signed = report.signed(with: Self.key)
        #expect(signed.canonicalJSON() == report.canonicalJSON())
        #expect(signed.signature != report.signed(with: Self.otherKey).signature)
        let canonical = String(decoding: report.canonicalJSON(), as: UTF8.self)
        #expect(!canonical.contains("\n") && !canonical.contains("signature"))
    }

    @Test func keyFilesLoseTheirFinalLineBreakAndMustBeLongEnough() throws {
        let folder = TemporaryFolder("report-key")
        try "0123456789abcdef0123456789abcdef\n".write(toFile: folder.file("k1"), atomically: true, encoding: .utf8)
        try "0123456789abcdef0123456789abcdef".write(toFile: folder.file("k2"), atomically: true, encoding: .utf8)
        let report = ClusterReportFixtures.whole()
        let data = report.signed(with: try ReportKey(contentsOf: folder.file("k1"))).jsonData()
        #expect(BatchReport.verify(data, key: try ReportKey(contentsOf: folder.file("k2"))) == .intact)
        try "short\n".write(toFile: folder.file("k3"), atomically: true, encoding: .utf8)
        #expect(throws: ReportKeyError.tooShort(path: folder.file("k3"), bytes: 5)) { try ReportKey(contentsOf: folder.file("k3")) }
        #expect(throws: ReportKeyError.missing(path: folder.file("none"))) { try ReportKey(contentsOf: folder.file("none")) }
        #expect(ReportKeyError.tooShort(path: nil, bytes: 5).description.contains("head -c 32 /dev/urandom"))
    }
}
