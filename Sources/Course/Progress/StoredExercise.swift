import Foundation

/// One checked answer to an exercise.
public struct StoredAttempt: Sendable, Equatable {
    /// When the answer was checked.
    public var at: Date
    /// `.passed` or `.failed`.
    public var outcome: StoredOutcome

    /// Creates an attempt record.
    public init(at: Date, outcome: StoredOutcome) {
        self.at = at
        self.outcome = outcome
    }
}

/// What the progress store remembers of one exercise.
public struct StoredExercise: Sendable, Equatable {
    /// The lesson the exercise belongs to.
    public var lessonID: String
    /// The exercise's `id=` from its cell.
    public var exerciseID: String
    /// `.passed` once any attempt passed, else `.failed` after an attempt, else `.notAttempted`.
    public var outcome: StoredOutcome
    /// Every checked answer, oldest first.
    public var attempts: [StoredAttempt]
    /// How many hints the learner asked for.
    public var hintsUsed: Int
    /// The learner's latest answer text, checked or not.
    public var lastAnswer: String?

    /// An exercise the learner has not touched.
    public static func untouched(lessonID: String, exerciseID: String) -> StoredExercise {
        StoredExercise(lessonID: lessonID, exerciseID: exerciseID, outcome: .notAttempted, attempts: [], hintsUsed: 0, lastAnswer: nil)
    }

    /// Creates a record; the store makes these, tests compare with them.
    public init(lessonID: String, exerciseID: String, outcome: StoredOutcome, attempts: [StoredAttempt], hintsUsed: Int, lastAnswer: String?) {
        self.lessonID = lessonID
        self.exerciseID = exerciseID
        self.outcome = outcome
        self.attempts = attempts
        self.hintsUsed = hintsUsed
        self.lastAnswer = lastAnswer
    }
}
