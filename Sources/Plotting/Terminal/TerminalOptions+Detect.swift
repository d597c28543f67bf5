#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension TerminalOptions {
    /// Options for this process's standard output: its window width (`TIOCGWINSZ`, else
    /// `COLUMNS`, else 80) and colour mode from the environment as `fromEnvironment` reads it —
    /// but plain ASCII when standard output is not a terminal (a pipe or a file), so logs stay clean.
    public static func current(environment: [String: String]) -> TerminalOptions {
        var window = winsize()
        let isTerminal = isatty(STDOUT_FILENO) != 0
        let columns =
            isTerminal && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &window) == 0 && window.ws_col > 0
            ? Int(window.ws_col) : nil
        var options = fromEnvironment(environment, width: columns)
        if !isTerminal { options.colorMode = .plainASCII }
        return options
    }
}
