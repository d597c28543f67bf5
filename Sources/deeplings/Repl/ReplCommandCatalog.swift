/// The REPL's `:commands`: names, arguments and one line of help each, and the suggestion for
/// a mistyped one.
enum ReplCommandCatalog {
    /// One command as `:help` lists it.
    struct Entry {
        /// The name without its colon.
        let name: String
        /// Argument syntax, e.g. `N|id`, or empty.
        let arguments: String
        /// What it does, in one line.
        let summary: String
    }

    /// Every command, in the order `:help` lists them.
    static let entries: [Entry] = [
        Entry(name: "help", arguments: "", summary: "list these commands"),
        Entry(name: "lessons", arguments: "", summary: "list the lessons with your progress"),
        Entry(name: "open", arguments: "N|id", summary: "open a lesson by number or id, where you left it"),
        Entry(name: "where", arguments: "", summary: "show the cell you are at"),
        Entry(name: "next", arguments: "", summary: "go to the next cell and show it"),
        Entry(name: "prev", arguments: "", summary: "go back one cell and show it"),
        Entry(name: "run", arguments: "", summary: "run the current example cell"),
        Entry(name: "exercise", arguments: "", summary: "show the current exercise: task and your code"),
        Entry(name: "edit", arguments: "", summary: "edit the exercise in $EDITOR, then run and check it"),
        Entry(name: "check", arguments: "", summary: "check your answer to the current exercise"),
        Entry(name: "hint", arguments: "", summary: "show the next hint of the exercise"),
        Entry(name: "solution", arguments: "", summary: "show the solution (after you have tried)"),
        Entry(name: "reset", arguments: "", summary: "put the exercise's starter code back"),
        Entry(name: "rewind", arguments: "N", summary: "go back to cell N, replaying the cells you ran before it"),
        Entry(name: "replay", arguments: "", summary: "run the examples and your answers above this cell again (after a resume)"),
        Entry(name: "skip", arguments: "", summary: "leave this exercise for later and go on"),
        Entry(name: "progress", arguments: "", summary: "your outcome and points for each exercise"),
        Entry(name: "recap", arguments: "", summary: "a Markdown transcript of what you ran and how it went"),
        Entry(name: "quit", arguments: "", summary: "save and leave (also Ctrl-D)"),
    ]

    /// Command names, for completion.
    static var names: [String] { entries.map(\.name) }

    /// The `:help` text.
    static func help(style: TerminalStyle) -> String {
        let width = entries.map { $0.name.count + ($0.arguments.isEmpty ? 0 : $0.arguments.count + 1) }.max() ?? 0
        var out = "Commands (type Python at the prompt; commands start with a colon):\n"
        for entry in entries {
            let usage = ":" + entry.name + (entry.arguments.isEmpty ? "" : " " + entry.arguments)
            out += "  " + style.paint(usage, "1") + String(repeating: " ", count: width + 2 - usage.count + 1) + entry.summary + "\n"
        }
        return out + "Ctrl-C stops whatever runs; Ctrl-D saves and leaves.\n"
    }

    /// The closest command to a mistyped `name`, when one is close enough to be meant.
    static func suggestion(for name: String) -> String? {
        if let prefixed = names.first(where: { $0.hasPrefix(name) && !name.isEmpty }) { return prefixed }
        let scored = names.map { ($0, editDistance($0, name)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= (name.count >= 4 ? 2 : 1) else { return nil }
        return best
    }

    /// The Levenshtein distance of two words.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
