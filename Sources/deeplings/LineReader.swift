@preconcurrency import CReadline
import Foundation

/// Reads one Python cell with readline: `>>> ` for the first line, `... ` while a block is open
/// (a line ending in `:`, unclosed brackets, or a continuation) until an empty line ends it.
struct LineReader {
    init() {
        rl_readline_name = UnsafePointer(strdup("deeplings"))
        rl_signal_event_hook = {
            // Ctrl-C at the prompt drops the half-typed line and shows a fresh prompt.
            if sessionInterrupt.isSet {
                sessionInterrupt.clear()
                rl_replace_line("", 0); rl_crlf(); rl_on_new_line(); rl_redisplay()
            }
            return 0
        }
    }

    /// The next cell, or nil at end of input (Ctrl-D).
    mutating func readCell() -> String? {
        var lines: [String] = []
        while true {
            guard let raw = readline(lines.isEmpty ? ">>> " : "... ") else {
                return lines.isEmpty ? nil : lines.joined(separator: "\n") + "\n"
            }
            let line = String(cString: raw)
            free(raw)
            if !line.trimmingCharacters(in: .whitespaces).isEmpty { add_history(line) }
            if lines.isEmpty && line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            lines.append(line)
            if !Self.needsMore(lines) { return lines.joined(separator: "\n") + "\n" }
        }
    }

    /// True while the cell so far opens a block or leaves a bracket or string unclosed.
    static func needsMore(_ lines: [String]) -> Bool {
        guard let last = lines.last else { return false }
        if lines.count > 1 && last.trimmingCharacters(in: .whitespaces).isEmpty { return false }
        if lines.count > 1 { return true }
        var depth = 0
        var quote: Character?
        for ch in lines.joined(separator: "\n") {
            if let q = quote { if ch == q { quote = nil }; continue }
            switch ch {
            case "'", "\"": quote = ch
            case "#": break
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            default: break
            }
        }
        let trimmed = last.trimmingCharacters(in: .whitespaces)
        return depth > 0 || trimmed.hasSuffix(":") || trimmed.hasSuffix("\\")
    }
}
