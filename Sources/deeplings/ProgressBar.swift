import Foundation

/// A one-line progress bar on standard error, redrawn in place: `rps  [=====>    ] 1234/2892`.
struct ProgressBar {
    let label: String
    var width = 30
    private var lastDrawn = -1
    // Logs and CI output get the finished line only, not a hundred redraws.
    private let interactive = isatty(STDERR_FILENO) != 0

    init(label: String) { self.label = label }

    /// Redraws the bar for `done` of `total`, at most once per percent; ends the line when complete.
    mutating func update(done: Int, total: Int) {
        let percent = total > 0 ? done * 100 / total : 100
        guard percent != lastDrawn, interactive || done >= total else { return }
        lastDrawn = percent
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "=", count: filled) + (filled < width ? ">" + String(repeating: " ", count: width - filled - 1) : "")
        var line = "\r\(label) [\(bar)] \(done)/\(total)"
        if done >= total { line += "\n" }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
