import Foundation

/// One checked answer to an exercise.
public struct ExerciseAttempt: Sendable, Equatable {
    /// When the answer was checked.
    public var at: Date
    /// `.passed` or `.failed`.
    public var outcome: ExerciseOutcome

    /// Creates an attempt record.
    public init(at: Date, outcome: ExerciseOutcome) {
        self.at = at
        self.outcome = outcome
    }
}

/// What the progress store remembers of one exercise.
public struct ExerciseProgress: Sendable, Equatable {
    /// The lesson the exercise belongs to.
    public var lessonID: String
    /// The exercise's `id=` from its cell.
    public var exerciseID: String
    /// `.passed` once any attempt passed, else `.failed` after an attempt, else `.notAttempted`.
    public var outcome: ExerciseOutcome
    /// Every checked answer, oldest first.
    public var attempts: [ExerciseAttempt]
    /// How many hints the learner asked for.
    public var hintsUsed: Int
    /// The learner's latest answer text, checked or not.
    public var lastAnswer: String?

    /// An exercise the learner has not touched.
    public static func untouched(lessonID: String, exerciseID: String) -> ExerciseProgress {
        ExerciseProgress(lessonID: lessonID, exerciseID: exerciseID, outcome: .notAttempted, attempts: [], hintsUsed: 0, lastAnswer: nil)
    }

    /// Creates a record; the store makes these, tests compare with them.
    public init(lessonID: String, exerciseID: String, outcome: ExerciseOutcome, attempts: [ExerciseAttempt], hintsUsed: Int, lastAnswer: String?) {
        self.lessonID = lessonID
        self.exerciseID = exerciseID
        self.outcome = outcome
        self.attempts = attempts
        self.hintsUsed = hintsUsed
        self.lastAnswer = lastAnswer
    }
}
