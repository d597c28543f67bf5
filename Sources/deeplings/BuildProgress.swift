import Foundation
import NeuralNet

/// The progress of a long command (a data-set build, a class being graded) on standard error,
/// drawn by Keras' progress bar (NeuralNet's `ProgressBar`, the only one), with its ETA: redrawn
/// in place on a terminal, one line when done otherwise.
///
///     var progress = BuildProgress(label: "rps")
///     progress.update(done: 10, total: 2892)
struct BuildProgress {
    let label: String
    let unitName: String
    private var bar: ProgressBar?

    init(label: String, unitName: String = "image") { self.label = label; self.unitName = unitName }

    /// Reports `done` of `total` units; the line ends when all are done.
    mutating func update(done: Int, total: Int) {
        if bar == nil {
            let dynamic = isatty(STDERR_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
            Self.write("\(label)\n")
            bar = ProgressBar(target: max(1, total), verbose: dynamic ? 1 : 2, unitName: unitName, write: Self.write)
        }
        bar?.update(done, finalize: done >= total)
    }

    private static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
