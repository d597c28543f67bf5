/// Keras' `ProgbarLogger`: prints `Epoch i/n` and the progress bar during `fit`.
final class ProgressLogger: Callback {
    private let verbose: Int
    private let epochs: Int
    private let steps: Int?
    private let write: (String) -> Void
    private var bar: ProgressBar?
    private var seen = 0

    init(verbose: Int, epochs: Int, steps: Int?, write: @escaping (String) -> Void) {
        self.verbose = verbose
        self.epochs = epochs
        self.steps = steps
        self.write = write
    }

    override func onEpochBegin(_ epoch: Int, logs: Logs) throws {
        seen = 0
        bar = ProgressBar(target: steps, verbose: verbose, write: write)
        if verbose > 0 && epochs > 1 { write("Epoch \(epoch + 1)/\(epochs)\n") }
    }

    override func onTrainBatchEnd(_ batch: Int, logs: Logs) throws {
        seen = batch + 1
        if verbose == 1 { bar?.update(seen, values: logs.pairs, finalize: false) }
    }

    override func onEpochEnd(_ epoch: Int, logs: Logs) throws {
        guard var bar else { return }
        if bar.target == nil { bar.target = seen }
        bar.update(bar.target ?? seen, values: logs.pairs, finalize: true)
        self.bar = bar
    }
}
