import Crypto
import Foundation

/// A parsed lesson file: front matter, cells in file order, and its exercises.
///
///     let lesson = try Lesson.load(path: "Lessons/01-hello.md")
///     for exercise in lesson.exercises { print(exercise.id, exercise.points) }
public struct Lesson: Sendable {
    /// The front matter's `id`, stable across edits (progress is keyed by it).
    public var id: String
    /// The front matter's `title`.
    public var title: String
    /// The path the lesson was read from, as given.
    public var path: String
    /// `sha256:<hex>` of the file's bytes; a changed hash means the lesson was edited.
    public var contentHash: String
    /// Every front-matter key besides `id` and `title`, as text.
    public var metadata: [String: String]
    /// Prose and fenced cells in file order.
    public var cells: [Cell]
    /// Exercises in file order.
    public var exercises: [Exercise]

    /// The exercise with `id`, if the lesson has one.
    public func exercise(_ id: String) -> Exercise? { exercises.first { $0.id == id } }

    /// The folder holding the lesson file (learner code may never read it).
    public var folder: String { URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path }

    /// Reads and parses the lesson at `path`.
    public static func load(path: String) throws(LessonFormatError) -> Lesson {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw LessonFormatError(diagnostics: [
                LessonDiagnostic(
                    file: path, line: 1,
                    problem: exists ? "the lesson file cannot be read" : "no such lesson file",
                    fix: exists ? "check the file's permissions" : "check the path (lessons live in Lessons/NN-name.md)")
            ])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LessonFormatError(diagnostics: [
                LessonDiagnostic(
                    file: path, line: 1,
                    problem: "the lesson file is not UTF-8 text", fix: "save it as UTF-8")
            ])
        }
        return try LessonParser.parse(text, path: path, hash: contentHash(of: data))
    }

    /// Parses lesson text; `path` names the file in diagnostics.
    public static func parse(_ text: String, path: String) throws(LessonFormatError) -> Lesson {
        try LessonParser.parse(text, path: path, hash: contentHash(of: Data(text.utf8)))
    }

    /// `sha256:<hex>` of `data`.
    public static func contentHash(of data: Data) -> String {
        "sha256:" + SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
