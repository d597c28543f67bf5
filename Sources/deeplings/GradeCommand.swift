import ArgumentParser
import Course
import Foundation

/// `deeplings grade LESSON SUBMISSION… --out report.json|.csv|.xml`: grades a class's
/// submissions, each in its own limited child process running `deeplings check … --json`.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade submissions against a lesson and write a JSON, CSV or JUnit report.",
        discussion: "A submission is a .py file or a folder of EXERCISE_ID.py files. Each is checked in its own "
            + "process under the limits below; one that times out, crashes or is invalid is reported as such "
            + "and never stops the others. The report names the lesson's content hash and this version. "
            + "Put -- before the submissions when a glob could match a file name starting with -, so no "
            + "submission is read as an option.")

    @Argument(help: "The lesson's .md file.")
    var lesson: String

    @Argument(help: "Submissions: .py files or folders of EXERCISE_ID.py files.")
    var submissions: [String]

    @Option(name: .shortAndLong, help: "The report: report.json, report.csv or report.xml (JUnit).")
    var out: String

    @Option(help: "Submissions graded at once (the default is the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "CPU seconds per submission.")
    var cpuSeconds: Int = BatchLimits().cpuSeconds

    @Option(help: "Address space per submission, in MiB.")
    var memoryMb: Int = BatchLimits().memoryMB

    @Option(help: "Wall-clock seconds per submission.")
    var timeout: Double = BatchLimits().timeoutSeconds

    @Option(help: "Bytes a submission's checker may print.")
    var outputLimit: Int = BatchLimits().outputLimitBytes

    func validate() throws {
        guard BatchReportFormat(path: out) != nil else {
            throw ValidationError("cannot tell the report format of '\(out)': name it report.json, report.csv or report.xml (JUnit)")
        }
        let folder = URL(fileURLWithPath: out).deletingLastPathComponent().path
        guard access(folder, W_OK) == 0 else {
            throw ValidationError("cannot write the report in '\(folder)': create that folder or choose another --out (checked before grading, so no work is lost)")
        }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard cpuSeconds >= 1, memoryMb >= 16, timeout > 0, outputLimit >= 1024 else {
            throw ValidationError("limits too small: --cpu-seconds ≥ 1, --memory-mb ≥ 16, --timeout > 0, --output-limit ≥ 1024")
        }
    }

    func run() throws {
        // Tests and benchmarks stand a program in for `deeplings check` through the environment,
        // never an option: a submission's file name, globbed onto the command line, could set one.
        let command = ProcessInfo.processInfo.environment["DEEPLINGS_GRADE_CHECKER"].map { BatchChildCommand(executable: $0, arguments: []) }
            ?? BatchChildCommand(executable: Self.thisExecutable(), arguments: ["check"])
        let limits = BatchLimits(cpuSeconds: cpuSeconds, memoryMB: memoryMb, timeoutSeconds: timeout, outputLimitBytes: outputLimit)
        var grader = BatchGrader(lessonPath: lesson, command: command, limits: limits, jobs: jobs)
        grader.interrupt = sessionInterrupt
        Self.stopChildrenOnSignals()
        var bar = BuildProgress(label: "grading", unitName: "submission")
        do {
            let report = try grader.grade(submissions) { done, total in bar.update(done: done, total: total) }
            try report.write(to: out)
            let summary = report.summary
            print("\(report.submissions.count) submissions: \(summary.graded) graded, \(summary.timeout) timeout, \(summary.crashed) crashed, \(summary.invalid) invalid → \(out)")
        } catch BatchError.interrupted {
            FileHandle.standardError.write(Data("\ndeeplings: \(BatchError.interrupted)\n".utf8))
            throw ExitCode(130)
        } catch {
            FileHandle.standardError.write(Data("deeplings: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    /// Ctrl-C or a SIGTERM from CI sets the flag the runner watches: children run in their own
    /// process groups, so the terminal's signal never reaches them, and they must not outlive us.
    static func stopChildrenOnSignals() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in sessionInterrupt.set() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
        sigaction(SIGTERM, &action, nil)
        // A parent may have started us with them blocked; the grading threads inherit this mask.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// This very binary, so children grade with exactly the code that writes the report.
    static func thisExecutable() -> String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
