/// The JSON that `deeplings check LESSON SUBMISSION --json` prints, as a grading batch reads it:
/// for an invalid submission only `deeplings`, `submission`, `status` and `error` (and `lesson`
/// when it could be read) are there.
public struct ChildResult: Codable, Sendable, Equatable {
    /// The lesson graded against, as `deeplings check` names it.
    public typealias Lesson = CheckReport.LessonReference

    /// One check of an exercise.
    public struct Check: Codable, Sendable, Equatable {
        /// The check's line in the lesson file, when known.
        public var line: Int?
        /// Whether the check passed.
        public var passed: Bool
        /// What the check said (empty when it passed).
        public var message: String

        /// Creates a check result.
        public init(line: Int?, passed: Bool, message: String) {
            self.line = line
            self.passed = passed
            self.message = message
        }
    }

    /// One exercise's grade.
    public struct Exercise: Codable, Sendable, Equatable {
        /// The exercise's `id=`.
        public var id: String
        /// Points the exercise is worth.
        public var points: Int
        /// Points the submission earned on it.
        public var earned: Int
        /// `passed`, `failed`, `not attempted` or `lesson error`, as the child says.
        public var outcome: String
        /// Every check, in lesson order.
        public var checks: [Check]

        /// Creates an exercise result.
        public init(id: String, points: Int, earned: Int, outcome: String, checks: [Check]) {
            self.id = id
            self.points = points
            self.earned = earned
            self.outcome = outcome
            self.checks = checks
        }
    }

    /// The child's Deeplings version.
    public var deeplings: String
    /// The lesson graded against, when it could be read.
    public var lesson: Lesson?
    /// The submission path the child was given.
    public var submission: String
    /// `graded` or `invalid`.
    public var status: String
    /// Why the submission is invalid, when it is.
    public var error: String?
    /// Points earned, when graded.
    public var score: Int?
    /// Points possible, when graded.
    public var maxScore: Int?
    /// Per-exercise results, when graded.
    public var exercises: [Exercise]?
}
