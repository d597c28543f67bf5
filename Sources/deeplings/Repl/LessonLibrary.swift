import Course
import Foundation

/// The lessons the REPL offers: every `*.md` lesson in one folder, in file-name order. Files
/// that do not parse are kept as problems to report, never a reason to stop.
struct LessonLibrary {
    /// The folder searched.
    let folder: String
    /// Lessons that parsed, in order.
    private(set) var lessons: [Lesson] = []
    /// One line per lesson file that failed to parse (`file:line: problem`).
    private(set) var problems: [String] = []

    /// Loads the lessons of `folder`; a missing folder gives an empty library.
    init(folder: String) {
        self.folder = folder
        for path in LessonFiles.find([folder]).lessons {
            do { lessons.append(try Lesson.load(path: path)) } catch {
                problems.append(error.diagnostics.map(\.description).joined(separator: "\n"))
            }
        }
    }

    /// The lesson named by `reference`: its number in the list (1-based) or its id.
    func lesson(_ reference: String) -> Lesson? {
        if let number = Int(reference), lessons.indices.contains(number - 1) { return lessons[number - 1] }
        return lessons.first { $0.id == reference }
    }

    /// The lesson with id `id`.
    func lesson(id: String) -> Lesson? { lessons.first { $0.id == id } }

    /// The folder to use: `--lessons` when given, else `Lessons/` in the current folder.
    static func folder(option: String?) -> String { option ?? "Lessons" }
}
