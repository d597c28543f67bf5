/// Turns terminal output into plain text as it streams: drops ANSI escape sequences and turns
/// an in-place redraw (backspaces then `\r`, as Keras' progress bar writes on a dynamic display)
/// into a new line, which is what Keras writes when its display is not dynamic.
///
///     var filter = PlainTextFilter()
///     filter.filter("\u{8}\u{8}\r\u{1b}[1m2/2\u{1b}[0m")   // "\n2/2"
struct PlainTextFilter {
    private enum State { case text, escape, csi, redraw }
    private var state = State.text

    /// The plain form of the next piece of output; state carries over between pieces.
    mutating func filter(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch state {
            case .escape:
                state = scalar == "[" ? .csi : .text
                continue
            case .csi:
                // A CSI sequence ends at its first byte in @...~.
                if (0x40...0x7e).contains(scalar.value) { state = .text }
                continue
            case .redraw:
                if scalar == "\u{8}" { continue }
                state = .text
                if scalar == "\r" { out += "\n"; continue }
            case .text:
                break
            }
            switch scalar {
            case "\u{1b}": state = .escape
            case "\u{8}": state = .redraw
            case "\r": out += "\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
