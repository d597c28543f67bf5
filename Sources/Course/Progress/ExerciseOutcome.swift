/// Where a learner stands on one exercise.
public enum ExerciseOutcome: String, Sendable, Codable, CaseIterable {
    /// No answer has been checked yet.
    case notAttempted = "not_attempted"
    /// The last checked answers all failed at least one check.
    case failed
    /// An answer passed every check; the exercise stays passed whatever comes after.
    case passed
}
