/// `fit`'s loop over epochs and batches, shared by its data forms: the callbacks (the history,
/// Keras' progress line, the learner's own) called in Keras' order, stopping, and interrupts.
/// The caller's closures train one batch and produce each epoch's logs.
struct EpochLoop {
    /// The number of passes.
    let epochs: Int
    /// Batches per epoch (`steps_per_epoch`, or one pass over the data).
    let steps: Int
    /// Batches in one pass over the data.
    let batchCount: Int
    /// Whether each epoch restarts at the first batch (no `steps_per_epoch`), as Keras.
    let restartsEachEpoch: Bool
    /// Keras' `verbose`: 0 silent, 1 a progress bar, 2 one line per epoch.
    let verbose: Int

    /// Trains `model`: `beginEpoch` before each epoch, `trainBatch(index)` for each batch (returning
    /// the running logs), `startPass` before each pass over the data, and `endEpoch` for the
    /// epoch's logs (validation included); returns the history.
    func run(
        _ model: Model, callbacks: [Callback], output write: @escaping (String) -> Void,
        startPass: () -> Void, beginEpoch: () -> Void, trainBatch: (Int) throws -> Logs, endEpoch: () throws -> Logs
    ) throws -> History {
        let history = History()
        var all: [Callback] = [history]
        if verbose > 0 { all.append(ProgressLogger(verbose: verbose, epochs: epochs, steps: steps, write: write)) }
        all += callbacks
        for callback in all {
            callback.model = model
            callback.params = ["epochs": epochs, "steps": steps, "verbose": verbose]
        }
        model.stopTraining = false
        for callback in all { try callback.onTrainBegin(logs: Logs()) }
        var cursor = 0
        var epochLogs = Logs()
        for epoch in 0..<epochs {
            for callback in all { try callback.onEpochBegin(epoch, logs: Logs()) }
            beginEpoch()
            for step in 0..<steps {
                try model.checkInterrupt("Training", batch: step, epoch: epoch)
                if cursor % batchCount == 0 { startPass() }
                for callback in all { try callback.onTrainBatchBegin(step, logs: Logs()) }
                let logs = try trainBatch(cursor % batchCount)
                cursor += 1
                for callback in all { try callback.onTrainBatchEnd(step, logs: logs) }
                if model.stopTraining { break }
            }
            if restartsEachEpoch { cursor = 0 }
            epochLogs = try endEpoch()
            for callback in all { try callback.onEpochEnd(epoch, logs: epochLogs) }
            if model.stopTraining { break }
        }
        for callback in all { try callback.onTrainEnd(logs: epochLogs) }
        return history
    }
}
