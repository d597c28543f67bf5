import Synchronization
#if canImport(Glibc)
    import Glibc
#endif

/// The helper threads that run kernel parts beside the calling thread: one per core beyond the
/// first, each spinning for a moment after its last part before it sleeps.
///
/// A training step runs some twenty parallel regions a few hundred microseconds apart, with
/// serial work between them. `DispatchQueue.concurrentPerform` parks its workers in between, and
/// waking them costs about 100 µs a region on this 2-core machine (measured: four 50 µs parts
/// took 180 µs, not 100); a helper that is still spinning starts within a microsecond.
///
///     WorkerPool.shared.run(parts: 4) { part in work(on: ranges[part]) }
///
/// One region runs at a time: a region started while another runs (from inside a part, or
/// from a second thread) runs its parts serially on its own thread.
package final class WorkerPool: @unchecked Sendable {
    /// The pool with one helper per core beyond the first.
    package static let shared = WorkerPool(helpers: KernelThreads.workerCount &- 1)

    /// How long a helper waits awake for the next region before it sleeps.
    static let spinNanoseconds = 2_000_000

    /// Busy-wait iterations before a waiting thread starts yielding its core between checks.
    static let spinsBeforeYield = 1 << 10

    private let helperCount: Int
    /// The current region: generation (bits 40…), part count (bits 20…39), next unclaimed part (bits 0…19).
    private let state = Atomic<Int>(0)
    private let finishedParts = Atomic<Int>(0)
    private let regionRunning = Atomic<Bool>(false)
    /// The current region's body; written only while no helper can claim a part.
    private var body: (@Sendable (Int) -> Void)?
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let wakeUp: UnsafeMutablePointer<pthread_cond_t>
    /// Helpers asleep on `wakeUp`; guarded by `mutex`.
    private var sleepers = 0

    private init(helpers: Int) {
        helperCount = max(helpers, 0)
        mutex = .allocate(capacity: 1)
        wakeUp = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(wakeUp, nil)
        for _ in 0..<helperCount { startHelper() }
    }

    /// Runs `body(part)` for every `part` in `0..<parts`, on the calling thread and the helpers,
    /// and returns when all have finished.
    package func run(parts: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard parts > 1, helperCount > 0, parts < Self.partLimit,
            regionRunning.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged
        else {
            for part in 0..<max(parts, 0) { body(part) }
            return
        }
        self.body = body
        finishedParts.store(0, ordering: .relaxed)
        let generation = (state.load(ordering: .relaxed) >> Self.generationShift) &+ 1
        state.store(generation << Self.generationShift | parts << Self.partsShift, ordering: .releasing)
        pthread_mutex_lock(mutex)
        if sleepers > 0 { pthread_cond_broadcast(wakeUp) }
        pthread_mutex_unlock(mutex)
        claimParts(of: generation)
        var spins = 0
        while finishedParts.load(ordering: .acquiring) != parts { Self.pause(&spins) }
        self.body = nil
        regionRunning.store(false, ordering: .releasing)
    }

    private static let generationShift = 40
    private static let partsShift = 20
    private static let partLimit = 1 << 20

    /// Runs unclaimed parts of region `generation` until none is left (or a newer region began).
    private func claimParts(of generation: Int) {
        while true {
            let current = state.load(ordering: .acquiring)
            guard current >> Self.generationShift == generation else { return }
            let parts = (current >> Self.partsShift) & (Self.partLimit &- 1), next = current & (Self.partLimit &- 1)
            guard next < parts else { return }
            // Winning the exchange proves the region is unfinished, so `body` is its body.
            guard state.compareExchange(expected: current, desired: current &+ 1, ordering: .acquiringAndReleasing).exchanged
            else { continue }
            body?(next)
            finishedParts.add(1, ordering: .releasing)
        }
    }

    private func startHelper() {
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        pthread_create(
            &thread, nil,
            { context in
                let pool = Unmanaged<WorkerPool>.fromOpaque(context!).takeRetainedValue()
                pool.helperLoop()
                return nil
            }, context)
        pthread_detach(thread)
    }

    private func helperLoop() {
        // Signals such as Ctrl-C's belong to the main thread, whose handlers and readline expect them.
        var signals = sigset_t()
        sigfillset(&signals)
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        var seen = 0
        while true {
            seen = waitForRegion(after: seen)
            claimParts(of: seen)
        }
    }

    /// One step of a busy wait: a pure spin at first, then `sched_yield`. On an idle core the
    /// yield returns at once, so a region still starts within microseconds; on a machine shared
    /// with other jobs it hands the core to a thread with work (measured: spinning helpers took
    /// 11% of a transfer step's CPU samples at load 9 on 2 cores; with the yield, under 1%).
    @inline(__always) private static func pause(_ spins: inout Int) {
        spins &+= 1
        if spins > spinsBeforeYield { sched_yield() }
    }

    /// The generation of the next region after `seen`: spins for ``spinNanoseconds``, then sleeps.
    private func waitForRegion(after seen: Int) -> Int {
        let deadline = monotonicNanoseconds() &+ Self.spinNanoseconds
        var spins = 0
        while true {
            let generation = state.load(ordering: .acquiring) >> Self.generationShift
            if generation != seen { return generation }
            Self.pause(&spins)
            if (spins & 255 == 0 || spins > Self.spinsBeforeYield) && monotonicNanoseconds() > deadline { break }
        }
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while true {
            let generation = state.load(ordering: .acquiring) >> Self.generationShift
            if generation != seen { return generation }
            sleepers &+= 1
            pthread_cond_wait(wakeUp, mutex)
            sleepers &-= 1
        }
    }
}

private func monotonicNanoseconds() -> Int {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return time.tv_sec &* 1_000_000_000 &+ time.tv_nsec
}
