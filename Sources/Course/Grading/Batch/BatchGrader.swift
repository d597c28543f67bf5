import Foundation
import Interpreter
import Synchronization

/// The command a grading child runs: `executable arguments… LESSON SUBMISSION --json`.
public struct BatchChildCommand: Sendable, Equatable {
    /// The program to run (this `deeplings`, or a stand-in in tests).
    public var executable: String
    /// Arguments before the lesson and submission, e.g. `["check"]`.
    public var arguments: [String]

    /// Creates a child command.
    public init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }
}

/// Grades a class's submissions against one lesson, each in its own limited child process,
/// several at a time; one bad submission never stops the others.
///
///     let grader = BatchGrader(lessonPath: "Lessons/02-hello.md",
///                              command: BatchChildCommand(executable: "/usr/bin/deeplings", arguments: ["check"]))
///     let report = try grader.grade(["alice.py", "bob/"]) { done, total in print(done, total) }
public struct BatchGrader: Sendable {
    /// The lesson file.
    public var lessonPath: String
    /// What each child runs.
    public var command: BatchChildCommand
    /// The limits each child runs under.
    public var limits: BatchLimits
    /// How many children run at once.
    public var jobs: Int
    /// Set it (from a Ctrl-C handler) to stop the running children and the batch.
    public var interrupt = InterruptFlag()

    /// Creates a grader; `jobs` defaults to the number of cores.
    public init(
        lessonPath: String, command: BatchChildCommand, limits: BatchLimits = BatchLimits(),
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.lessonPath = lessonPath
        self.command = command
        self.limits = limits
        self.jobs = max(1, jobs)
    }

    /// Grades every submission and returns the report, submissions in the order given.
    /// `progress(done, total)` is called on the calling thread after each one finishes.
    /// Throws only when the lesson itself cannot be read, or when `interrupt` was set (after
    /// every child has been stopped).
    public func grade(_ submissions: [String], progress: (Int, Int) -> Void = { _, _ in }) throws -> BatchReport {
        let bytes: Data
        do { bytes = try Data(contentsOf: URL(fileURLWithPath: lessonPath)) } catch {
            let reason = FileManager.default.fileExists(atPath: lessonPath) ? "it cannot be read" : "no such file"
            throw BatchError.lessonUnreadable(path: lessonPath, reason: reason)
        }
        let hash = Lesson.contentHash(of: bytes)
        let results = runAll(submissions, lessonHash: hash, progress: progress)
        if interrupt.isSet { throw BatchError.interrupted }
        let lessonID =
            results.lazy.compactMap(\.lessonID).first
            ?? URL(fileURLWithPath: lessonPath).deletingPathExtension().lastPathComponent
        return BatchReport(
            lesson: BatchReport.Lesson(id: lessonID, path: lessonPath, hash: hash),
            limits: limits, submissions: results.map(\.result))
    }

    private func runAll(_ submissions: [String], lessonHash: String, progress: (Int, Int) -> Void) -> [Graded] {
        let shared = Shared(count: submissions.count)
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<min(jobs, submissions.count) {
            Thread { [self] in
                while true {
                    let index = shared.next.add(1, ordering: .relaxed).oldValue
                    guard index < submissions.count else { return }
                    if interrupt.isSet {
                        // A submission skipped after Ctrl-C still counts as finished for the waiting caller.
                        finished.signal()
                        continue
                    }
                    let graded = gradeOne(submissions[index], lessonHash: lessonHash)
                    shared.results.withLock { $0[index] = graded }
                    finished.signal()
                }
            }.start()
        }
        for done in stride(from: 1, through: submissions.count, by: 1) {
            finished.wait()
            if !interrupt.isSet { progress(done, submissions.count) }
        }
        return shared.results.withLock { results in
            zip(submissions, results).map { submission, graded in
                graded ?? Graded(result: BatchSubmissionResult(submission: submission, status: .crashed, reason: "not graded: the batch lost its result"))
            }
        }
    }

    private final class Shared: Sendable {
        let next = Atomic<Int>(0)
        let results: Mutex<[Graded?]>
        init(count: Int) { results = Mutex([Graded?](repeating: nil, count: count)) }
    }

    struct Graded: Sendable {
        var result: BatchSubmissionResult
        var lessonID: String?
    }

    /// `path` in a form the child's argument parser cannot take for an option (a file named `-h`).
    static func positional(_ path: String) -> String { path.hasPrefix("-") ? "./" + path : path }

    /// Grades one submission; never throws: every failure becomes a status with a reason.
    func gradeOne(_ submission: String, lessonHash: String) -> Graded {
        if let problem = BatchSubmissionPath.problem(with: submission) {
            return Graded(result: BatchSubmissionResult(submission: submission, status: .invalid, reason: problem))
        }
        let run: BatchChildRun
        do {
            run = try BatchChildProcess.run(
                executable: command.executable, arguments: command.arguments + [Self.positional(lessonPath), Self.positional(submission), "--json"],
                limits: limits, interrupt: interrupt)
        } catch {
            return Graded(result: BatchSubmissionResult(submission: submission, status: .crashed, reason: "\(error)"))
        }
        return BatchChildVerdict.interpret(run, submission: submission, lessonHash: lessonHash, limits: limits)
    }
}
