import ArgumentParser
import Course
import Foundation
import PythonModules

/// Builds, before lint or check runs a lesson, the procedural data sets its code or the
/// learner's names (`'datasets/rps/train'`), reporting on stderr so `--json` stdout stays clean.
enum LessonDatasets {
    static func prepare(lessonPath: String, extraSources: [String] = [], root: String) throws {
        guard let lesson = try? Lesson.load(path: lessonPath) else { return }
        let source = (lesson.cells.filter { $0.kind != .prose }.map(\.source) + extraSources).joined(separator: "\n")
        try buildDatasets(named: source, root: root, purpose: "the lesson", exitCode: 2)
    }
}

/// Renders the procedural data sets `source` names that `root` lacks, with a progress bar on
/// stderr; on failure says what `purpose` needed and how to fix it, and exits with `exitCode`.
func buildDatasets(named source: String, root: String, purpose: String, exitCode: Int32) throws {
    var bars: [String: BuildProgress] = [:]
    do {
        try DatasetAutoBuild.prepare(source: source, root: root) { name, done, total in
            if done == 0 { FileHandle.standardError.write(Data("Building the '\(name)' data set (once; it is rendered on this machine)\n".utf8)) }
            bars[name, default: BuildProgress(label: name)].update(done: done, total: total)
        }
    } catch {
        FileHandle.standardError.write(Data("deeplings: could not build a data set \(purpose) needs: \(error)\nTry `deeplings datasets build` and check the folder '\(root)' is writable.\n".utf8))
        throw ExitCode(exitCode)
    }
}
