import Foundation
import Interpreter
@testable import Course

/// The fixture course under `Tests/CourseTests/Fixtures`.
enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    static func path(_ name: String) -> String { folder + "/" + name }

    /// The good fixture lesson, parsed once.
    static let hello: Lesson = {
        do { return try Lesson.load(path: path("hello.md")) } catch { fatalError("fixture does not parse: \(error)") }
    }()

    /// A session on `lesson` whose workspace is a fresh temporary folder.
    static func session(_ lesson: Lesson = hello) -> LessonSession {
        let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-tests-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
        let session = LessonSession(lesson: lesson, policy: SandboxPolicy(readableFolders: [], workspaceFolder: workspace))
        session.checkLimits = RunLimits(stepBudget: 50_000, timeLimit: .seconds(5), outputLimit: 10_000)
        session.limits = RunLimits(stepBudget: 50_000, timeLimit: .seconds(5), outputLimit: 10_000)
        return session
    }

    /// Index of the first cell of `kind`'s exercise cell.
    static func exerciseCell(_ id: String, in lesson: Lesson = hello) -> Int {
        lesson.exercise(id)?.cellIndex ?? -1
    }

    /// Parses a lesson written inline; `body` follows a valid front matter unless `raw`.
    static func parse(_ body: String, raw: Bool = false) throws(LessonFormatError) -> Lesson {
        try Lesson.parse(raw ? body : "---\nid: inline\ntitle: Inline\n---\n" + body, path: "inline.md")
    }

    /// A complete exercise block for `id`, for inline lessons.
    static func exercise(_ id: String, check: String = "assert x == 1, \"x should be 1\"") -> String {
        """
        ```exercise id=\(id)
        x = 0
        ```

        ```hint id=\(id)
        Set x.
        ```

        ```solution id=\(id)
        x = 1
        ```

        ```check id=\(id)
        \(check)
        ```

        """
    }
}
