import Foundation
import PythonModules
import Testing
import Course

/// The course's own lessons, `Lessons/*.md` at the package root (found from this file's path,
/// wherever the tests run from), linted in fast mode as CI runs them.
enum CourseLessons {
    /// The package root: two folders above `Tests/CourseTests`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Lessons/` in the package root.
    static let folder = root.appendingPathComponent("Lessons").path

    /// Every lesson file in `Lessons/` (the instructor's guide, `README.md`, is not a lesson).
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
    }()
}

@Test func theLessonsFolderIsFoundAndHoldsLessons() {
    #expect(FileManager.default.fileExists(atPath: CourseLessons.folder + "/README.md"), "no instructor's guide at \(CourseLessons.folder)")
    #expect(!CourseLessons.files.isEmpty, "no lessons found in \(CourseLessons.folder)")
}

/// Each lesson parses, its examples before the first `python slow` cell run, and every exercise
/// up to there is proven: starter and mistakes fail, solution and alternatives pass.
@Test(.serialized, arguments: CourseLessons.files)
func lessonPassesFastLint(_ name: String) throws {
    var linter = LessonLinter()
    linter.fast = true
    linter.readableFolders = PythonEnvironment.dataFolders + [CourseLessons.root.appendingPathComponent("datasets").path]
    let result = try linter.lint(path: CourseLessons.folder + "/" + name)
    #expect(result.problems.isEmpty, "\(result.problems.map(\.description).joined(separator: "\n"))")
    #expect(result.cellsRun > 0, "lint ran no cell of \(name)")
}
