import Foundation

/// Rewrites lesson prose for a notebook: the REPL's `:commands` become what a notebook reader
/// does instead (run the check cell, open a hint), so no course-only syntax leaks into Markdown.
enum NotebookProse {
    /// What each REPL command means in a notebook.
    static let commandPhrases: [String: String] = [
        "check": "the check cell below the exercise",
        "hint": "the hints under the exercise",
        "solution": "the solution (export with `--solutions`)",
        "run": "running the cell (Shift+Enter)",
        "next": "the next cell",
        "prev": "the cell before",
        "edit": "the exercise cell",
        "exercise": "the exercise cell",
        "reset": "the starter code",
        "rewind": "running the cells above again",
        "skip": "leaving the exercise for later",
        "where": "this cell",
    ]

    // `:name` or `:name args` in backticks, or a bare `:name` after a space or line start.
    private static let command: NSRegularExpression? = try? NSRegularExpression(
        pattern: #"`:([a-z]+)(?: [^`]*)?`|(?<=^|[\s(]):([a-z]+)\b"#, options: [.anchorsMatchLines])

    /// `markdown` with REPL commands replaced by notebook phrases (unknown ones by "the notebook").
    static func rewrite(_ markdown: String) -> String {
        guard let command else { return markdown }
        let text = markdown as NSString
        var result = "", last = 0
        for match in command.matches(in: markdown, range: NSRange(location: 0, length: text.length)) {
            let nameRange = match.range(at: 1).location != NSNotFound ? match.range(at: 1) : match.range(at: 2)
            let name = text.substring(with: nameRange)
            guard match.range(at: 1).location != NSNotFound || commandPhrases[name] != nil else { continue }
            result += text.substring(with: NSRange(location: last, length: match.range.location - last))
            result += commandPhrases[name] ?? "the notebook"
            last = match.range.location + match.range.length
        }
        return result + text.substring(from: last)
    }
}
