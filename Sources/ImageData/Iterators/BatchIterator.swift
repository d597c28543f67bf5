import Dispatch
import Foundation

/// The shared machinery of Keras' iterators: an endless sequence of batches in the order of a
/// `BatchSchedule`, built on both cores and prefetched, so the next batch is decoded and augmented
/// while the caller trains on the current one. Subclasses only say how to build a batch.
///
///     let batch = try iterator.next()      // ImageBatch, cycles forever
///     let steps = iterator.batchesPerEpoch // len(iterator)
public class BatchIterator: @unchecked Sendable {
    private let lock = NSLock()
    private var schedule: BatchSchedule
    private var pending: PendingBatch?
    /// Whether to build the following batch in the background after each `next()`.
    public var prefetches = true

    init(sampleCount: Int, batchSize: Int, shuffle: Bool, seed: UInt64?) {
        schedule = BatchSchedule(sampleCount: sampleCount, batchSize: batchSize, shuffle: shuffle, seed: seed)
    }

    /// Number of samples the iterator cycles over (Keras' `n`, `samples`).
    public var sampleCount: Int { schedule.sampleCount }
    /// Samples per batch.
    public var batchSize: Int { schedule.batchSize }
    /// Batches per epoch, `ceil(samples / batch_size)` (Keras' `len(iterator)`).
    public var batchesPerEpoch: Int { schedule.batchesPerEpoch }
    /// Position within the epoch (Keras' `batch_index`).
    public var batchIndex: Int { lock.withLock { schedule.batchIndex } }
    /// Batches produced so far (Keras' `total_batches_seen`).
    public var totalBatchesSeen: Int { lock.withLock { schedule.totalBatchesSeen } }

    /// The next batch; after the last batch of an epoch the order is reshuffled and it starts over.
    public func next() throws -> ImageBatch {
        try serve { schedule in
            let step = schedule.next()
            var lookahead = schedule
            return (step, lookahead.next())
        }
    }

    /// Keras' `iterator[index]`: batch `index` of the current epoch's order, with fresh random
    /// augmentations on every call. After serving it, batch `index + 1` is prefetched.
    public func imageBatch(at index: Int) throws -> ImageBatch {
        guard index >= 0, index < batchesPerEpoch else {
            throw ImageDataError.invalidArgument(
                "Asked to retrieve element \(index), but the Sequence has length \(batchesPerEpoch)")
        }
        let following = (index + 1) % batchesPerEpoch
        return try serve { schedule in
            let step = schedule.step(batch: index)
            var lookahead = schedule
            return (step, lookahead.step(batch: following))
        }
    }

    /// Keras' `on_epoch_end`: reshuffles the order used by `batch(at:)` for the next pass.
    public func startNewPass() {
        lock.withLock {
            schedule.reshuffle()
            pending = nil
        }
    }

    private typealias Step = (indices: [Int], generator: SeededGenerator, number: Int)

    /// Takes the step `plan` chooses, uses a matching prefetched batch if there is one, and starts
    /// building the step after it in the background.
    private func serve(_ plan: (inout BatchSchedule) -> (Step, Step)) throws -> ImageBatch {
        let (step, prefetched, upcoming) = lock.withLock { () -> (Step, PendingBatch?, (Step, PendingBatch)?) in
            let (step, next) = plan(&schedule)
            let matching = pending.flatMap { $0.number == step.number && $0.indices == step.indices ? $0 : nil }
            pending = nil
            guard prefetches, sampleCount > 0, !next.indices.isEmpty else { return (step, matching, nil) }
            let holder = PendingBatch(number: next.number, indices: next.indices)
            pending = holder
            return (step, matching, (next, holder))
        }
        if let (next, holder) = upcoming {
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                holder.finish(Result { try self.checkedBatch(indices: next.indices, generator: next.generator) })
            }
        }
        if let prefetched { return try prefetched.wait() }
        return try checkedBatch(indices: step.indices, generator: step.generator)
    }

    /// Starts the next epoch from its first batch (Keras' `reset()`).
    public func reset() {
        lock.withLock {
            schedule.reset()
            pending = nil
        }
    }

    /// Builds the batch of samples `indices`, drawing augmentations from `generator`.
    func makeBatch(indices: [Int], generator: SeededGenerator) throws -> ImageBatch {
        preconditionFailure("BatchIterator subclasses build their batches")
    }

    /// What `next()` says when there is nothing to iterate over.
    func emptyMessage() -> String { "the iterator has no samples" }

    private func checkedBatch(indices: [Int], generator: SeededGenerator) throws -> ImageBatch {
        guard !indices.isEmpty else { throw ImageDataError.invalidArgument(emptyMessage()) }
        return try makeBatch(indices: indices, generator: generator)
    }
}

/// A batch being built in the background; `wait()` blocks until it is done.
private final class PendingBatch: @unchecked Sendable {
    let number: Int
    let indices: [Int]
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<ImageBatch, Error>?

    init(number: Int, indices: [Int]) {
        self.number = number
        self.indices = indices
    }

    func finish(_ result: Result<ImageBatch, Error>) {
        self.result = result
        done.signal()
    }

    func wait() throws -> ImageBatch {
        done.wait()
        done.signal()
        return try result!.get()
    }
}

/// Runs `body(i)` for `0..<count` on all cores and rethrows the error of the lowest failing `i`.
func concurrentlyThrowing(_ count: Int, _ body: @Sendable (Int) throws -> Void) throws {
    let errors = ErrorSlots(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { i in
        do { try body(i) } catch { errors.record(error, at: i) }
    }
    if let first = errors.first { throw first }
}

private final class ErrorSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Int: Error] = [:]
    init(count: Int) {}
    func record(_ error: Error, at index: Int) { lock.withLock { slots[index] = error } }
    var first: Error? { lock.withLock { slots.min { $0.key < $1.key }?.value } }
}
