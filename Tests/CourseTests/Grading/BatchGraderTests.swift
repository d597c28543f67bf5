import Foundation
import Testing
@testable import Course

@Suite struct BatchGraderTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        let name: String
        let status: BatchStatus
        let reason: String?
        var testDescription: String { name }
    }

    /// Every kind of submission in one batch: each gets its status, none stops the others.
    static let batch: [Expectation] = [
        Expectation(name: "pass.py", status: .graded, reason: nil),
        Expectation(name: "missing.py", status: .invalid, reason: "no such file or folder"),
        Expectation(name: "notes.txt", status: .invalid, reason: "not a .py file"),
        Expectation(name: "segv.py", status: .crashed, reason: "signal 11 (SIGSEGV, a crash): Fatal error: boom"),
        Expectation(name: "fail.py", status: .graded, reason: nil),
        Expectation(name: "garbage.py", status: .crashed, reason: "without a valid result: Traceback"),
        Expectation(name: "reject.py", status: .invalid, reason: "reject.py is not UTF-8 text"),
        Expectation(name: "usage.py", status: .invalid, reason: "rejected the submission: Error: Missing expected argument"),
        Expectation(name: "weird.py", status: .crashed, reason: "exited with status 7"),
        Expectation(name: "nolesson.py", status: .invalid, reason: "the lesson is broken: line 3"),
        Expectation(name: "partial.py", status: .crashed, reason: "result is incomplete"),
        Expectation(name: "flood.py", status: .crashed, reason: "printed more than 65536 bytes"),
        Expectation(name: "stale.py", status: .invalid, reason: "the lesson file changed during the batch"),
        Expectation(name: "passfolder/", status: .graded, reason: nil),
        Expectation(name: "greedy.py", status: .crashed, reason: "claims more points than the lesson gives (9 of 2)"),
        Expectation(name: "sleep.py", status: .timeout, reason: "longer than 1.5 s of wall-clock time"),
        Expectation(name: "closed.py", status: .timeout, reason: "longer than 1.5 s"),
        Expectation(name: "alloc.py", status: .crashed, reason: "memory exhausted"),
    ]

    @Test func everyStatusInOneBatchInTheOrderGiven() throws {
        let fake = try FakeChecker()
        let paths = try Self.batch.map { $0.name == "missing.py" ? fake.folder.file("missing.py") : try fake.submission($0.name) }
        let limits = BatchLimits(cpuSeconds: 20, memoryMB: 256, timeoutSeconds: 1.5, outputLimitBytes: 65536)
        var calls: [Int] = []
        let report = try fake.grader(limits: limits).grade(paths) { done, total in
            #expect(total == paths.count)
            calls.append(done)
        }
        #expect(calls == Array(1...paths.count))
        #expect(report.submissions.map(\.submission) == paths)
        for (expected, result) in zip(Self.batch, report.submissions) {
            #expect(result.status == expected.status, "\(expected.name): \(result.reason ?? "")")
            if let reason = expected.reason {
                #expect(result.reason?.contains(reason) == true, "\(expected.name): \(result.reason ?? "no reason")")
            }
        }
        #expect(report.lesson.id == "fixture")
        #expect(report.lesson.hash == Lesson.contentHash(of: try Data(contentsOf: URL(fileURLWithPath: fake.lesson))))
        #expect(report.deeplings == DeeplingsVersion.string)
        #expect(report.summary == BatchReport.Summary(graded: 3, timeout: 2, crashed: 7, invalid: 6))

        let passed = report.submissions[0], failed = report.submissions[4]
        #expect(passed.score == 2 && passed.maxScore == 2 && passed.exercises.first?.outcome == "passed")
        #expect(failed.score == 0 && failed.exercises.first?.checks == [CheckReport.CheckEntry(line: 12, passed: false, message: "predict(10) should be near 19")])
    }

    @Test func timeoutKillsWhatTheCheckerStarted() throws {
        let fake = try FakeChecker()
        let submission = try fake.submission("sleep.py")
        let report = try fake.grader(limits: BatchLimits(timeoutSeconds: 0.5)).grade([submission])
        #expect(report.submissions[0].status == .timeout)
        try expectGone(startedBy: submission)
    }

    /// Expects the `sleep` that the fake checker started for `submission` to be gone, or a zombie
    /// waiting for init to reap it.
    func expectGone(startedBy submission: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let pid = try String(contentsOfFile: submission + ".pid", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        var alive = true
        for _ in 0..<100 where alive {
            let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
            alive = !stat.isEmpty && !stat.contains(") Z ")
            if alive { usleep(10_000) }
        }
        #expect(!alive, "the checker's child \(pid) outlived the batch", sourceLocation: sourceLocation)
    }

    @Test func cpuLimitEndsAsTimeout() throws {
        let fake = try FakeChecker()
        let report = try fake.grader(limits: BatchLimits(cpuSeconds: 1, timeoutSeconds: 60)).grade([try fake.submission("spin.py")])
        let result = report.submissions[0]
        #expect(result.status == .timeout, "\(result.reason ?? "")")
        #expect(result.reason?.contains("more than 1 CPU seconds") == true, "\(result.reason ?? "")")
        #expect(result.cpuSeconds > 0.5)
    }

    @Test func jobsRunSideBySide() throws {
        let fake = try FakeChecker()
        let paths = try (0..<4).map { try fake.submission("nap\($0).py") }
        let start = Date()
        let report = try fake.grader(limits: BatchLimits(), jobs: 4).grade(paths)
        let elapsed = Date().timeIntervalSince(start)
        #expect(report.submissions.allSatisfy { $0.status == .graded })
        // Four 0.4 s naps one after another take 1.6 s.
        #expect(elapsed < 1.3, "4 jobs took \(elapsed) s")
    }

    @Test func interruptStopsRunningChildrenAndTheBatch() throws {
        let fake = try FakeChecker()
        let paths = try (0..<6).map { try fake.submission("sleep\($0).py") }
        let grader = fake.grader(limits: BatchLimits(timeoutSeconds: 30), jobs: 2)
        let interrupt = grader.interrupt
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { interrupt.set() }
        let start = Date()
        #expect(throws: BatchError.interrupted) { try grader.grade(paths) }
        #expect(Date().timeIntervalSince(start) < 5)
        // The two that were running are stopped; the four never started left no pid file.
        let started = paths.filter { FileManager.default.fileExists(atPath: $0 + ".pid") }
        #expect(started.count <= 2)
        for path in started { try expectGone(startedBy: path) }
    }

    @Test func unreadableLessonStopsTheBatchWithAMessage() throws {
        let fake = try FakeChecker()
        let grader = BatchGrader(lessonPath: fake.folder.file("nope.md"), command: BatchChildCommand(executable: fake.script, arguments: []))
        #expect(throws: BatchError.lessonUnreadable(path: fake.folder.file("nope.md"), reason: "no such file")) { try grader.grade([]) }
    }

    @Test func missingCheckerIsACrashNotAnAbort() throws {
        let fake = try FakeChecker()
        let grader = BatchGrader(lessonPath: fake.lesson, command: BatchChildCommand(executable: fake.folder.file("no-checker"), arguments: []))
        let report = try grader.grade([try fake.submission("pass.py"), try fake.submission("fail.py")])
        #expect(report.submissions.map(\.status) == [.crashed, .crashed])
        #expect(report.submissions[0].reason?.contains("status 127") == true, "\(report.submissions[0].reason ?? "")")
    }

    @Test(arguments: [("-h", "./-h"), ("--json.py", "./--json.py"), ("alice.py", "alice.py"), ("/abs/-x.py", "/abs/-x.py")])
    func childNeverTakesAPathForAnOption(_ path: String, _ passed: String) {
        #expect(BatchGrader.positional(path) == passed)
    }

    @Test func emptyFolderIsInvalid() throws {
        let fake = try FakeChecker()
        let folder = fake.folder.file("empty")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let report = try fake.grader(limits: BatchLimits()).grade([folder])
        #expect(report.submissions[0].status == .invalid)
        #expect(report.submissions[0].reason?.contains("no .py files") == true)
    }
}
