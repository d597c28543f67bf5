import Foundation

/// A throwaway workspace for REPL tests: `Lessons/` with the fixture lessons and a state folder,
/// removed when the value goes away.
final class CourseFolder {
    let root: URL
    var lessons: URL { root.appendingPathComponent("Lessons") }
    var state: URL { root.appendingPathComponent("state") }
    /// The environment that points `deeplings` at this workspace's state.
    var environment: [String: String] { ["XDG_STATE_HOME": state.path, "HOME": root.path] }

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-course-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        let hello = tests.deletingLastPathComponent().appendingPathComponent("CourseTests/Fixtures/hello.md")
        try FileManager.default.copyItem(at: hello, to: lessons.appendingPathComponent("01-hello.md"))
        try FileManager.default.copyItem(
            at: tests.appendingPathComponent("Fixtures/training.md"),
            to: lessons.appendingPathComponent("02-training.md"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Writes `text` to a file in the workspace and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let url = root.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}

/// Runs `deeplings arguments` with `input` on standard input and standard output to a file (not a
/// terminal); returns the exit status and what it printed.
func runPiped(
    _ arguments: [String], input: String, in folder: CourseFolder,
    environment extra: [String: String] = [:]
) throws -> (status: Int32, output: String) {
    let inputPath = try folder.write("input-\(UUID().uuidString.prefix(6)).txt", input)
    let outputPath = folder.root.appendingPathComponent("output-\(UUID().uuidString.prefix(6)).txt").path
    let settings = folder.environment.merging(extra) { $1 }.map { "\($0.key)=\($0.value)" }
    let script =
        "cd '\(folder.root.path)' && exec env \(settings.map { "'\($0)'" }.joined(separator: " ")) '\(deeplingsBinary.path)' "
        + arguments.map { "'\($0)'" }.joined(separator: " ") + " < '\(inputPath)' 2>&1"
    let status = try runAndWait(["/bin/sh", "-c", script], stdoutPath: outputPath)
    return (status, (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "")
}
