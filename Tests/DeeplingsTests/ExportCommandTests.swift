import Foundation
import Testing
@testable import deeplings

/// The fixture lesson of the course engine's tests.
private let helloLesson = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("CourseTests/Fixtures/hello.md").path

@Test func exportCommandWritesANotebookFile() throws {
    let target = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-export-\(UUID().uuidString).ipynb")
    defer { try? FileManager.default.removeItem(at: target) }
    var command = try ExportCommand.parse([helloLesson, "--ipynb", "--solutions", "--out", target.path])
    try command.run()
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: target)) as? [String: Any]
    #expect(object?["nbformat"] as? Int == 4)
    let sources = ((object?["cells"] as? [[String: Any]]) ?? []).map { (($0["source"] as? [String]) ?? []).joined() }
    #expect(sources.contains { $0.contains("return 2 * x") }, "--solutions puts the solution in the exercise's cell")
}

@Test func exportCommandNeedsAFormatAndALesson() throws {
    #expect(throws: (any Error).self) { _ = try ExportCommand.parse([helloLesson]) }
    var missing = try ExportCommand.parse(["no-such-lesson.md", "--ipynb", "--out", "-"])
    #expect(throws: (any Error).self) { try missing.run() }
}
