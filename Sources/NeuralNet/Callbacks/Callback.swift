/// Keras' `Callback`: hooks `fit` calls at the start and end of training, epochs and batches.
///
///     final class StopAt90: Callback {
///         override func onEpochEnd(_ epoch: Int, logs: Logs) throws {
///             if (logs["accuracy"] ?? 0) > 0.9 { model?.stopTraining = true }
///         }
///     }
open class Callback {
    /// The model being trained; `fit` sets it before `onTrainBegin`.
    public weak var model: Model?
    /// The parameters of the run (`epochs`, `steps`, `verbose`), set by `fit` like Keras' `params`.
    public var params: [String: Int] = [:]

    /// A callback that does nothing until a hook is overridden.
    public init() {}

    /// Called once before the first epoch.
    open func onTrainBegin(logs: Logs) throws {}
    /// Called once after the last epoch, or after training stopped.
    open func onTrainEnd(logs: Logs) throws {}
    /// Called before epoch `epoch` (0-based).
    open func onEpochBegin(_ epoch: Int, logs: Logs) throws {}
    /// Called after epoch `epoch` with its training and validation metrics.
    open func onEpochEnd(_ epoch: Int, logs: Logs) throws {}
    /// Called before training batch `batch` (0-based within the epoch).
    open func onTrainBatchBegin(_ batch: Int, logs: Logs) throws {}
    /// Called after training batch `batch` with the epoch's running metrics.
    open func onTrainBatchEnd(_ batch: Int, logs: Logs) throws {}
}

/// A callback built from closures, like Keras' `LambdaCallback`.
///
///     let printer = LambdaCallback(onEpochEnd: { epoch, logs in print(epoch, logs["loss"] ?? 0) })
public final class LambdaCallback: Callback {
    private let epochBegin: ((Int, Logs) throws -> Void)?
    private let epochEnd: ((Int, Logs) throws -> Void)?
    private let batchBegin: ((Int, Logs) throws -> Void)?
    private let batchEnd: ((Int, Logs) throws -> Void)?
    private let trainBegin: ((Logs) throws -> Void)?
    private let trainEnd: ((Logs) throws -> Void)?

    /// A callback calling whichever closures are given.
    public init(
        onEpochBegin: ((Int, Logs) throws -> Void)? = nil, onEpochEnd: ((Int, Logs) throws -> Void)? = nil,
        onBatchBegin: ((Int, Logs) throws -> Void)? = nil, onBatchEnd: ((Int, Logs) throws -> Void)? = nil,
        onTrainBegin: ((Logs) throws -> Void)? = nil, onTrainEnd: ((Logs) throws -> Void)? = nil
    ) {
        epochBegin = onEpochBegin
        epochEnd = onEpochEnd
        batchBegin = onBatchBegin
        batchEnd = onBatchEnd
        trainBegin = onTrainBegin
        trainEnd = onTrainEnd
    }

    override public func onEpochBegin(_ epoch: Int, logs: Logs) throws { try epochBegin?(epoch, logs) }
    override public func onEpochEnd(_ epoch: Int, logs: Logs) throws { try epochEnd?(epoch, logs) }
    override public func onTrainBatchBegin(_ batch: Int, logs: Logs) throws { try batchBegin?(batch, logs) }
    override public func onTrainBatchEnd(_ batch: Int, logs: Logs) throws { try batchEnd?(batch, logs) }
    override public func onTrainBegin(logs: Logs) throws { try trainBegin?(logs) }
    override public func onTrainEnd(logs: Logs) throws { try trainEnd?(logs) }
}
