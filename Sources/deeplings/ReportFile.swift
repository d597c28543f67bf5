import ArgumentParser
import Course
import Foundation

/// Reading the JSON reports that `deeplings grade` wrote, with a message that names the file and
/// what is wrong with it.
enum ReportFile {
    /// The file's bytes and the report they hold; throws a sentence naming the problem and the fix.
    static func load(_ path: String) throws -> (report: BatchReport, data: Data) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ReportFileError("no such report: \(path): give the .json file that `deeplings grade --out` wrote")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReportFileError("cannot read \(path): check its permissions")
        }
        do {
            return (try JSONDecoder().decode(BatchReport.self, from: data), data)
        } catch {
            let hint = BatchReportFormat(path: path) == .json ? "" : " (CSV and JUnit reports cannot be read back: grade with --out report.json)"
            throw ReportFileError("\(path) is not a grading report: \(BatchReport.decodingProblem(error))\(hint)")
        }
    }

    /// Prints `error` after `deeplings:` on standard error.
    static func complain(_ message: String) {
        FileHandle.standardError.write(Data("deeplings: \(message)\n".utf8))
    }
}

/// A report file that cannot be used, in one sentence.
struct ReportFileError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
