import ArgumentParser
import Course
import Foundation

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
            print(
                "\(parts.count) shard\(parts.count == 1 ? "" : "s"), \(merged.submissions.count) submissions: \(summary.graded) graded, \(summary.timeout) timeout, \(summary.crashed) crashed, \(summary.invalid) invalid → \(out)\(key == nil ? "" : " (signed)")"
            )
        } catch let error as ReportMergeError {
            ReportFile.complain(error.description)
            throw ExitCode(1)
        } catch {
            ReportFile.complain("\(error)")
            throw ExitCode(2)
        }
    }
}
