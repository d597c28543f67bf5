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

/// `deeplings grade merge SHARD_REPORT… --out report.json`: joins the shards' reports of one class.
struct GradeMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the reports of `grade --shard K/N` into one report of the whole class.",
        discussion: "Refuses reports of different lesson versions, Deeplings versions, limits or shard counts, and names "
            + "every submission missing (with the shard to grade again) or graded twice. Exit status: 0 merged, 1 refused, 2 unreadable input.")

    @Argument(help: "The shards' JSON reports.")
    var reports: [String]

    @Option(name: .shortAndLong, help: "The merged report: report.json, report.csv or report.xml (JUnit).")
    var out: String

    @Option(help: ArgumentHelp("Require every shard report to be signed with the key in FILE, and sign the merged report with it.", valueName: "FILE"))
    var signKey: String?

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("give the shards' reports, e.g. deeplings grade merge reports/shard-*.json --out report.json") }
        guard BatchReportFormat(path: out) != nil else {
            throw ValidationError("cannot tell the report format of '\(out)': name it report.json, report.csv or report.xml (JUnit)")
        }
        if signKey != nil, BatchReportFormat(path: out) != .json {
            throw ValidationError("--sign-key needs a JSON report: name it report.json")
        }
    }

    func run() throws {
        var key: ReportKey?
        if let signKey {
            do { key = try ReportKey(contentsOf: signKey) } catch { throw ValidationError(error.description) }
        }
        var parts: [(name: String, report: BatchReport)] = []
        for path in reports {
            do {
                let (report, data) = try ReportFile.load(path)
                if let key {
                    switch BatchReport.verify(data, key: key) {
                    case .intact: break
                    case .unsigned: throw ReportFileError("\(path) is not signed, and --sign-key asks for signed shards: grade it again with --sign-key")
                    case .altered(let reason): throw ReportFileError("\(path) is not intact: \(reason)")
                    }
                }
                parts.append((path, report))
            } catch let error as ReportFileError {
                ReportFile.complain(error.description)
                throw ExitCode(2)
            }
        }
        do {
            var merged = try BatchReport.merge(parts)
            if let key { merged = merged.signed(with: key) }
            try merged.write(to: out)
            let summary = merged.summary
            print("\(parts.count) shard\(parts.count == 1 ? "" : "s"), \(merged.submissions.count) submissions: \(summary.graded) graded, \(summary.timeout) timeout, \(summary.crashed) crashed, \(summary.invalid) invalid → \(out)\(key == nil ? "" : " (signed)")")
        } catch let error as ReportMergeError {
            ReportFile.complain(error.description)
            throw ExitCode(1)
        } catch {
            ReportFile.complain("\(error)")
            throw ExitCode(2)
        }
    }
}

/// `deeplings grade verify REPORT --key FILE`: says whether a signed report is as it was signed.
struct GradeVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that a signed grading report is exactly as `grade --sign-key` wrote it.",
        discussion: "Exit status: 0 intact, 1 altered or unsigned, 2 unreadable report or key.")

    @Argument(help: "The JSON report.")
    var report: String

    @Option(help: ArgumentHelp("The key file the report was signed with.", valueName: "FILE"))
    var key: String

    func run() throws {
        let reportKey: ReportKey
        do { reportKey = try ReportKey(contentsOf: key) } catch {
            ReportFile.complain(error.description)
            throw ExitCode(2)
        }
        guard FileManager.default.fileExists(atPath: report), let data = FileManager.default.contents(atPath: report) else {
            ReportFile.complain("cannot read the report \(report): give the .json file that `deeplings grade --sign-key` wrote")
            throw ExitCode(2)
        }
        switch BatchReport.verify(data, key: reportKey) {
        case .intact:
            print("\(report): intact (signed with this key, not changed since)")
        case .unsigned:
            print("\(report): NOT SIGNED: it carries no signature, so nothing shows it is as graded (grade with --sign-key)")
            throw ExitCode(1)
        case .altered(let reason):
            // The text check compares with this build's JSON writer: another version may write it otherwise.
            let signer = (try? JSONDecoder().decode(BatchReport.self, from: data))?.deeplings
            let version = signer.flatMap { $0 == DeeplingsVersion.string ? nil : " (it names Deeplings \($0), this is \(DeeplingsVersion.string): verify with the version that signed it)" } ?? ""
            print("\(report): ALTERED: \(reason)\(version)")
            throw ExitCode(1)
        }
    }
}
