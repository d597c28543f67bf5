import ArgumentParser
import Course
import Foundation

/// `deeplings grade report report.json [--png scores.png] [--csv F] [--junit F]`: what the class
/// did, at a glance.
struct GradeReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Summarise a grading report: pass rates per exercise and check, common failures, a score histogram.",
        discussion: "Also lists the submissions that timed out, crashed or were invalid, with why; --png saves the "
            + "histogram, --csv and --junit write the report in those formats.")

    @Argument(help: "The JSON report of `grade` or `grade merge`.")
    var report: String

    @Option(help: ArgumentHelp("Save the score histogram as a PNG picture.", valueName: "FILE"))
    var png: String?

    @Option(help: ArgumentHelp("Also write the report as CSV, one row per exercise of each submission.", valueName: "FILE"))
    var csv: String?

    @Option(help: ArgumentHelp("Also write the report as JUnit XML.", valueName: "FILE"))
    var junit: String?

    @Option(help: ArgumentHelp("Check the report's signature with the key in FILE first (as `grade verify`).", valueName: "FILE"))
    var key: String?

    func run() throws {
        let loaded: (report: BatchReport, data: Data)
        do { loaded = try ReportFile.load(report) } catch {
            ReportFile.complain("\(error)")
            throw ExitCode(2)
        }
        var integrity = ""
        if let key {
            do {
                switch BatchReport.verify(loaded.data, key: try ReportKey(contentsOf: key)) {
                case .intact: integrity = "signature: intact\n"
                case .unsigned: integrity = "signature: NONE (the report is not signed)\n"
                case .altered(let reason): integrity = "signature: ALTERED: \(reason)\n"
                }
            } catch {
                ReportFile.complain("\(error)")
                throw ExitCode(2)
            }
        }
        let statistics = ClassStatistics(loaded.report)
        print(integrity + ClassReportText.render(loaded.report, statistics), terminator: "")
        do {
            if let png {
                try ScoreHistogramFigure.writePNG(statistics, to: png)
                print("histogram → \(png)")
            }
            if let csv {
                try loaded.report.write(to: csv, as: .csv)
                print("CSV → \(csv)")
            }
            if let junit {
                try loaded.report.write(to: junit, as: .junit)
                print("JUnit → \(junit)")
            }
        } catch {
            ReportFile.complain("\(error)")
            throw ExitCode(2)
        }
        if integrity.hasPrefix("signature: ALTERED") { throw ExitCode(1) }
    }
}
