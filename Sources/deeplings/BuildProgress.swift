import Foundation
import NeuralNet

/// The progress of a data-set build on standard error, drawn by Keras' progress bar (NeuralNet's
/// `ProgressBar`, the only one): redrawn in place on a terminal, one line when done otherwise.
///
///     var progress = BuildProgress(label: "rps")
///     progress.update(done: 10, total: 2892)
struct BuildProgress {
    let label: String
    private var bar: ProgressBar?

    init(label: String) { self.label = label }

    /// Reports `done` of `total` images; the line ends when the build is complete.
    mutating func update(done: Int, total: Int) {
        if bar == nil {
            let dynamic = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            Self.write("\(label)\n")
            bar = ProgressBar(target: max(1, total), verbose: dynamic ? 1 : 2, unitName: "image", write: Self.write)
        }
        bar?.update(done, finalize: done >= total)
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
