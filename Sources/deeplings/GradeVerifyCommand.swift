import ArgumentParser
import Course
import Foundation

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
            let version =
                signer.flatMap { $0 == DeeplingsVersion.string ? nil : " (it names Deeplings \($0), this is \(DeeplingsVersion.string): verify with the version that signed it)" }
                ?? ""
            print("\(report): ALTERED: \(reason)\(version)")
            throw ExitCode(1)
        }
    }
}
