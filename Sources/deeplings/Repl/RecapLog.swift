import Course

/// What happened in this session, in order, for `:recap`'s Markdown transcript.
struct RecapLog {
    /// One event.
    enum Entry {
        case opened(title: String)
        case prompt(code: String, output: String, failure: String?)
        case cell(number: Int, code: String, output: String, failure: String?)
        case check(id: String, outcome: ExerciseOutcome)
    }

    private(set) var entries: [Entry] = []

    mutating func record(_ entry: Entry) { entries.append(entry) }

    /// The transcript: a heading, then each run with its code, output and result.
    func markdown(session: LessonSession?) -> String {
        var out = "# Recap" + (session.map { ": \($0.lesson.title)" } ?? "") + "\n\n"
        for entry in entries {
            switch entry {
            case .opened(let title):
                out += "Opened *\(title)*.\n\n"
            case .prompt(let code, let output, let failure):
                out += Self.block(code, language: "python") + Self.result(output, failure)
            case .cell(let number, let code, let output, let failure):
                out += "Cell \(number):\n\n" + Self.block(code, language: "python") + Self.result(output, failure)
            case .check(let id, let outcome):
                out += "**:check \(id)**: \(outcome.name)"
                if case .failed(let messages) = outcome { out += "\n" + messages.map { "- \($0)" }.joined(separator: "\n") }
                out += "\n\n"
            }
        }
        if let session {
            let total = session.lesson.exercises.reduce(0) { $0 + $1.points }
            out += "Score: \(session.score)/\(total).\n"
        }
        return out
    }

    private static func block(_ text: String, language: String = "") -> String {
        let body = text.hasSuffix("\n") ? text : text + "\n"
        return "```\(language)\n\(body)```\n\n"
    }

    private static func result(_ output: String, _ failure: String?) -> String {
        var out = output.isEmpty ? "" : "Output:\n\n" + block(String(output.prefix(4000)))
        if let failure { out += "Error:\n\n" + block(failure) }
        return out
    }
}
