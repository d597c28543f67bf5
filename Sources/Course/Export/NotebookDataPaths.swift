import Foundation

/// How the exported notebook finds the course's data: `'datasets/NAME/...'` literals become
/// paths under the notebook's `DATASETS` variable, and the sets a lesson uses are fetched (local
/// copies first, else the originals) by the set-up's `fetch_dataset`.
enum NotebookDataPaths {
    /// The image-directory sets the notebook's `fetch_dataset` knows, in lesson order.
    static let imageSets = ["horse-or-human", "cats_and_dogs_filtered", "rps"]

    // A string literal (with an optional f/r/b prefix) that is `datasets` or starts with `datasets/`.
    private static let literal: NSRegularExpression? = try? NSRegularExpression(
        pattern: #"(?<![A-Za-z0-9_])([fFrRbB]{0,2})(['"])datasets(/[^'"\n]*)?\2"#)

    /// `code` with every `datasets/...` string literal written relative to `DATASETS`.
    static func rewrite(_ code: String) -> String {
        guard let literal else { return code }
        let text = code as NSString
        var result = "", last = 0
        for match in literal.matches(in: code, range: NSRange(location: 0, length: text.length)) {
            result += text.substring(with: NSRange(location: last, length: match.range.location - last))
            let prefix = text.substring(with: match.range(at: 1)), quote = text.substring(with: match.range(at: 2))
            let rest = match.range(at: 3).location == NSNotFound ? "" : text.substring(with: match.range(at: 3))
            if prefix.lowercased().contains("f") {
                result += prefix + quote + "{DATASETS}" + rest + quote
            } else if rest.isEmpty {
                result += "DATASETS"
            } else {
                result += "os.path.join(DATASETS, " + prefix + quote + rest.dropFirst() + quote + ")"
            }
            last = match.range.location + match.range.length
        }
        return result + text.substring(from: last)
    }

    /// The image sets `code` names, in `imageSets` order.
    static func imageSets(in code: String) -> [String] {
        imageSets.filter { code.contains("datasets/" + $0) }
    }

    /// True when `code` loads Fashion-MNIST through keras.
    static func usesFashionMNIST(_ code: String) -> Bool {
        code.contains("fashion_mnist")
    }
}
