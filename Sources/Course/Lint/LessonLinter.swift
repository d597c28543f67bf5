import Foundation
import Interpreter

/// Proves a lesson, as `deeplings lint` does: it parses; its examples run in order; at each
/// exercise, the starter and every mistake fail its checks (a mistake with a message containing
/// its phrase, in a failed check or in the error its code raised), and every alternative and
/// the solution pass them; every cell runs within `budget`; no check imports a module (checks
/// get pristine `np`, `tf` and `keras`).
///
/// One interpreter walks the lesson. At an exercise, the variants run one after another in its
/// state, wrong answers first — starter, mistakes, alternatives, then the solution — so state
/// left by a wrong answer can never make another wrong answer pass, and the lesson continues
/// from the solution's state, as a learner who solved it would. With `fast`, `python slow`
/// cells are skipped, and exercises after a skipped cell are not proven (they would be judged
/// on missing state).
public struct LessonLinter {
    /// Time allowed per cell run.
    public var budget: Duration = .seconds(60)
    /// Skip `python slow` cells.
    public var fast = false
    /// Folders lesson code may read (data sets).
    public var readableFolders: [String] = []
    /// The interrupt flag runs poll.
    public var interrupt = InterruptFlag()
    /// Where relative paths start and files may be written; nil for a fresh temporary folder.
    public var workspaceFolder: String?

    /// A linter with a 60-second budget.
    public init() {}

    /// Lints the lesson at `path`; a file that does not parse yields its format diagnostics.
    public func lint(path: String) throws(ChecksInterrupted) -> LintResult {
        let lesson: Lesson
        do { lesson = try Lesson.load(path: path) } catch {
            let problems = error.diagnostics.map { LintProblem(file: $0.file, line: $0.line, message: "\($0.problem) — \($0.fix)") }
            return LintResult(problems: problems, provenExercises: 0, skippedExercises: 0, cellsRun: 0)
        }
        return try lint(lesson)
    }

