/// How grading one submission ended: the same statuses `deeplings check --json` reports.
public typealias BatchStatus = CheckReport.Status

/// One submission's line in a batch report.
public struct BatchSubmissionResult: Codable, Sendable, Equatable {
    /// The submission path as given on the command line.
    public var submission: String
    /// How grading ended.
    public var status: BatchStatus
    /// Why the status is not `graded`, in a sentence (with a tail of the child's error output).
    public var reason: String?
    /// Points earned, when graded.
    public var score: Int?
    /// Points possible, when graded.
    public var maxScore: Int?
    /// Per-exercise results with per-check statuses, when graded.
    public var exercises: [CheckReport.ExerciseReport]
    /// Wall seconds the child ran.
    public var seconds: Double
    /// CPU seconds the child used.
    public var cpuSeconds: Double

    /// Creates a result.
    public init(
        submission: String, status: BatchStatus, reason: String? = nil, score: Int? = nil, maxScore: Int? = nil,
        exercises: [CheckReport.ExerciseReport] = [], seconds: Double = 0, cpuSeconds: Double = 0
    ) {
        self.submission = submission
        self.status = status
        self.reason = reason
        self.score = score
        self.maxScore = maxScore
        self.exercises = exercises
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
    }
}
