/// Splits `0..<count` into one chunk per core and runs `body` on each, in parallel when the work is
/// large enough to pay for a thread hand-off (on ``WorkerPool``, which stores `body` for its
/// helpers, so it must be escaping).
@inline(__always)
func parallelChunks(_ count: Int, minimumPerChunk: Int = 1 << 15, _ body: @escaping (Range<Int>) -> Void) {
    let chunks = Swift.min(parallelWidth, count / Swift.max(minimumPerChunk, 1))
    if chunks <= 1 {
        body(0..<count)
        return
    }
    let per = (count + chunks - 1) / chunks
    nonisolated(unsafe) let run = body
    KernelThreads.run(parts: chunks) { chunk in
        let start = chunk * per
        let end = Swift.min(count, start + per)
        if start < end { run(start..<end) }
    }
}

/// Worker count for elementwise and reduction loops: the machine's cores, at most 8.
let parallelWidth: Int = {
    #if canImport(Glibc)
        return Swift.max(1, Swift.min(8, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))))
    #else
        return 2
    #endif
}()

#if canImport(Glibc)
    import Glibc
#endif
