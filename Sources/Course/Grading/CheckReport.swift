/// The result of grading one submission against one lesson: what `deeplings check --json`
/// prints (one object on stdout) and what `deeplings grade` collects. Decode it with
/// `JSONDecoder`; fields absent for an invalid submission are nil.
///
///     {"deeplings":"0.6.0","lesson":{"id":"hello-nn","path":"Lessons/02-hello.md","hash":"sha256:…"},
///      "submission":"answers.py","status":"graded","score":3,"maxScore":5,
///      "exercises":[{"id":"predict-19","points":2,"earned":0,"outcome":"failed",
///                    "checks":[{"line":42,"passed":false,"message":"…"}]}]}
public struct CheckReport: Codable, Equatable, Sendable {
    /// How grading ended for the submission as a whole.
    public enum Status: String, Codable, Sendable {
        /// Every exercise was judged (whatever the score).
        case graded
        /// The input was unusable (missing file, broken lesson); see `error`.
        case invalid
        /// Grading ran out of its wall-clock or CPU limit (set by `deeplings grade`).
        case timeout
        /// The grading process died (set by `deeplings grade`).
        case crashed
    }

    /// The lesson graded against.
    public struct LessonReference: Codable, Equatable, Sendable {
        /// The front matter's `id`.
        public var id: String
        /// The lesson file's path as given.
        public var path: String
        /// `sha256:<hex>` of the lesson file.
        public var hash: String

        /// Creates a reference.
        public init(id: String, path: String, hash: String) { self.id = id; self.path = path; self.hash = hash }
    }

    /// One exercise's result.
    public struct ExerciseReport: Codable, Equatable, Sendable {
        /// The exercise id.
        public var id: String
        /// Points it is worth.
        public var points: Int
        /// Points earned: all of them when passed, else 0.
        public var earned: Int
        /// `passed`, `failed`, `not attempted` or `lesson error`.
        public var outcome: String
        /// One entry per judging statement of its checks.
        public var checks: [CheckEntry]

        /// Creates an exercise result.
        public init(id: String, points: Int, earned: Int, outcome: String, checks: [CheckEntry]) {
            self.id = id; self.points = points; self.earned = earned; self.outcome = outcome; self.checks = checks
        }
    }

    /// One check statement's verdict.
    public struct CheckEntry: Codable, Equatable, Sendable {
        /// Its line in the lesson file.
        public var line: Int
        /// True when it passed.
        public var passed: Bool
        /// Why it failed (empty when passed).
        public var message: String

        /// Creates an entry.
        public init(line: Int, passed: Bool, message: String) { self.line = line; self.passed = passed; self.message = message }
    }

    /// The Deeplings version that graded.
    public var deeplings: String
    /// The lesson, when it could be read.
    public var lesson: LessonReference?
    /// The submission path as given.
    public var submission: String
    /// How grading ended.
    public var status: Status
    /// Why the submission is invalid (status `invalid`, `timeout`, `crashed`).
    public var error: String?
    /// Points earned (status `graded`).
    public var score: Int?
    /// Points available (status `graded`).
    public var maxScore: Int?
    /// Per-exercise results in lesson order (status `graded`).
    public var exercises: [ExerciseReport]?

    /// Creates a report.
    public init(
        deeplings: String = DeeplingsVersion.string, lesson: LessonReference?, submission: String, status: Status,
        error: String? = nil, score: Int? = nil, maxScore: Int? = nil, exercises: [ExerciseReport]? = nil
    ) {
        self.deeplings = deeplings; self.lesson = lesson; self.submission = submission; self.status = status
        self.error = error; self.score = score; self.maxScore = maxScore; self.exercises = exercises
    }

    /// True when every exercise passed.
    public var allPassed: Bool {
        status == .graded && (exercises ?? []).allSatisfy { $0.outcome == ExerciseOutcome.passed.name }
    }
}
