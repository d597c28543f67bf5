@preconcurrency import CReadline
import Foundation
import Interpreter

/// Reads one input with readline: a `:command` line, or a Python cell (`>>> ` for the first line,
/// `... ` while a block or bracket is open, as CPython's REPL does). A pasted multi-line cell
/// (bracketed paste) arrives as one input. History persists in `historyPath`.
struct LineReader {
    let historyPath: String?

    /// A reader keeping history in `historyPath`; `plain` turns off bracketed paste, whose
    /// escape sequences a log file or screen reader should not receive.
    init(historyPath: String?, plain: Bool) {
        self.historyPath = historyPath
        rl_readline_name = UnsafePointer(strdup("deeplings"))
        rl_variable_bind("enable-bracketed-paste", plain ? "off" : "on")
        rl_signal_event_hook = {
            // Ctrl-C at the prompt drops the half-typed line and shows a fresh prompt.
            if sessionInterrupt.isSet {
                sessionInterrupt.clear()
                rl_replace_line("", 0); rl_crlf(); rl_on_new_line(); rl_redisplay()
            }
            return 0
        }
        Completion.install()
        if let historyPath {
            try? FileManager.default.createDirectory(atPath: (historyPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if FileManager.default.fileExists(atPath: historyPath) { read_history(historyPath) } else { write_history(historyPath) }
            history_truncate_file(historyPath, 2000)
        }
    }

    /// The next input, or nil at end of input (Ctrl-D).
    mutating func readCell() -> String? {
        var lines: [String] = []
        while true {
            guard let raw = readline(lines.isEmpty ? ">>> " : "... ") else {
                return lines.isEmpty ? nil : lines.joined(separator: "\n") + "\n"
            }
            let line = String(cString: raw)
            free(raw)
            remember(line)
            if lines.isEmpty && line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if lines.isEmpty && line.trimmingCharacters(in: .whitespaces).hasPrefix(":") { return line }
            lines.append(line)
            let source = lines.joined(separator: "\n")
            // A paste (a line holding newlines) is a whole cell, as if a blank line followed it; it
            // waits for more only while a bracket or string is still open.
            let ended = line.contains("\n") ? source + "\n" : source
            if !PythonInterpreter.needsMoreInput(ended) { return source + "\n" }
        }
    }

    private func remember(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        add_history(line)
        if let historyPath { append_history(1, historyPath) }
    }
}
