#if canImport(Glibc)
    import Glibc
#endif

/// How the kernels share the CPU: the work is cut into a few disjoint parts per core, which
/// ``WorkerPool`` hands out to the cores as they become free (so a core slowed by another
/// process takes fewer parts); each part calls single-threaded BLAS on cache-sized chunks.
package enum KernelThreads {
    /// Cores the kernels spread their work over: the online CPU count.
    package static let workerCount: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Work below this many floating-point operations runs on the calling thread only, where
    /// dispatch and BLAS thread switching would cost more than they save.
    package static let parallelFlopThreshold: Double = 4_000_000

    /// Parts per core: more parts balance better when another process shares a core, fewer
    /// parts repeat less per-part set-up (filter packing, partial sums).
    package static let partsPerWorker = 2

    /// Runs `body(part)` for `part` in `0..<parts`, concurrently when `parts > 1`. OpenBLAS is
    /// single-threaded throughout the process (`BLASThreading`, set by every BLAS call site), so
    /// parts calling sgemm do not oversubscribe the cores.
    package static func run(parts: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard parts > 1 else {
            body(0)
            return
        }
        WorkerPool.shared.run(parts: parts, body)
    }

    /// Runs `body(part, slice)` for each part, where `slice` is that part's own `floats` floats of
    /// partial sums (which `body` must overwrite), then adds the slices into the first and hands
    /// it to `combined`: a reduction without locks, for gradients summed over many pixels.
    package static func sumOverParts(
        _ parts: Int, floats: Int, _ body: @escaping @Sendable (Int, UnsafeMutablePointer<Float>) -> Void,
        combined: (UnsafePointer<Float>) -> Void
    ) {
        let parts = max(parts, 1)
        let sums = UnsafeMutablePointer<Float>.allocate(capacity: parts &* floats)
        defer { sums.deallocate() }
        let shared = SharedPointer(sums)
        run(parts: parts) { part in body(part, shared.base + part &* floats) }
        for part in 1..<parts { addFloats(sums, sums + part &* floats, floats) }
        combined(sums)
    }

    /// Splits `0..<count` into `parts` contiguous ranges whose sizes differ by at most one.
    package static func split(_ count: Int, into parts: Int) -> [Range<Int>] {
        (0..<parts).map { part in
            (count * part / parts)..<(count * (part + 1) / parts)
        }
    }

    /// Number of parts for a job of `flops` that can be cut into at most `units` independent pieces.
    package static func parts(flops: Double, units: Int) -> Int {
        flops < parallelFlopThreshold || workerCount == 1 ? 1 : max(1, min(workerCount &* partsPerWorker, units))
    }
}

/// A raw pointer that may cross into ``WorkerPool`` helpers; each worker touches a
/// disjoint part of the memory (or only reads it), which the callers guarantee.
package struct SharedPointer<Pointee>: @unchecked Sendable {
    package let base: UnsafeMutablePointer<Pointee>
    package init(_ base: UnsafeMutablePointer<Pointee>) { self.base = base }
    package init(_ base: UnsafePointer<Pointee>) { self.base = UnsafeMutablePointer(mutating: base) }
}
