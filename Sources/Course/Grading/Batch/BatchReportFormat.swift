import Foundation

/// The formats a batch report is written in, chosen by the output file's extension.
public enum BatchReportFormat: String, Sendable, CaseIterable {
    /// `.json`: the whole report, keys sorted.
    case json
    /// `.csv`: one row per exercise of each submission (one row for a submission without results).
    case csv
    /// `.xml`: JUnit XML, one test suite per submission and one test case per exercise, for CI.
    case junit

    /// The format that `path`'s extension names, or nil for an extension that names none.
    public init?(path: String) {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": self = .json
        case "csv": self = .csv
        case "xml": self = .junit
        default: return nil
        }
    }

    /// The report's bytes in this format.
    public func render(_ report: BatchReport) -> Data {
        switch self {
        case .json: return report.jsonData()
        case .csv: return Data(report.csvText().utf8)
        case .junit: return Data(report.junitXML().utf8)
        }
    }
}

extension BatchReport {
    /// Writes the report in the format its extension names, replacing the file in one step.
    public func write(to path: String) throws {
        guard let format = BatchReportFormat(path: path) else { throw BatchError.unknownReportFormat(path: path) }
        try write(to: path, as: format)
    }

    /// Writes the report in `format`, whatever the file's extension, replacing the file in one step.
    public func write(to path: String, as format: BatchReportFormat) throws {
        do {
            try format.render(self).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw BatchError.reportUnwritable(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
