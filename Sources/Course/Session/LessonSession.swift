import Foundation
import Interpreter
import PythonModules

/// One learner working through one lesson: the position, the learner's namespace (one
/// interpreter), the cells run so far, and each exercise's progress. A plain Swift API with no
/// terminal I/O; the REPL drives it.
///
///     let session = LessonSession(lesson: lesson, policy: policy, output: { print($0, terminator: "") })
///     session.runCell(at: 1)                                   // an example
///     let result = try session.submit("model = …", for: "predict-19")
///     print(result.outcome.name, result.lines.map(\.message))
public final class LessonSession {
    /// The lesson being worked through.
    public let lesson: Lesson
    /// Limits for the learner's own runs (cells and answers).
    public var limits = RunLimits(outputLimit: 1_000_000)
    /// Limits for each statement of a check.
    public var checkLimits = RunLimits(stepBudget: 20_000_000, timeLimit: .seconds(60), outputLimit: 100_000)
    /// Receives everything learner code prints, as it prints.
    public var output: (String) -> Void
    /// The index in `lesson.cells` the learner is at.
    public internal(set) var position = 0
    /// Progress per exercise id.
    public internal(set) var progress: [String: ExerciseProgress] = [:]
    /// The cells run into the current namespace, in the order they ran.
    public internal(set) var history: [RanCell] = []
    /// The learner's namespace.
    public internal(set) var interpreter: PythonInterpreter

    /// One cell (or prompt line) run into the namespace: where, and the exact text that ran.
    public struct RanCell: Equatable, Sendable {
        /// Index in `lesson.cells` (for prompt code, the cell the learner was at).
        public var cellIndex: Int
        /// The source that ran (an example as edited, the learner's answer, or prompt code).
        public var source: String
        /// True for code typed at the prompt rather than a cell's text.
        public var isPrompt = false
        /// The file name prompt code ran under (tracebacks quote it), if not `<stdin>`.
        public var file: String?
    }

    let policy: SandboxPolicy
    let interrupt: InterruptFlag
    /// The text each cell has now, for cells the learner edited (examples) or answered (exercises).
    var edits: [Int: String] = [:]
    /// Modules for checks, from an interpreter that runs no learner code.
    lazy var checkModules: [String: Value] = CheckRunner.protectedModules(
        from: PythonEnvironment.makeInterpreter(output: { _ in }, policy: SandboxPolicy()))
    var captured = ""
    var capturedBytes = 0
    var capturing = false
    static let captureLimit = 1 << 16

    /// Starts a session at the first cell. The lesson's folder is hidden from learner code,
    /// whatever `policy` allows.
    public init(
        lesson: Lesson, policy: SandboxPolicy, interrupt: InterruptFlag = InterruptFlag(),
        output: @escaping (String) -> Void = { _ in }
    ) {
        self.lesson = lesson
        var hidden = policy
        hidden.hiddenFolders.append(lesson.folder)
        self.policy = hidden
        self.interrupt = interrupt
        self.output = output
        interpreter = PythonEnvironment.makeInterpreter(output: { _ in }, interrupt: interrupt, policy: hidden)
        connect(interpreter)
        for exercise in lesson.exercises { progress[exercise.id] = ExerciseProgress() }
    }

    func connect(_ python: PythonInterpreter) {
        python.output = { [weak self] text in
            guard let self else { return }
            if capturedBytes < Self.captureLimit { captured += text; capturedBytes += text.utf8.count }
            if !capturing { output(text) }
        }
    }

    /// Restores saved progress (outcomes, attempts, hints shown, answers) and position, as when
    /// a learner resumes a lesson; nothing runs. Exercises the lesson no longer has are ignored.
    public func restore(_ saved: [String: ExerciseProgress], position index: Int) {
        for (id, record) in saved {
            guard let exercise = lesson.exercise(id) else { continue }
            progress[id] = record
            if let answer = record.answer { edits[exercise.cellIndex] = answer }
        }
        move(to: index)
    }

    /// Moves to cell `index` without running anything.
    public func move(to index: Int) {
        position = min(max(0, index), max(0, lesson.cells.count - 1))
    }

    /// The text cell `index` has now: the learner's edit or answer, else the lesson's source.
    public func currentSource(ofCell index: Int) -> String {
        edits[index] ?? (lesson.cells.indices.contains(index) ? lesson.cells[index].source : "")
    }

