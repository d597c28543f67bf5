import Course

/// How a lesson cell looks at the prompt: prose rendered, code highlighted under a header that
/// says what the cell is and which command acts on it.
struct CellPresenter {
    let style: TerminalStyle

    /// The text shown for cell `index` of the session's lesson.
    func present(_ cell: Cell, index: Int, session: LessonSession) -> String {
        let place = "cell \(session.number(ofCell: index))/\(session.numberedCells.count)"
        switch cell.kind {
        case .prose:
            return ProseRenderer(style: style).render(cell.source) + footer(place, "  :next to go on")
        case .example:
            return header("example · \(place)") + code(session.currentSource(ofCell: index)) + footer("", ":run runs it, :next goes on")
        case .exercise(let id, let points):
            return exercise(id: id, points: points, index: index, session: session, place: place)
        case .hint(let id):
            return header("hint for \(id)") + ProseRenderer(style: style).render(cell.source)
        default:
            return ""
        }
    }

    /// An exercise: its status and the learner's current code (or the starter).
    func exercise(id: String, points: Int, index: Int, session: LessonSession, place: String) -> String {
        let progress = session.progress[id] ?? ExerciseProgress()
        var out = header("exercise \(id) · \(points) point\(points == 1 ? "" : "s") · \(place)")
        out += "status: \(status(progress.outcome))\n"
        out += progress.answer == nil ? "starter code:\n" : "your code:\n"
        out += code(session.currentSource(ofCell: index))
        return out + footer("", "type your answer at the prompt (or :edit), then :check; :hint if stuck")
    }

    /// The outcome as a word, coloured.
    func status(_ outcome: ExerciseOutcome) -> String {
        switch outcome {
        case .passed: style.paint("passed ✓", "32")
        case .failed: style.paint("failed", "31")
        case .notAttempted: "not attempted"
        case .lessonError: style.paint("lesson error", "33")
        }
    }

    func header(_ title: String) -> String {
        style.paint("── \(title) ", "2") + (style.isPlain ? "\n" : style.paint(String(repeating: "─", count: max(3, min(style.width, 72) - title.count - 4)), "2") + "\n")
    }

    func code(_ source: String) -> String {
        let trimmed = source.hasSuffix("\n") ? String(source.dropLast()) : source
        return ProseRenderer.indent(PythonHighlighter(style: style).highlight(trimmed), first: "    ", rest: "    ") + "\n"
    }

    func footer(_ place: String, _ note: String) -> String {
        style.paint((place + note).trimmingCharacters(in: .whitespaces), "2") + "\n"
    }
}
