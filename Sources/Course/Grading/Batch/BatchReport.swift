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
    /// Which slice of the class this report holds, when it was graded with `--shard`; nil for a
    /// whole class (graded on one machine, or merged).
    public var shard: ShardPart?
    /// `hmac-sha256:<hex>` over the report's canonical JSON, when it was signed.
    public var signature: String?

    /// What a shard's report says about its slice: enough for `merge` to name every submission
    /// that is missing or graded twice.
    public struct ShardPart: Codable, Sendable, Equatable {
        /// This shard's number, from 0.
        public var index: Int
        /// How many shards the class was cut into.
        public var count: Int
        /// Every submission of the class, in the order given, not only this shard's.
        public var classSubmissions: [String]

        /// Creates a shard description.
        public init(index: Int, count: Int, classSubmissions: [String]) {
            self.index = index
            self.count = count
            self.classSubmissions = classSubmissions
        }

        enum CodingKeys: String, CodingKey {
            case index, count
            case classSubmissions = "class"
        }
    }

    /// Creates a report, counting the statuses.
    public init(
        deeplings: String = DeeplingsVersion.string, lesson: Lesson, limits: BatchLimits, submissions: [BatchSubmissionResult],
        shard: ShardPart? = nil
    ) {
        self.deeplings = deeplings
        self.shard = shard
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
