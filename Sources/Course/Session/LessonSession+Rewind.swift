import Interpreter
import PythonModules

extension LessonSession {
    /// Goes back to cell `index`: a fresh interpreter replays, in their original order and with
    /// the text they ran with, the cells the learner ran that come before `index` (and the
    /// prompt code run while at them). Their output
    /// is not shown. Returns the failures of replayed cells (a cell that failed before fails again).
    @discardableResult
    public func rewind(to index: Int) -> [PythonFailure] {
        let replay = history.filter { $0.cellIndex < index }
        startFreshNamespace()
        capturing = true
        defer { capturing = false }
        var failures: [PythonFailure] = []
        for record in replay {
            let result =
                record.isPrompt
                ? execute(record.source, file: record.file ?? "<stdin>", echo: .everyExpression)
                : execute(record.source, file: fileName(ofCell: record.cellIndex))
            if let failure = result.failure { failures.append(failure) }
            history.append(record)
        }
        move(to: index)
        return failures
    }

    /// Replaces the namespace with an empty one (same limits, sandbox and interrupt flag) and
    /// forgets what ran in the old one.
    func startFreshNamespace() {
        interpreter = PythonEnvironment.makeInterpreter(output: { _ in }, interrupt: interrupt, policy: policy)
        connect(interpreter)
        history = []
    }
}

/// What `LessonSession.catchUp()` ran.
public struct CatchUpResult {
    /// Cells that ran, in lesson order.
    public var cellsRun = 0
    /// Exercises up to the position with no answer yet: nothing ran for them.
    public var unanswered: [String] = []
    /// Cells that failed, with their numbers in `lesson.cells` (0-based).
    public var failures: [(cellIndex: Int, failure: PythonFailure)] = []
    /// True when Ctrl-C (or another limit) stopped the replay before its end.
    public var stopped = false
}

extension LessonSession {
    /// The runnable cells that `catchUp()` would run: every example above the position, and
    /// each exercise up to and including it that the learner has answered.
    public var cellsToCatchUp: [Int] {
        lesson.cells.indices.filter { index in
            guard index <= position else { return false }
            switch lesson.cells[index].kind {
            case .example: return index < position
            case .exercise: return edits[index] != nil
            default: return false
            }
        }
    }

    /// For a resumed lesson, whose namespace is empty: a fresh interpreter runs, in lesson
    /// order, the examples above the position (as the learner edited them) and the learner's
    /// answers to the exercises up to it, without showing their output. Stops at the first
    /// interrupted cell (Ctrl-C) and says so; other failures are collected and the replay goes on.
    public func catchUp() -> CatchUpResult {
        let here = position
        startFreshNamespace()
        capturing = true
        defer { capturing = false; move(to: here) }
        var result = CatchUpResult()
        result.unanswered = lesson.exercises.filter { $0.cellIndex <= here && edits[$0.cellIndex] == nil }.map(\.id)
        for index in cellsToCatchUp {
            let text = currentSource(ofCell: index)
            let run = execute(text, file: fileName(ofCell: index))
            history.append(RanCell(cellIndex: index, source: text))
            result.cellsRun += 1
            guard let failure = run.failure else { continue }
            result.failures.append((index, failure))
            if failure.isInterrupt || failure.isTimeout { result.stopped = true; break }
        }
        return result
    }
}
