import Foundation

/// A one-line progress bar on standard error, redrawn in place: `rps  [=====>    ] 1234/2892`,
/// optionally followed by the time left (`ETA 1m05s`), estimated from the rate so far.
struct ProgressBar {
    let label: String
    var width = 30
    private let showsETA: Bool
    private let started = Date()
    private var lastDrawn = -1
    // Logs and CI output get the finished line only, not a hundred redraws.
    private let interactive = isatty(STDERR_FILENO) != 0

    init(label: String, showsETA: Bool = false) {
        self.label = label
        self.showsETA = showsETA
    }

    /// Redraws the bar for `done` of `total`, at most once per percent; ends the line when complete.
    mutating func update(done: Int, total: Int) {
        let percent = total > 0 ? done * 100 / total : 100
        guard percent != lastDrawn, interactive || done >= total else { return }
        lastDrawn = percent
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "=", count: filled) + (filled < width ? ">" + String(repeating: " ", count: width - filled - 1) : "")
        var line = "\r\(label) [\(bar)] \(done)/\(total)"
        if showsETA && done > 0 && done < total {
            let left = Int((Date().timeIntervalSince(started) / Double(done) * Double(total - done)).rounded())
            line += left >= 60 ? " ETA \(left / 60)m\(String(format: "%02d", left % 60))s " : " ETA \(left)s   "
        }
        if done >= total { line += showsETA ? " done in \(Int(Date().timeIntervalSince(started).rounded()))s\n" : "\n" }
        FileHandle.standardError.write(Data(line.utf8))
    }
}
