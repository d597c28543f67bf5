import Foundation
import Testing
@testable import Course

/// `deeplings grade` as an instructor runs it, with the fake checker standing in for `check`.
@Suite struct GradeCommandTests {
    struct Invocation {
        let status: Int32
        let output: String
        let errors: String
    }

    func deeplings(_ arguments: [String], checker: String, environment: [String: String] = [:], interruptAfter seconds: Double? = nil) throws -> Invocation {
        let executable = try #require(BuiltExecutable.deeplings, Comment(rawValue: BuiltExecutable.missingMessage))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment.merging(["DEEPLINGS_GRADE_CHECKER": checker]) { _, new in new }
        for name in GradingShard.indexVariables { variables[name] = nil }
        process.environment = variables.merging(environment) { _, new in new }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        if let seconds {
            usleep(useconds_t(seconds * 1_000_000))
            process.interrupt()
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Invocation(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), errors: String(decoding: err, as: UTF8.self))
    }

    @Test(arguments: ["report.json", "report.csv", "report.xml"])
    func writesTheReportByExtension(_ name: String) throws {
        let fake = try FakeChecker()
        let report = fake.folder.file(name)
        let run = try deeplings(
            [
                "grade", fake.lesson, try fake.submission("pass.py"), try fake.submission("fail.py"), fake.folder.file("gone.py"),
                "--out", report, "--jobs", "2",
            ], checker: fake.script)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("3 submissions: 2 graded, 0 timeout, 0 crashed, 1 invalid"))
        let text = try String(contentsOfFile: report, encoding: .utf8)
        let hash = Lesson.contentHash(of: try Data(contentsOf: URL(fileURLWithPath: fake.lesson)))
        #expect(text.contains(hash))
        #expect(text.contains(DeeplingsVersion.string))
        if name.hasSuffix(".json") {
            let decoded = try JSONDecoder().decode(BatchReport.self, from: Data(text.utf8))
            #expect(decoded.submissions.map(\.status) == [.graded, .graded, .invalid])
        }
    }

    @Test func unknownReportFormatIsAUsageError() throws {
        let fake = try FakeChecker()
        let run = try deeplings(["grade", fake.lesson, try fake.submission("pass.py"), "--out", fake.folder.file("report.txt")], checker: fake.script)
        #expect(run.status == 64)
        #expect(run.errors.contains("name it report.json, report.csv or report.xml"))
    }

    @Test func reportFolderIsCheckedBeforeGrading() throws {
        let fake = try FakeChecker()
        let run = try deeplings(["grade", fake.lesson, try fake.submission("pass.py"), "--out", fake.folder.file("no/such/folder/r.json")], checker: fake.script)
        #expect(run.status == 64)
        #expect(run.errors.contains("create that folder or choose another --out"))
    }

    @Test func missingLessonExitsWithTwo() throws {
        let fake = try FakeChecker()
        let run = try deeplings(["grade", fake.folder.file("none.md"), try fake.submission("pass.py"), "--out", fake.folder.file("r.json")], checker: fake.script)
        #expect(run.status == 2)
        #expect(run.errors.contains("cannot read the lesson"))
        #expect(!FileManager.default.fileExists(atPath: fake.folder.file("r.json")))
    }

    @Test func ctrlCStopsTheChecksAndWritesNoReport() throws {
        let fake = try FakeChecker()
        let submission = try fake.submission("sleep.py")
        let start = Date()
        let run = try deeplings(["grade", fake.lesson, submission, "--out", fake.folder.file("r.json")], checker: fake.script, interruptAfter: 0.5)
        #expect(run.status == 130, "\(run.errors)")
        #expect(run.errors.contains("interrupted"))
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(!FileManager.default.fileExists(atPath: fake.folder.file("r.json")))
    }
}
