import Foundation

/// How the REPL writes to its terminal: with colours and in-place redraws, or plain text for a
/// screen reader, a log file or a pipe (`--plain`, `NO_COLOR`, standard output not a terminal).
struct TerminalStyle {
    /// True when no escape sequence and no carriage-return redraw may be written.
    var isPlain: Bool
    /// Columns to wrap prose to.
    var width: Int

    /// The style the environment asks for.
    static func current(plainFlag: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let plain = plainFlag || noColor || environment["TERM"] == "dumb" || isatty(STDOUT_FILENO) == 0
        return TerminalStyle(isPlain: plain, width: terminalWidth(environment: environment))
    }

    /// The terminal's width: the tty's, else `COLUMNS`, else 80; kept within 30...200.
    static func terminalWidth(environment: [String: String]) -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return max(30, min(200, Int(size.ws_col))) }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return max(30, min(200, columns)) }
        return 80
    }

    /// `text` wrapped in the SGR `codes` (e.g. `"1"` bold, `"36"` cyan), or as is when plain.
    func paint(_ text: String, _ codes: String) -> String {
        isPlain || text.isEmpty ? text : "\u{1b}[\(codes)m\(text)\u{1b}[0m"
    }
}
