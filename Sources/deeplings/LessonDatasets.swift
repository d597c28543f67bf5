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
        var bars: [String: BuildProgress] = [:]
        do {
            try DatasetAutoBuild.prepare(source: source, root: root) { name, done, total in
                if done == 0 { FileHandle.standardError.write(Data("Building the '\(name)' data set (once; it is rendered on this machine)\n".utf8)) }
                bars[name, default: BuildProgress(label: name)].update(done: done, total: total)
            }
        } catch {
            FileHandle.standardError.write(Data("deeplings: could not build a data set the lesson needs: \(error)\nTry `deeplings datasets build` and check the folder '\(root)' is writable.\n".utf8))
            throw ExitCode(2)
        }
    }
}
