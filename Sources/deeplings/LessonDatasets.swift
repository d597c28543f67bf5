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

/// Thrown from a data-set build's progress callback when Ctrl-C was pressed.
struct BuildInterrupted: Error {
    /// The data set whose build stopped.
    let name: String

    /// Throws when Ctrl-C has been pressed since the flag was last cleared.
    static func check(_ name: String) throws {
        if sessionInterrupt.isSet { throw BuildInterrupted(name: name) }
    }

    /// Tells the learner on stderr that nothing half-built was kept and how to build the set
    /// later; returns the exit status of a command stopped by Ctrl-C.
    func reported() -> ExitCode {
        FileHandle.standardError.write(
            Data(
                ("\nStopped building the '\(name)' data set (Ctrl-C); nothing half-built was kept. "
                    + "It is built when code that names it runs, or with `deeplings datasets build \(name)`.\n").utf8))
        return ExitCode(130)
    }
}

/// Renders the procedural data sets `source` names that `root` lacks, with a progress bar on
/// stderr; on failure says what `purpose` needed and how to fix it, and exits with `exitCode`
/// (130 when Ctrl-C stopped the build).
func buildDatasets(named source: String, root: String, purpose: String, exitCode: Int32) throws {
    var bars: [String: BuildProgress] = [:]
    do {
        try DatasetAutoBuild.prepare(source: source, root: root) { name, done, total in
            try BuildInterrupted.check(name)
            if done == 0 { FileHandle.standardError.write(Data("Building the '\(name)' data set (once; it is rendered on this machine)\n".utf8)) }
            bars[name, default: BuildProgress(label: name)].update(done: done, total: total)
        }
    } catch let stopped as BuildInterrupted {
        throw stopped.reported()
    } catch {
        FileHandle.standardError.write(
            Data("deeplings: could not build a data set \(purpose) needs: \(error)\nTry `deeplings datasets build` and check the folder '\(root)' is writable.\n".utf8))
        throw ExitCode(exitCode)
    }
}
