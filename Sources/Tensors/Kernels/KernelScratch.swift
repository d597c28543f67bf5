/// Working memory for the kernels, taken from and given back to the tensors' ``BufferPool``:
/// a training step calls the same kernels with the same sizes again and again, and fresh
/// allocations of this size would be fresh pages (a page fault per 4 KB) every time.
struct KernelScratch {
    /// `count` floats, uninitialised.
    let floats: UnsafeMutablePointer<Float>
    private let byteCount: Int

    init(floats count: Int) {
        byteCount = max(count, 1) &* MemoryLayout<Float>.stride
        floats = BufferPool.shared.take(byteCount: byteCount).bindMemory(to: Float.self, capacity: max(count, 1))
    }

    /// Returns the memory to the pool.
    func release() { BufferPool.shared.give(UnsafeMutableRawPointer(floats), byteCount: byteCount) }
}
