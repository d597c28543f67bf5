import ArgumentParser
import Course
import Foundation
import ImageData

/// `deeplings export LESSON --ipynb [--out FILE] [--solutions] [--no-slow]`: writes the lesson as
/// a Jupyter notebook that runs under real TensorFlow (see `NotebookExporter`).
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a lesson as a Jupyter notebook that runs under TensorFlow (e.g. on Colab).",
        discussion: "The notebook's first cell defines the course's checks in plain Python; image data sets come from local copies under DATASETS or the originals' downloads.")

    @Argument(help: "The lesson file (Lessons/NN-name.md).")
    var lesson: String

    @Flag(help: "Write a Jupyter notebook (nbformat 4), the only format so far.")
    var ipynb = false

    @Option(help: "The notebook file to write (default: the lesson's name with .ipynb, in the current folder; - for stdout).")
    var out: String?

    @Flag(help: "Put each exercise's solution in its cell instead of the starter code.")
    var solutions = false

    @Flag(help: "Leave out `python slow` cells (training runs and other long cells).")
    var noSlow = false

    func validate() throws {
        guard ipynb else { throw ValidationError("say which format to write: --ipynb (a Jupyter notebook)") }
    }

    func run() throws {
        let parsed: Lesson
        do { parsed = try Lesson.load(path: lesson) } catch {
            for diagnostic in error.diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
            throw ExitCode(2)
        }
        var exporter = NotebookExporter()
        exporter.includeSolutions = solutions
        exporter.includeSlowCells = !noSlow
        let data = try exporter.notebook(for: parsed).json()
        let target = out ?? (URL(fileURLWithPath: lesson).deletingPathExtension().lastPathComponent + ".ipynb")
        if target == "-" { FileHandle.standardOutput.write(data); return }
        do { try data.write(to: URL(fileURLWithPath: target), options: .atomic) } catch {
            FileHandle.standardError.write(Data("deeplings: cannot write '\(target)' — check the folder exists and is writable, or give --out FILE\n".utf8))
            throw ExitCode(2)
        }
        if out != nil, NotebookExporter.needsCourseBaseWeights(parsed) { copyCourseBaseWeights(besides: target) }
        FileHandle.standardError.write(Data("wrote \(target) (\(parsed.exercises.count) exercises\(solutions ? ", with solutions" : ""))\n".utf8))
    }

    /// Copies the course base's weights beside the notebook (its `course_base` cell looks there),
    /// unless a copy is already there; a missing source is a warning, the notebook is still written.
    private func copyCourseBaseWeights(besides notebook: String) {
        let folder = URL(fileURLWithPath: notebook).deletingLastPathComponent()
        let target = folder.appendingPathComponent(CourseBaseWeights.fileName)
        guard !FileManager.default.fileExists(atPath: target.path) else { return }
        do {
            try FileManager.default.copyItem(at: URL(fileURLWithPath: try CourseBaseWeights.shippedPath()), to: target)
            FileHandle.standardError.write(Data("copied \(CourseBaseWeights.fileName) beside the notebook (its course_base cell loads it)\n".utf8))
        } catch {
            FileHandle.standardError.write(
                Data("deeplings: the notebook's course_base needs \(CourseBaseWeights.fileName) beside it or in DATASETS, and it could not be copied: \(error)\n".utf8))
        }
    }
}
