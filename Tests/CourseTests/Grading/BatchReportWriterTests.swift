import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing
@testable import Course

@Suite struct BatchReportWriterTests {
    static let nasty = "a < b && c > \"d\" 'e' ]]> \u{0}\u{1B}[31m\ttab\nline2\r\u{FFFE}é😀"

    static let report = BatchReport(
        lesson: BatchReport.Lesson(id: "hello-nn", path: "Lessons/02-hello.md", hash: "sha256:abc"),
        limits: BatchLimits(),
        submissions: [
            BatchSubmissionResult(
                submission: "alice.py", status: .graded, score: 2, maxScore: 5,
                exercises: [
                    CheckReport.ExerciseReport(
                        id: "predict-19", points: 3, earned: 0, outcome: "failed",
                        checks: [
                            CheckReport.CheckEntry(line: 42, passed: false, message: "predict(10) should be near 19, got 3.5"),
                            CheckReport.CheckEntry(line: 43, passed: true, message: ""),
                        ]),
                    CheckReport.ExerciseReport(id: "shape", points: 2, earned: 2, outcome: "passed", checks: []),
                    CheckReport.ExerciseReport(
                        id: "broken", points: 1, earned: 0, outcome: "lesson error",
                        checks: [
                            CheckReport.CheckEntry(line: 90, passed: false, message: "the check raised NameError")
                        ]),
                ], seconds: 1.25, cpuSeconds: 1),
            BatchSubmissionResult(submission: "bob, \"the\" <student>.py", status: .crashed, reason: nasty),
            BatchSubmissionResult(submission: "carol.txt", status: .invalid, reason: "=HYPERLINK(\"x\")"),
        ])

    @Test(arguments: [("r.json", BatchReportFormat.json), ("R.CSV", .csv), ("out/report.xml", .junit)])
    func formatFromExtension(_ path: String, _ format: BatchReportFormat) {
        #expect(BatchReportFormat(path: path) == format)
    }

    @Test(arguments: ["report", "report.txt", "report.json.gz"])
    func unknownExtensionIsRefused(_ path: String) {
        #expect(BatchReportFormat(path: path) == nil)
        #expect(throws: BatchError.unknownReportFormat(path: path)) { try Self.report.write(to: path) }
    }

    @Test func contentHashIsSHA256() {
        #expect(Lesson.contentHash(of: Data("abc".utf8)) == "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func jsonRoundTripsAndIsDeterministic() throws {
        let data = Self.report.jsonData()
        #expect(try JSONDecoder().decode(BatchReport.self, from: data) == Self.report)
        #expect(data == Self.report.jsonData())
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"hash\" : \"sha256:abc\""))
        #expect(text.contains("\"deeplings\" : \"\(DeeplingsVersion.string)\""))
    }

    @Test func csvHasOneRowPerExerciseAndQuotes() {
        let lines = Self.report.csvText().components(separatedBy: "\r\n")
        #expect(lines[0] == "submission,status,score,max_score,exercise,outcome,earned,points,failed_checks,reason,lesson_id,lesson_hash,deeplings")
        #expect(lines[1] == "alice.py,graded,2,5,predict-19,failed,0,3,\"line 42: predict(10) should be near 19, got 3.5\",,hello-nn,sha256:abc,\(DeeplingsVersion.string)")
        #expect(lines[2] == "alice.py,graded,2,5,shape,passed,2,2,,,hello-nn,sha256:abc,\(DeeplingsVersion.string)")
        #expect(lines[3] == "alice.py,graded,2,5,broken,lesson error,0,1,line 90: the check raised NameError,,hello-nn,sha256:abc,\(DeeplingsVersion.string)")
        #expect(lines[4].hasPrefix("\"bob, \"\"the\"\" <student>.py\",crashed,,,,,,,,\"a < b"))
        // A reason that a spreadsheet would run as a formula is defused.
        #expect(Self.report.csvText().contains("carol.txt,invalid,,,,,,,,\"'=HYPERLINK(\"\"x\"\")\",hello-nn"))
        #expect(Self.report.csvText().hasSuffix("\r\n"))
    }

    @Test func junitIsWellFormedXMLWithEveryResult() throws {
        let xml = Self.report.junitXML()
        let collector = XMLCollector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "JUnit report is not well-formed: \(parser.parserError.map { "\($0)" } ?? "")\n\(xml)")
        #expect(collector.count("testsuite") == 3)
        #expect(collector.count("testcase") == 5)
        #expect(collector.count("failure") == 1)
        #expect(collector.count("error") == 3)
        #expect(collector.attributes("testsuites").first?["failures"] == "1")
        #expect(collector.attributes("testsuites").first?["errors"] == "3")
        #expect(collector.attributes("testsuite").map { $0["errors"] } == ["1", "1", "1"])
        #expect(collector.attributes("testsuite").map { $0["name"] } == ["alice.py", "bob, \"the\" <student>.py", "carol.txt"])
        let properties = collector.attributes("property").filter { $0["name"] == "lesson_hash" }
        #expect(properties.count == 3 && properties.allSatisfy { $0["value"] == "sha256:abc" })
        #expect(collector.attributes("error").first?["type"] == "lesson error")
        let error = try #require(collector.attributes("error").dropFirst().first)
        #expect(error["type"] == "crashed")
        #expect(error["message"]?.hasPrefix("a < b && c > \"d\" 'e' ]]> \u{FFFD}\u{FFFD}[31m\ttab\nline2\r\u{FFFD}é😀") == true)
        #expect(collector.text.contains("predict(10) should be near 19"))
    }
}

/// Collects elements, attributes and text as an XML parser reports them.
final class XMLCollector: NSObject, XMLParserDelegate {
    private(set) var elements: [(name: String, attributes: [String: String])] = []
    private(set) var text = ""

    func count(_ name: String) -> Int { elements.filter { $0.name == name }.count }
    func attributes(_ name: String) -> [[String: String]] { elements.filter { $0.name == name }.map(\.attributes) }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
        elements.append((name, attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
