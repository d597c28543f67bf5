import Synchronization

/// A flag a REPL sets (from its Ctrl-C handler) to stop `fit`, `evaluate` or `predict` between
/// batches; the model keeps the weights of the last finished batch and stays usable.
///
///     trainingInterrupt.request()          // in the SIGINT handler: one atomic store
///     // fit throws NeuralNetError.interrupted and clears the flag
public final class InterruptFlag: Sendable {
    private let requested = Atomic<Bool>(false)

    /// A flag that is not set.
    public init() {}

    /// Asks running training to stop after its current batch.
    public func request() { requested.store(true, ordering: .relaxed) }

    /// Clears a pending request (e.g. before starting a new cell).
    public func clear() { requested.store(false, ordering: .relaxed) }

    /// Whether a stop was requested and not yet consumed.
    public var isRequested: Bool { requested.load(ordering: .relaxed) }

    /// Clears the flag and returns whether it was set.
    func consume() -> Bool { requested.exchange(false, ordering: .relaxed) }
}

/// The process-wide interrupt every model watches unless given its own `interruptFlag`.
public let trainingInterrupt = InterruptFlag()

extension Model {
    /// Throws `NeuralNetError.interrupted` (and clears the flag) when an interrupt was requested.
    @inline(__always) func checkInterrupt(_ what: String, batch: Int, epoch: Int?) throws {
        if interruptFlag.isRequested, interruptFlag.consume() {
            throw NeuralNetError.interrupted(what: what, batch: batch, epoch: epoch)
        }
    }
}
