import Interpreter

/// How an exercise stands for the learner.
public enum ExerciseOutcome: Codable, Equatable, Sendable {
    /// The learner has not yet run code that differs from the starter.
    case notAttempted
    /// The last attempt failed; one message per failed check.
    case failed([String])
    /// The last attempt passed every check.
    case passed
    /// A check of the lesson is broken; the messages are for the lesson's author.
    case lessonError([String])

    /// The outcome's name as reports spell it: `passed`, `failed`, `not attempted`, `lesson error`.
    public var name: String {
        switch self {
        case .notAttempted: "not attempted"
        case .failed: "failed"
        case .passed: "passed"
        case .lessonError: "lesson error"
        }
    }
}

/// What the session knows of one exercise.
public struct ExerciseProgress: Codable, Equatable, Sendable {
    /// The outcome of the last attempt.
    public var outcome: ExerciseOutcome = .notAttempted
    /// Attempts counted: checks run on code that differs from the starter.
    public var attempts = 0
    /// How many of the exercise's hints the learner has seen.
    public var hintsShown = 0
    /// The learner's latest code for the exercise, or nil while it is the starter.
    public var answer: String?
    /// What the learner's code printed when it last ran.
    public var lastOutput = ""

    /// A fresh record: not attempted, no hints.
    public init() {}
}

/// Why checks may be judging state that does not match the lesson as written.
public enum SessionWarning: Equatable, Sendable, CustomStringConvertible {
    /// An example before the exercise was never run, so the state it builds is missing.
    case notRun(line: Int)
    /// Cells ran out of lesson order: the cell at `line` ran after a cell below it.
    case outOfOrder(line: Int)
    /// The cell at `line` was edited after it last ran; the state holds the old version.
    case editedSinceRun(line: Int)

    /// One sentence for the learner.
    public var description: String {
        switch self {
        case .notRun(let line): "the cell at line \(line) has not been run, so what it defines is missing — run it, or rewind"
        case .outOfOrder(let line): "the cell at line \(line) ran after a cell below it, so the state may differ from the lesson's — rewind to replay in order"
        case .editedSinceRun(let line): "the cell at line \(line) was edited after it ran — run it again"
        }
    }
}

/// The result of running one cell or piece of learner code.
public struct CellRunResult {
    /// The exception that escaped, if any (its `traceback` is CPython's).
    public var failure: PythonFailure?
    /// What the code printed.
    public var output: String
}

/// The result of checking an exercise.
public struct ExerciseCheckResult {
    /// The exercise checked.
    public var exerciseID: String
    /// Its outcome after this check.
    public var outcome: ExerciseOutcome
    /// One verdict per judging statement of its check cells.
    public var lines: [CheckLine]
    /// Warnings about the state the checks ran on.
    public var warnings: [SessionWarning]
    /// The failure of the learner's code, when this check ran it first (`submit`).
    public var runFailure: PythonFailure?
}
