import Synchronization

/// A flag a REPL sets (from its Ctrl-C handler) to stop `fit`, `evaluate` or `predict` between
/// batches; the model keeps the weights of the last finished batch and stays usable.
///
///     trainingInterrupt.request()          // in the SIGINT handler: one atomic store
///     // fit throws NeuralNetError.interrupted and clears the flag
///
/// A host that already has a Ctrl-C flag (a Python interpreter's) makes the flag follow it
/// instead, so one signal handler sets one flag that every loop watches:
///
///     trainingInterrupt.follow(isSet: { hostFlag.isSet }, clear: { hostFlag.clear() })
public final class InterruptFlag: Sendable {
    private let requested = Atomic<Bool>(false)
    private let source = Mutex<Source?>(nil)

    private struct Source {
        let isSet: @Sendable () -> Bool
        let clear: @Sendable () -> Void
    }

    /// A flag that is not set.
    public init() {}

    /// Asks running training to stop after its current batch.
    public func request() { requested.store(true, ordering: .relaxed) }

    /// Clears a pending request (e.g. before starting a new cell), the followed flag's too.
    public func clear() {
        requested.store(false, ordering: .relaxed)
        source.withLock { $0 }?.clear()
    }

    /// Whether a stop was requested (here or on the followed flag) and not yet consumed.
    public var isRequested: Bool {
        requested.load(ordering: .relaxed) || (source.withLock { $0 }?.isSet() ?? false)
    }

    /// Makes the flag also count as set while `isSet` returns true; consuming it calls `clear`.
    public func follow(isSet: @escaping @Sendable () -> Bool, clear: @escaping @Sendable () -> Void) {
        source.withLock { $0 = Source(isSet: isSet, clear: clear) }
    }

    /// Clears the flag and returns whether it was set.
    func consume() -> Bool {
        let own = requested.exchange(false, ordering: .relaxed)
        guard let followed = source.withLock({ $0 }), followed.isSet() else { return own }
        followed.clear()
        return true
    }
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
