/// Where a learner stands on one exercise, as the progress store keeps it (raw values are
/// spelled as check reports spell outcomes).
public enum StoredOutcome: String, Sendable, Codable, CaseIterable {
    /// No answer has been checked yet.
    case notAttempted = "not attempted"
    /// The last checked answers all failed at least one check.
    case failed
    /// An answer passed every check; the exercise stays passed whatever comes after.
    case passed
}