    /// Records the learner's edit of an example, or their answer to an exercise, without running it.
    public func edit(cell index: Int, source: String) {
        guard lesson.cells.indices.contains(index), lesson.cells[index].kind.isRunnable else { return }
        edits[index] = source
        if case .exercise(let id, _) = lesson.cells[index].kind {
            progress[id]?.answer = Self.sameCode(source, lesson.cells[index].source) ? nil : source
        }
    }

    /// Runs cell `index` (an example or an exercise) with its current text, or with `source`
    /// after recording it as the cell's new text, and moves there. Other cells do not run.
    @discardableResult
    public func runCell(at index: Int, source: String? = nil) -> CellRunResult {
        guard lesson.cells.indices.contains(index), lesson.cells[index].kind.isRunnable else {
            return CellRunResult(failure: nil, output: "")
        }
        if let source { edit(cell: index, source: source) }
        position = index
        let text = currentSource(ofCell: index)
        let result = execute(text, file: fileName(ofCell: index))
        history.append(RanCell(cellIndex: index, source: text))
        if case .exercise(let id, _) = lesson.cells[index].kind { progress[id]?.lastOutput = result.output }
        return result
    }

    /// The learner's current code for an exercise: their answer, else the starter.
    public func answer(for exerciseID: String) -> String? {
        guard let exercise = lesson.exercise(exerciseID) else { return nil }
        return currentSource(ofCell: exercise.cellIndex)
    }

    /// The next hint of an exercise, counting it as shown; nil when none is left.
    public func nextHint(for exerciseID: String) -> String? {
        guard let exercise = lesson.exercise(exerciseID), let shown = progress[exerciseID]?.hintsShown,
            shown < exercise.hintIndices.count
        else { return nil }
        progress[exerciseID]?.hintsShown = shown + 1
        return lesson.cells[exercise.hintIndices[shown]].source
    }

    /// The exercise's solution, shown only after at least one attempt.
    public func solution(for exerciseID: String) -> String? {
        guard let exercise = lesson.exercise(exerciseID), (progress[exerciseID]?.attempts ?? 0) > 0,
            let index = exercise.solutionIndex
        else { return nil }
        return lesson.cells[index].source
    }

    /// Runs code typed at the prompt in the learner's namespace, echoing expression values as
    /// Python's REPL does. It joins the history at the current position, so a rewind past
    /// this cell replays it. `file` names the input in tracebacks; a REPL gives each input its
    /// own name (`<python-input-3>`) so a function typed earlier quotes its own line.
    @discardableResult
    public func runPrompt(_ code: String, file: String = "<stdin>") -> CellRunResult {
        let result = execute(code, file: file, echo: .everyExpression)
        history.append(RanCell(cellIndex: position, source: code, isPrompt: true, file: file == "<stdin>" ? nil : file))
        return result
    }

    func execute(_ source: String, file: String, echo: EchoMode = .none) -> CellRunResult {
        captured = ""
        capturedBytes = 0
        interpreter.limits = limits
        let failure = interpreter.run(source, file: file, echo: echo)
        return CellRunResult(failure: failure, output: captured)
    }

    func fileName(ofCell index: Int) -> String {
        if case .exercise(let id, _) = lesson.cells[index].kind { return "<exercise \(id)>" }
        return "<cell \(index + 1)>"
    }

    /// Code equal to the starter up to blank lines around it and trailing spaces counts as unchanged.
    static func sameCode(_ a: String, _ b: String) -> Bool {
        func normal(_ s: String) -> [String] {
            var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                var text = String(line)
                while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
                return text
            }
            while lines.first?.isEmpty == true { lines.removeFirst() }
            while lines.last?.isEmpty == true { lines.removeLast() }
            return lines
        }
        return normal(a) == normal(b)
    }
}

extension LessonSession {
    /// Runs one file holding the answers to every exercise in place of exercise cell `index`
    /// (graders): it joins the history, and its output counts as every exercise's output.
    func runSubmissionFile(_ source: String, at index: Int, file: String) -> CellRunResult {
        position = index
        let result = execute(source, file: file)
        history.append(RanCell(cellIndex: index, source: source))
        for exercise in lesson.exercises { progress[exercise.id]?.lastOutput = result.output }
        return result
    }
}
