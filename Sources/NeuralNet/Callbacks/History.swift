/// What `fit` returns: each logged metric's value per epoch, under Keras' keys.
///
///     let history = try model.fit(x, y, epochs: 5)
///     history.history["loss"]?.count   // 5
///     history.history["val_accuracy"]  // when validation data was given
public final class History: Callback {
    /// Per-epoch values by metric name (`loss`, `accuracy`, `val_loss`, …).
    public private(set) var history: [String: [Double]] = [:]
    /// The metric names in the order Keras logs them.
    public private(set) var keys: [String] = []
    /// The 0-based indices of the epochs recorded.
    public private(set) var epoch: [Int] = []

    override public func onTrainBegin(logs: Logs) throws {
        epoch = []
    }

    override public func onEpochEnd(_ epoch: Int, logs: Logs) throws {
        self.epoch.append(epoch)
        for (key, value) in logs {
            if history[key] == nil { keys.append(key) }
            history[key, default: []].append(value)
        }
    }
}
