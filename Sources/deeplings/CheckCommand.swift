import ArgumentParser
import Course
import Foundation
import PythonModules

/// `deeplings check LESSON FILE.py [--json]`: grades a learner's answers written in their own
/// editor. `FILE.py` holds the answers to every exercise, or is a folder of `EXERCISE_ID.py`
/// files (see `SubmissionGrader` for how each form runs). Exit status: 0 when every check
/// passes, 1 when some fail, 2 when the input is invalid, 130 when interrupted.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check your answers to a lesson's exercises.",
        discussion: "SUBMISSION is one .py file with your answers to all exercises, or a folder of EXERCISE_ID.py files.")

    @Argument(help: "The lesson file (Lessons/NN-name.md).")
    var lesson: String

    @Argument(help: "Your answers: a .py file, or a folder of EXERCISE_ID.py files.")
    var submission: String

    @Flag(help: "Print exactly one JSON object on stdout (what your code prints is not shown).")
    var json = false

    @Option(help: "Folder of the procedural data sets.")
    var datasets: String = "datasets"

    func run() throws {
        installInterruptHandler()
        let answers = (try? String(contentsOfFile: submission, encoding: .utf8)).map { [$0] } ?? []
        try LessonDatasets.prepare(lessonPath: lesson, extraSources: answers, root: datasets)
        var grader = SubmissionGrader()
        grader.interrupt = sessionInterrupt
        grader.readableFolders = PythonEnvironment.dataFolders + [URL(fileURLWithPath: datasets).standardizedFileURL.path]
        let report: CheckReport
        do { report = try grader.grade(lessonPath: lesson, submissionPath: submission) } catch {
            FileHandle.standardError.write(Data("deeplings: interrupted\n".utf8))
            throw ExitCode(130)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = (try? encoder.encode(report)) ?? Data("{\"status\":\"invalid\",\"error\":\"the report could not be encoded\"}".utf8)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            FileHandle.standardOutput.write(Data(CheckReportText.render(report).utf8))
        }
        switch report.status {
        case .graded: if !report.allPassed { throw ExitCode(1) }
        default: throw ExitCode(2)
        }
    }
}

/// The human-readable form of a `CheckReport`.
enum CheckReportText {
    static func render(_ report: CheckReport) -> String {
        guard report.status == .graded, let exercises = report.exercises else {
            return "deeplings check: \(report.error ?? report.status.rawValue)\n"
        }
        var out = ""
        for exercise in exercises {
            let mark = exercise.outcome == "passed" ? "✓" : "✗"
            out += "\(mark) \(exercise.id): \(exercise.outcome) (\(exercise.earned)/\(exercise.points))\n"
            for check in exercise.checks where !check.passed { out += "    line \(check.line): \(check.message)\n" }
        }
        out += "score \(report.score ?? 0)/\(report.maxScore ?? 0)\n"
        return out
    }
}
