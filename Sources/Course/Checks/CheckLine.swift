/// The verdict of one judging statement of a check cell (an `assert` or a helper call).
public struct CheckLine: Codable, Equatable, Sendable {
    /// How a check statement ended.
    public enum Status: String, Codable, Sendable {
        /// It passed.
        case passed
        /// The learner's code did not meet it; `message` says why and what to try.
        case failed
        /// The check itself is broken (a syntax error, an unknown name, a helper misused): the
        /// lesson's fault, never the learner's.
        case lessonError = "lesson error"
    }

    /// The line of the statement in the lesson file.
    public var line: Int
    /// The verdict.
    public var status: Status
    /// Expected, found, and what to try (empty when passed).
    public var message: String

    /// Creates a verdict.
    public init(line: Int, status: Status, message: String) {
        self.line = line; self.status = status; self.message = message
    }
}

/// Thrown when the host interrupt (Ctrl-C) stopped checks: no verdict is recorded.
public struct ChecksInterrupted: Error, Sendable {}
