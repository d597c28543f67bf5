/// Caps the lines one run may print; the rest is counted and reported at the end of the run.
struct OutputCap {
    let lineLimit: Int
    private var lines = 0
    private var held = 0

    init(lineLimit: Int) { self.lineLimit = lineLimit }

    /// Starts counting a new run.
    mutating func reset() { lines = 0; held = 0 }

    /// The part of `text` to show; nil once the limit is reached.
    mutating func admit(_ text: String) -> String? {
        guard lines < lineLimit else { held += text.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }; return nil }
        let newLines = text.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
        lines += newLines
        return text
    }

    /// A note about held-back output, if any.
    mutating func finish() -> String? {
        defer { reset() }
        return held > 0 || lines > lineLimit ? "… \(held) more line\(held == 1 ? "" : "s") of output not shown (the first \(lineLimit) were)" : nil
    }
}
