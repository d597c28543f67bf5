import Foundation
import Interpreter

/// What notebook-only lines do here: `%` magics are accepted silently; `!` shell lines run
/// nothing and say why (the data sets are already on this machine).
enum NotebookMagics {
    /// Handles one `%…` or `!…` line, writing a one-line note to `output` where one helps.
    static func handle(_ line: String, output: (String) -> Void) {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("!") else { return }
        let command = text.dropFirst().split(separator: " ").first.map(String.init) ?? ""
        switch command {
        case "wget", "curl", "unzip":
            output("note: `\(command)` is not needed here: the course's data sets are already on this machine (under datasets/), so no download runs.\n")
        case "pip", "pip3":
            output("note: `pip` is not needed here: tensorflow, numpy and matplotlib come with the course.\n")
        default:
            output("note: shell commands do not run inside the course; `!\(command)` was skipped.\n")
        }
    }
}
