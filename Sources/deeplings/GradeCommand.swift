import ArgumentParser
import Course
import Foundation

/// `deeplings grade …`: grading a class, on one machine or as shards of a job array, and what
/// an instructor does with the reports (merge, verify, report).
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade a class's submissions against a lesson; merge, verify and summarise the reports.",
        discussion: "`deeplings grade LESSON SUBMISSION… --out report.json` grades (the `class` subcommand is the default). "
            + "On a cluster, each task grades one slice with --shard K/N and `grade merge` joins the slices. "
            + "See docs/grading-on-a-cluster.md.",
        subcommands: [GradeClassCommand.self, GradeMergeCommand.self, GradeVerifyCommand.self, GradeReportCommand.self],
        defaultSubcommand: GradeClassCommand.self)
}

/// `deeplings grade [class] LESSON SUBMISSION… --out report.json|.csv|.xml [--shard K/N] [--sign-key FILE]`:
/// grades a class's submissions (or one shard's slice of them), each in its own limited child
/// process running `deeplings check … --json`.
struct GradeClassCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "class",
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

    @Option(
        help: ArgumentHelp(
            "Grade only shard K of N (K from 0): the submissions whose path hashes to K, whatever their order. "
                + "With N alone, K comes from SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX. Needs a .json report; join them with `grade merge`.",
            valueName: "K/N"))
    var shard: String?

    @Option(help: ArgumentHelp("Sign the JSON report with HMAC-SHA256 under the key in FILE; `grade verify` checks it.", valueName: "FILE"))
    var signKey: String?

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
        if shard != nil || signKey != nil, BatchReportFormat(path: out) != .json {
            throw ValidationError("\(shard != nil ? "--shard" : "--sign-key") needs a JSON report: name it report.json (`grade report report.json --csv …` converts it later)")
        }
        _ = try chosenShard()
        _ = try key()
        if shard != nil, let repeated = GradingShard.duplicates(in: submissions).first {
            throw ValidationError("\(repeated) is given twice: with --shard each submission must be named once")
        }
    }

    /// The shard to grade, nil for the whole class.
    func chosenShard() throws -> GradingShard? {
        guard let shard else { return nil }
        do { return try GradingShard(parsing: shard, environment: ProcessInfo.processInfo.environment) } catch {
            throw ValidationError(error.description)
        }
    }

    /// The signing key, nil when the report is not signed.
    func key() throws -> ReportKey? {
        guard let signKey else { return nil }
        do { return try ReportKey(contentsOf: signKey) } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        // Tests and benchmarks stand a program in for `deeplings check` through the environment,
        // never an option: a submission's file name, globbed onto the command line, could set one.
        let command =
            ProcessInfo.processInfo.environment["DEEPLINGS_GRADE_CHECKER"].map { BatchChildCommand(executable: $0, arguments: []) }
            ?? BatchChildCommand(executable: Self.thisExecutable(), arguments: ["check"])
        let limits = BatchLimits(cpuSeconds: cpuSeconds, memoryMB: memoryMb, timeoutSeconds: timeout, outputLimitBytes: outputLimit)
        var grader = BatchGrader(lessonPath: lesson, command: command, limits: limits, jobs: jobs)
        grader.interrupt = sessionInterrupt
        Self.stopChildrenOnSignals()
        var bar = BuildProgress(label: "grading", unitName: "submission")
        let shard = try chosenShard()
        let key = try key()
        if let signKey, ReportKey.isReadableByOthers(signKey) {
            FileHandle.standardError.write(Data("deeplings: warning: other users can read the key \(signKey), and with it sign any report: chmod 600 \(signKey)\n".utf8))
        }
        let mine = shard?.select(submissions) ?? submissions
        do {
            var report = try grader.grade(mine) { done, total in bar.update(done: done, total: total) }
            if let shard {
                report.shard = BatchReport.ShardPart(index: shard.index, count: shard.count, classSubmissions: submissions)
            }
            if let key { report = report.signed(with: key) }
            try report.write(to: out)
            let summary = report.summary
            let slice = shard.map { "shard \($0.index)/\($0.count), " } ?? ""
            print(
                "\(slice)\(report.submissions.count) submissions\(shard == nil ? "" : " of \(submissions.count)"): \(summary.graded) graded, \(summary.timeout) timeout, \(summary.crashed) crashed, \(summary.invalid) invalid → \(out)\(key == nil ? "" : " (signed)")"
            )
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
