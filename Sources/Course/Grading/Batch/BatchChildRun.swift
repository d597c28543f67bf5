import Foundation

/// How one grading child ended, as the runner saw it.
struct BatchChildRun: Sendable {
    /// The exit status, when the child exited by itself.
    var exitStatus: Int32?
    /// The signal that ended the child, when one did.
    var signal: Int32?
    /// The wall clock ran out and the runner killed the child's process group.
    var timedOut = false
    /// The child printed more than the output limit and the runner killed it.
    var outputExceeded = false
    /// The batch was interrupted (Ctrl-C) and the runner killed the child.
    var interrupted = false
    /// Everything the child printed on standard output (up to the limit).
    var output = Data()
    /// The last few KiB of standard error.
    var errorTail = Data()
    /// CPU seconds the child used (user and system).
    var cpuSeconds = 0.0
    /// Wall seconds from spawn to reaping.
    var wallSeconds = 0.0

    /// The end of standard error as text, trimmed to a few lines for a report.
    var errorSummary: String {
        let text = String(decoding: errorTail, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).suffix(6).joined(separator: "\n")
        return lines.count > 600 ? "…" + String(lines.suffix(600)) : lines
    }
}
