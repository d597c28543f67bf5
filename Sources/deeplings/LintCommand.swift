import ArgumentParser
import Course
import Foundation
import PythonModules

/// `deeplings lint [PATH…]`: proves lessons (see `LessonLinter`). Prints `file:line: message`
/// per problem and exits 1 on any; otherwise prints a one-line summary and exits 0.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Prove lessons: they parse, examples run, solutions pass and starters fail their checks.")

    @Argument(help: "Lesson files or folders of *.md lessons (default: Lessons).")
    var paths: [String] = []

    @Option(help: "Seconds each cell may take.")
    var budget: Double = 60

    @Flag(help: "Skip cells marked `python slow` (and the exercises after them).")
    var fast = false

    @Option(help: "Folder of the procedural data sets.")
    var datasets: String = "datasets"

    func validate() throws {
        guard budget.isFinite, budget > 0, budget <= 86_400 else {
            throw ValidationError("--budget must be a number of seconds between 0 and 86400, e.g. --budget 60")
        }
    }

    func run() throws {
        installInterruptHandler()
        let files = LessonFiles.find(paths.isEmpty ? ["Lessons"] : paths)
        var linter = LessonLinter()
        linter.budget = .milliseconds(Int64((budget * 1000).rounded(.up)))
        linter.fast = fast
        linter.interrupt = sessionInterrupt
        linter.readableFolders = PythonEnvironment.dataFolders + [URL(fileURLWithPath: datasets).standardizedFileURL.path]
        let start = ContinuousClock.now
        var problems = files.missing.map {
            LintProblem(file: $0, line: 1, message: "no such lesson file or folder — give a lesson `.md` file or a folder of them (run from the course folder, or pass its path)")
        }
        var proven = 0, skipped = 0, cells = 0
        linter.workspaceFolder = FileManager.default.currentDirectoryPath
        for file in files.lessons {
            try LessonDatasets.prepare(lessonPath: file, root: datasets)
            let result: LintResult
            do { result = try linter.lint(path: file) } catch {
                FileHandle.standardError.write(Data("deeplings: interrupted\n".utf8))
                throw ExitCode(130)
            }
            problems += result.problems
            proven += result.provenExercises; skipped += result.skippedExercises; cells += result.cellsRun
        }
        for problem in problems { print(problem.description) }
        if !problems.isEmpty || files.lessons.isEmpty {
            if files.lessons.isEmpty && files.missing.isEmpty { print("lint: no lessons (*.md) found") }
            throw ExitCode(1)
        }
        let elapsed = LessonLinter.seconds(ContinuousClock.now - start)
        let skippedText = skipped > 0 ? ", \(skipped) skipped after slow cells" : ""
        print(
            "lint: \(files.lessons.count) lesson\(files.lessons.count == 1 ? "" : "s") OK, \(proven) exercise\(proven == 1 ? "" : "s") proven\(skippedText), \(cells) cell runs in \(elapsed) s"
        )
    }
}

/// Lesson files named on the command line: files as given, folders searched for `*.md`.
enum LessonFiles {
    static func find(_ paths: [String]) -> (lessons: [String], missing: [String]) {
        var lessons: [String] = [], missing: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { missing.append(path); continue }
            guard isFolder.boolValue else { lessons.append(path); continue }
            let names = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String]) ?? []
            lessons += names.filter { $0.hasSuffix(".md") && !$0.hasSuffix("README.md") }.sorted().map { (path as NSString).appendingPathComponent($0) }
        }
        return (lessons, missing)
    }
}