    /// Lints a parsed lesson.
    public func lint(_ lesson: Lesson) throws(ChecksInterrupted) -> LintResult {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-lint-\(UUID().uuidString)").path
        let workspace = workspaceFolder ?? temporary
        if workspaceFolder == nil { try? FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true) }
        defer { if workspaceFolder == nil { try? FileManager.default.removeItem(atPath: temporary) } }
        let session = LessonSession(
            lesson: lesson, policy: SandboxPolicy(readableFolders: readableFolders, workspaceFolder: workspace),
            interrupt: interrupt)
        session.limits = RunLimits(timeLimit: budget, outputLimit: 1_000_000)
        var result = LintResult(problems: [], provenExercises: 0, skippedExercises: 0, cellsRun: 0)
        var skippedSlow = false
        func problem(_ line: Int, _ message: String) {
            result.problems.append(LintProblem(file: lesson.path, line: line, message: message))
        }
        func timed(_ line: Int, _ what: String, _ body: () throws(ChecksInterrupted) -> CellRunResult?) throws(ChecksInterrupted) -> CellRunResult? {
            let start = ContinuousClock.now
            let run = try body()
            result.cellsRun += 1
            let elapsed = ContinuousClock.now - start
            if elapsed > budget {
                problem(line, "\(what) took \(Self.seconds(elapsed)) s, over the budget of \(Self.seconds(budget)) s — make it faster, or mark it `python slow`")
            }
            if let failure = run?.failure, failure.isInterrupt { throw ChecksInterrupted() }
            return run
        }
        for (index, cell) in lesson.cells.enumerated() {
            switch cell.kind {
            case .example(let slow):
                if slow && fast { skippedSlow = true; continue }
                let run = try timed(cell.line, "this example") { session.runCell(at: index) }
                if let failure = run?.failure {
                    problem(cell.firstSourceLine, "this example raised \(failure.typeName): \(failure.message) — fix the example (it runs before everything below it)")
                }
            case .check:
                for line in Self.importLines(in: cell) {
                    problem(
                        line,
                        "checks need no imports: np, numpy, tf, tensorflow and keras are provided — and an import would fetch the learner's module, which their code may have patched"
                    )
                }
            case .exercise(let id, _):
                guard let exercise = lesson.exercise(id) else { continue }
                if skippedSlow { result.skippedExercises += 1; continue }
                let before = result.problems.count
                try prove(exercise, lesson: lesson, session: session, problem: problem, timed: timed)
                if result.problems.count == before { result.provenExercises += 1 }
            default:
                continue
            }
        }
        var seen: Set<String> = []
        result.problems = result.problems.filter { seen.insert($0.description).inserted }.sorted { $0.line < $1.line }
        return result
    }

    private func prove(
        _ exercise: Exercise, lesson: Lesson, session: LessonSession, problem: (Int, String) -> Void,
        timed: (Int, String, () throws(ChecksInterrupted) -> CellRunResult?) throws(ChecksInterrupted) -> CellRunResult?
    ) throws(ChecksInterrupted) {
        func attempt(_ index: Int) throws(ChecksInterrupted) -> ExerciseCheckResult {
            var checked: ExerciseCheckResult?
            _ = try timed(lesson.cells[index].line, "this cell with its checks") { () throws(ChecksInterrupted) -> CellRunResult? in
                checked = try session.submit(lesson.cells[index].source, for: exercise.id)
                return CellRunResult(failure: checked?.runFailure, output: "")
            }
            return checked ?? ExerciseCheckResult(exerciseID: exercise.id, outcome: .passed, lines: [], warnings: [], runFailure: nil)
        }
        func reportLessonErrors(_ result: ExerciseCheckResult) {
            for line in result.lines where line.status == .lessonError { problem(line.line, "check error: \(line.message)") }
        }
        let starter = try attempt(exercise.cellIndex)
        reportLessonErrors(starter)
        let starterBroken = starter.lines.contains { $0.status == .lessonError }
        if !starterBroken && !starter.lines.contains(where: { $0.status == .failed }) && starter.runFailure == nil {
            problem(lesson.cells[exercise.cellIndex].line, "the starter of '\(exercise.id)' passes its checks — the checks must fail until the learner does the work")
        }
        for index in exercise.mistakeIndices {
            guard case .mistake(_, let phrase) = lesson.cells[index].kind else { continue }
            let result = try attempt(index)
            reportLessonErrors(result)
            // The learner sees the error their code raised as well as the checks' messages.
            let raised = result.runFailure.map { ["\($0.typeName): \($0.message)"] } ?? []
            let messages = result.lines.filter { $0.status == .failed }.map(\.message) + raised
            if result.lines.contains(where: { $0.status == .lessonError }) { continue }
            if messages.isEmpty {
                problem(lesson.cells[index].line, "this mistake passes the checks of '\(exercise.id)' — add a check that catches it")
            } else if !messages.contains(where: { $0.localizedCaseInsensitiveContains(phrase) }) {
                let found = messages.first ?? ""
                problem(lesson.cells[index].line, "this mistake fails, but no message contains \"\(phrase)\" (first message: \(found)) — reword the check's message or the phrase")
            }
        }
        for index in exercise.alternativeIndices + [exercise.solutionIndex].compactMap({ $0 }) {
            let result = try attempt(index)
            reportLessonErrors(result)
            let what = index == exercise.solutionIndex ? "the solution" : "this alternative"
            if let failure = result.runFailure {
                problem(lesson.cells[index].firstSourceLine, "\(what) of '\(exercise.id)' raised \(failure.typeName): \(failure.message)")
            }
            for line in result.lines where line.status == .failed {
                problem(line.line, "\(what) of '\(exercise.id)' (line \(lesson.cells[index].line)) fails this check: \(line.message)")
            }
        }
    }

    /// File lines of a check cell's top-level `import` and `from` statements.
    static func importLines(in cell: Cell) -> [Int] {
        guard let statements = try? PythonInterpreter.topLevelStatements(of: cell.source) else { return [] }
        return statements.filter { $0.source.hasPrefix("import ") || $0.source.hasPrefix("from ") }
            .map { cell.firstSourceLine + $0.line - 1 }
    }

    /// `duration` in seconds with one decimal, as lint prints times.
    public static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.1f", value)
    }
}
