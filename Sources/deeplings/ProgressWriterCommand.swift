import ArgumentParser
import Course
import Foundation

/// `deeplings _progress-writer DB COUNT`: writes COUNT attempts to a progress file, printing
/// `TAG-i` after each has committed. The crash test kills it with SIGKILL at random moments and
/// then checks that every printed write is in the file.
struct ProgressWriterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_progress-writer",
        abstract: "Test support: write progress records, reporting each committed one.",
        shouldDisplay: false)

    @Argument(help: "The progress file.")
    var database: String

    @Argument(help: "How many attempts to write.")
    var count: Int

    @Option(help: "Prefix of the exercise ids written, so several runs can share a file.")
    var tag: String = "w"

    func run() throws {
        let store: ProgressStore
        do { store = try ProgressStore(path: database) } catch {
            FileHandle.standardError.write(Data("deeplings: \(error)\n".utf8))
            throw ExitCode(1)
        }
        _ = try store.openLesson("crash-test", contentHash: "sha256:\(tag)")
        for index in 0..<count {
            let id = "\(tag)-\(index)"
            try store.recordAttempt(lessonID: "crash-test", exerciseID: id, answer: "answer \(id)", passed: index % 2 == 0)
            try store.setPosition(lessonID: "crash-test", cell: index)
            // One write(2) per line, after the commit: a line the test reads is a write that returned.
            FileHandle.standardOutput.write(Data("\(id)\n".utf8))
        }
    }
}
