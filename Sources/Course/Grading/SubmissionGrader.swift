import Foundation
import Interpreter
import PythonModules

/// Grades a learner's answers to a lesson, for `deeplings check` (and, through it, `grade`).
///
/// A submission is either
/// - a **folder** of `EXERCISE_ID.py` files: the lesson's cells are walked in order; each
///   example runs; at each exercise, its file runs in place of the starter (no file: the
///   exercise is `not attempted`, and its starter runs so later cells find what it defines),
///   then its checks run at once, before any later cell changes the state; or
/// - **one `.py` file** holding the answers to all exercises: the cells are walked the same way,
///   but the file runs once, in place of the first exercise cell, and the other exercise cells
///   are skipped; each exercise's checks still run at its place in the lesson. An exercise is
///   `not attempted` only when the file is blank or is the lesson's starters, unchanged. Lessons
///   whose later examples must run before an exercise's answer need the folder form.
///
/// Learner code never prints to the terminal (its output is captured for `expect_output`),
/// never reads the lesson's folder, and runs under `limits`; checks run under `checkLimits`.
public struct SubmissionGrader {
    /// Limits for each cell and for the learner's code.
    public var limits = RunLimits(timeLimit: .seconds(600), outputLimit: 1_000_000)
    /// Limits for each check statement.
    public var checkLimits = RunLimits(stepBudget: 20_000_000, timeLimit: .seconds(60), outputLimit: 100_000)
    /// Folders learner code may read besides its own folder (data sets).
    public var readableFolders: [String] = PythonEnvironment.dataFolders + ["datasets"]
    /// The interrupt flag (Ctrl-C) the runs poll.
    public var interrupt = InterruptFlag()
    /// Where relative paths start and files may be written; nil for the current folder (as
    /// `deeplings run` does), so `'datasets/rps/train'` means the same as in the REPL.
    public var workspaceFolder: String?

    /// A grader with the default limits.
    public init() {}

    /// Grades `submissionPath` against the lesson at `lessonPath`; never throws for bad input
    /// (the report's status is `invalid`), only when interrupted.
    public func grade(lessonPath: String, submissionPath: String) throws(ChecksInterrupted) -> CheckReport {
        let lesson: Lesson
        do { lesson = try Lesson.load(path: lessonPath) } catch {
            return CheckReport(
                lesson: nil, submission: submissionPath, status: .invalid,
                error: "the lesson is broken:\n" + error.description)
        }
        let reference = CheckReport.LessonReference(id: lesson.id, path: lessonPath, hash: lesson.contentHash)
        func invalid(_ message: String) -> CheckReport {
            CheckReport(lesson: reference, submission: submissionPath, status: .invalid, error: message)
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: submissionPath, isDirectory: &isFolder) else {
            return invalid("no such file or folder: \(submissionPath)")
        }
        let answers: Answers
        if isFolder.boolValue {
            var files: [String: String] = [:]
            for exercise in lesson.exercises {
                let path = (submissionPath as NSString).appendingPathComponent(exercise.id + ".py")
                guard FileManager.default.fileExists(atPath: path) else { continue }
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return invalid("\(path) is not UTF-8 text") }
                files[exercise.id] = text
            }
            answers = .perExercise(files)
        } else {
            guard let text = try? String(contentsOfFile: submissionPath, encoding: .utf8) else {
                return invalid("\(submissionPath) is not UTF-8 text")
            }
            answers = .oneFile(text)
        }
        let exercises = try grade(lesson, answers: answers, submissionName: submissionPath)
        return CheckReport(
            lesson: reference, submission: submissionPath, status: .graded,
            score: exercises.reduce(0) { $0 + $1.earned }, maxScore: lesson.exercises.reduce(0) { $0 + $1.points },
            exercises: exercises)
    }

    /// The learner's code: one file for all exercises, or one text per exercise id.
    enum Answers {
        case oneFile(String)
        case perExercise([String: String])
    }

    func grade(_ lesson: Lesson, answers: Answers, submissionName: String) throws(ChecksInterrupted) -> [CheckReport.ExerciseReport] {
        let workspace = workspaceFolder ?? FileManager.default.currentDirectoryPath
        let session = LessonSession(
            lesson: lesson, policy: SandboxPolicy(readableFolders: readableFolders, workspaceFolder: workspace),
            interrupt: interrupt)
        session.limits = limits
        session.checkLimits = checkLimits
        var reports: [CheckReport.ExerciseReport] = []
        var fileRan = false
        var fileFailure: PythonFailure?
        for (index, cell) in lesson.cells.enumerated() {
            switch cell.kind {
            case .example:
                session.runCell(at: index)
            case .exercise(let id, _):
                guard let exercise = lesson.exercise(id) else { continue }
                let result: ExerciseCheckResult
                switch answers {
                case .perExercise(let files):
                    if let code = files[id] {
                        result = try session.submit(code, for: id)
                    } else {
                        session.runCell(at: index)
                        result = try session.check(id)
                    }
                case .oneFile(let text):
                    if !fileRan {
                        fileRan = true
                        let starters = lesson.exercises.map { lesson.cells[$0.cellIndex].source }.joined(separator: "\n")
                        let blank = text.split(separator: "\n").allSatisfy { $0.trimmingCharacters(in: .whitespaces).isEmpty }
                        let attempted = !blank && !LessonSession.sameCode(text, starters)
                        if attempted {
                            for other in lesson.exercises { session.edit(cell: other.cellIndex, source: text) }
                        }
                        fileFailure = session.runSubmissionFile(attempted ? text : starters, at: index, file: submissionName).failure
                    }
                    result = try session.check(id, runFailure: fileFailure)
                }
                reports.append(report(exercise, result, line: cell.line))
            default:
                continue
            }
        }
        return reports
    }

    func report(_ exercise: Exercise, _ result: ExerciseCheckResult, line: Int) -> CheckReport.ExerciseReport {
        var checks = result.lines.map { CheckReport.CheckEntry(line: $0.line, passed: $0.status == .passed, message: $0.message) }
        if let failure = result.runFailure {
            let message = "your code raised \(failure.typeName)\(failure.message.isEmpty ? "" : ": " + failure.message) — fix that error first"
            checks.insert(CheckReport.CheckEntry(line: line, passed: false, message: message), at: 0)
        }
        let earned = result.outcome == .passed ? exercise.points : 0
        return CheckReport.ExerciseReport(id: exercise.id, points: exercise.points, earned: earned, outcome: result.outcome.name, checks: checks)
    }
}
