import Course
import Foundation
import PythonModules
import Testing

/// The course's own lessons, `Lessons/*.md` at the package root (found from this file's path,
/// wherever the tests run from), linted in fast mode as CI runs them.
enum CourseLessons {
    /// The package root: two folders above `Tests/CourseTests`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Lessons/` in the package root.
    static let folder = root.appendingPathComponent("Lessons").path

    /// The procedural data sets' folder in the package root.
    static let datasets = root.appendingPathComponent("datasets").path

    /// Every lesson file in `Lessons/` (the instructor's guide, `README.md`, is not a lesson).
    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
    }()

    /// Folders lesson code may read: Fashion-MNIST and `datasets/` (a data set linked into it
    /// from a copy shared between checkouts is readable through the sandbox's link rule).
    static var readableFolders: [String] { PythonEnvironment.dataFolders + [datasets] }

    /// The data sets that the cells `lint --fast` runs (those before the first `python slow`
    /// cell) name.
    static func fastDatasets(for lesson: Lesson) -> String {
        let fastCells = lesson.cells.prefix { $0.kind != .example(slow: true) }
        return fastCells.filter { $0.kind != .prose }.map(\.source).joined(separator: "\n")
    }

    /// Renders, once per test process, the data sets `source` names that `datasets/` lacks, as a
    /// learner's first use does (through a temporary folder renamed when complete; the renderer
    /// is optimised in debug builds too, so a fresh clone's three sets take about a minute).
    static func prepareDatasets(named source: String) throws {
        try buildLock.withLock { _ = try DatasetAutoBuild.prepare(source: source, root: datasets) { _, _, _ in } }
    }

    private static let buildLock = NSLock()
}

@Test func theLessonsFolderIsFoundAndHoldsLessons() {
    #expect(FileManager.default.fileExists(atPath: CourseLessons.folder + "/README.md"), "no instructor's guide at \(CourseLessons.folder)")
    #expect(!CourseLessons.files.isEmpty, "no lessons found in \(CourseLessons.folder)")
}

/// Each lesson parses, its examples before the first `python slow` cell run, and every exercise
/// up to there is proven: starter and mistakes fail, solution and alternatives pass. Lesson
/// code runs in a fresh folder where `datasets` leads to the package's data sets, as
/// `deeplings lint` run from the package root would see them.
@Test(.serialized, arguments: CourseLessons.files)
func lessonPassesFastLint(_ name: String) throws {
    let path = CourseLessons.folder + "/" + name
    guard let lesson = try? Lesson.load(path: path) else {
        let problems = try LessonLinter().lint(path: path).problems
        Issue.record("\(name) does not parse:\n\(problems.map(\.description).joined(separator: "\n"))")
        return
    }
    try CourseLessons.prepareDatasets(named: CourseLessons.fastDatasets(for: lesson))
    let workspace = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-lessons-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: workspace) }
    try FileManager.default.createSymbolicLink(atPath: workspace + "/datasets", withDestinationPath: CourseLessons.datasets)
    var linter = LessonLinter()
    linter.fast = true
    linter.readableFolders = CourseLessons.readableFolders
    linter.workspaceFolder = workspace
    let result = try linter.lint(lesson)
    #expect(result.problems.isEmpty, "\(result.problems.map(\.description).joined(separator: "\n"))")
    #expect(result.cellsRun > 0, "lint ran no cell of \(name)")
}

/// The complete lesson the instructor's guide offers to copy (its ````markdown block) parses
/// and passes lint, every exercise proven.
@Test func theGuidesLessonToCopyPassesLint() throws {
    let guide = try String(contentsOfFile: CourseLessons.folder + "/README.md", encoding: .utf8)
    guard let start = guide.range(of: "````markdown\n"), let end = guide.range(of: "\n````", options: .backwards),
        start.upperBound < end.lowerBound
    else {
        Issue.record("Lessons/README.md has no ````markdown block holding a lesson to copy")
        return
    }
    let lesson = try Lesson.parse(String(guide[start.upperBound..<end.lowerBound]), path: "Lessons/README.md (the lesson to copy)")
    let result = try LessonLinter().lint(lesson)
    #expect(result.problems.isEmpty, "\(result.problems.map(\.description).joined(separator: "\n"))")
    #expect(result.provenExercises == lesson.exercises.count && !lesson.exercises.isEmpty)
}
