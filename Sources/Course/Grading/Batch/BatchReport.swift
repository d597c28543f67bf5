import Foundation

/// The result of grading a class: one line per submission, in the order they were given, naming
/// the lesson's content hash and the Deeplings version that graded them.
public struct BatchReport: Codable, Sendable, Equatable {
    /// The lesson graded against, as `deeplings check` names it.
    public typealias Lesson = CheckReport.LessonReference

    /// How many submissions ended in each status.
    public struct Summary: Codable, Sendable, Equatable {
        /// Submissions with a result.
        public var graded = 0
        /// Submissions that ran out of time.
        public var timeout = 0
        /// Submissions whose checker crashed.
        public var crashed = 0
        /// Submissions that could not be graded.
        public var invalid = 0
    }

    /// The Deeplings version that graded.
    public var deeplings: String
    /// The lesson graded against.
    public var lesson: Lesson
    /// The limits each child ran under.
    public var limits: BatchLimits
    /// Counts per status.
    public var summary: Summary
    /// One result per submission, in the order given.
    public var submissions: [BatchSubmissionResult]

    /// Creates a report, counting the statuses.
    public init(deeplings: String = DeeplingsVersion.string, lesson: Lesson, limits: BatchLimits, submissions: [BatchSubmissionResult]) {
        self.deeplings = deeplings
        self.lesson = lesson
        self.limits = limits
        self.submissions = submissions
        summary = Summary()
        for result in submissions {
            switch result.status {
            case .graded: summary.graded += 1
            case .timeout: summary.timeout += 1
            case .crashed: summary.crashed += 1
            case .invalid: summary.invalid += 1
            }
        }
    }
}
