/// Why a whole batch could not run (a single bad submission never is one).
public enum BatchError: Error, Equatable, CustomStringConvertible {
    /// The lesson file could not be read.
    case lessonUnreadable(path: String, reason: String)
    /// A child process could not be started.
    case cannotStart(String, reason: String)
    /// The report could not be written.
    case reportUnwritable(path: String, reason: String)
    /// The report's file name does not say which format to write.
    case unknownReportFormat(path: String)
    /// The batch was interrupted; its children were stopped and no report was made.
    case interrupted

    /// A message naming the problem and the fix.
    public var description: String {
        switch self {
        case .lessonUnreadable(let path, let reason):
            return "cannot read the lesson \(path): \(reason). Give the path of a lesson's .md file."
        case .cannotStart(let what, let reason):
            return "cannot start \(what): \(reason). Check that it exists and is executable, and that the system allows more processes."
        case .reportUnwritable(let path, let reason):
            return "cannot write the report \(path): \(reason). Check that its folder exists and is writable."
        case .unknownReportFormat(let path):
            return "cannot tell the report format of \(path): name it report.json, report.csv or report.xml (JUnit)."
        case .interrupted:
            return "interrupted: the running checks were stopped and no report was written."
        }
    }
}
