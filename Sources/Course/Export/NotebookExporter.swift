import Foundation

/// Turns a lesson into a Jupyter notebook that runs under real TensorFlow (on Colab, say):
/// a set-up cell defining the check helpers in plain Python, a data cell for the sets the lesson
/// uses, a cell defining `course_base` in plain Keras when the lesson uses it, then the lesson in order — prose as Markdown, examples as code, and each exercise as
/// its starter (or solution) followed by its hints, folded, and its checks as a code cell of
/// plain asserts. Alternatives and mistakes stay in the course.
///
///     var exporter = NotebookExporter()
///     exporter.includeSolutions = true
///     let data = try exporter.notebook(for: try Lesson.load(path: "Lessons/02-hello-nn.md")).json()
public struct NotebookExporter: Sendable {
    /// Put each exercise's solution in its code cell instead of the starter.
    public var includeSolutions = false
    /// Keep `python slow` example cells (training runs and other long cells).
    public var includeSlowCells = true

    /// Creates an exporter with the defaults: starters, slow cells kept.
    public init() {}

    /// The notebook of `lesson`.
    public func notebook(for lesson: Lesson) -> Notebook {
        var cells: [NotebookCell] = []
        func add(_ kind: NotebookCell.Kind, _ source: String, _ tag: String) {
            cells.append(NotebookCell(kind: kind, source: source, id: "c\(cells.count + 1)-\(tag)"))
        }
        add(.markdown, introduction(lesson), "intro")
        add(.code, Self.prelude.trimmingCharacters(in: .newlines), "setup")
        if let data = dataCell(lesson) { add(.code, data, "data") }
        let code = lesson.cells.filter { $0.kind != .prose }.map(\.source).joined(separator: "\n")
        if NotebookCourseBase.uses(code) { add(.code, NotebookCourseBase.cell.trimmingCharacters(in: .newlines), "course-base") }

        var exported = Set<String>()
        for (index, cell) in lesson.cells.enumerated() {
            switch cell.kind {
            case .prose:
                let text = NotebookProse.rewrite(cell.source).trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { add(.markdown, text, "prose") }
            case .example(let slow):
                if slow && !includeSlowCells { continue }
                let note = slow ? "# A slow cell in the course (training): up to a minute or so on a CPU runtime.\n" : ""
                add(.code, note + Self.exportCode(cell.source), slow ? "slow" : "example")
            case .exercise(let id, _):
                guard let exercise = lesson.exercise(id), exercise.cellIndex == index, !exported.contains(id) else { continue }
                exported.insert(id)
                for part in exerciseCells(exercise, in: lesson) { add(part.kind, part.source, part.id) }
            case .hint, .solution, .check, .alternative, .mistake:
                continue
            }
        }
        return Notebook(cells: cells, title: lesson.title)
    }

    private func introduction(_ lesson: Lesson) -> String {
        let heading = lesson.cells.first { $0.kind == .prose }?.source.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix("# ") == true
        return (heading ? "" : "# \(lesson.title)\n\n") + """
            *This notebook is the Deeplings lesson `\(lesson.id)`, exported to run under TensorFlow \
            (Colab, Jupyter).* Run the set-up cell first. Each exercise is a code cell to complete, \
            followed by its hints (click to open) and a check cell: run the check after your answer; \
            it prints a tick when your answer passes, or raises an `AssertionError` saying what to fix.
            """
    }

    private func dataCell(_ lesson: Lesson) -> String? {
        let code = lesson.cells.filter { $0.kind != .prose }.map(\.source).joined(separator: "\n")
        var lines: [String] = []
        if NotebookDataPaths.usesFashionMNIST(code) {
            lines.append("use_local_fashion_mnist()  # keras downloads Fashion-MNIST itself when there is no local copy")
        }
        for name in NotebookDataPaths.imageSets(in: code) { lines.append("fetch_dataset('\(name)')") }
        guard !lines.isEmpty else { return nil }
        return "# The lesson's data: local copies under DATASETS when present, else the original downloads.\n"
            + lines.joined(separator: "\n")
    }

    private func exerciseCells(_ exercise: Exercise, in lesson: Lesson) -> [(kind: NotebookCell.Kind, source: String, id: String)] {
        let tag = Self.idSafe(exercise.id)
        var parts: [(NotebookCell.Kind, String, String)] = []
        let plural = exercise.points == 1 ? "" : "s"
        parts.append((.markdown, "**Exercise `\(exercise.id)`** (\(exercise.points) point\(plural))", "ex-\(tag)"))
        let starter = lesson.cells[exercise.cellIndex].source
        let solution = exercise.solutionIndex.map { lesson.cells[$0].source }
        let code = includeSolutions ? (solution ?? starter) : starter
        parts.append((.code, Self.exportCode(code), "\(includeSolutions ? "solution" : "starter")-\(tag)"))
        let hints = exercise.hintIndices.enumerated().map { number, index in
            "<details><summary>Hint \(number + 1)</summary>\n\n\(lesson.cells[index].source.trimmingCharacters(in: .whitespacesAndNewlines))\n\n</details>"
        }
        if !hints.isEmpty { parts.append((.markdown, hints.joined(separator: "\n\n"), "hints-\(tag)")) }
        if !exercise.checkIndices.isEmpty {
            let checks = exercise.checkIndices.map { Self.exportCode(lesson.cells[$0].source) }.joined(separator: "\n")
            let source =
                "# Check `\(exercise.id)`: run after your answer; an AssertionError says what to fix.\n"
                + checks + "\nprint('✓ \(exercise.id): every check passed')"
            parts.append((.code, source, "check-\(tag)"))
        }
        return parts
    }

    /// `code` as the notebook runs it: data paths under `DATASETS`, `course_base` from its own cell.
    static func exportCode(_ code: String) -> String {
        NotebookCourseBase.rewrite(NotebookDataPaths.rewrite(code))
    }

    /// `text` with every character outside nbformat's id alphabet replaced by `-`, at most 40 long.
    static func idSafe(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" }.prefix(40))
    }
}
