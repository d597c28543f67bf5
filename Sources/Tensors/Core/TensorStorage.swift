import Synchronization
#if canImport(Glibc)
    import Glibc
#endif

/// The shared, reference-counted buffer behind a tensor and all of its views.
final class TensorStorage: @unchecked Sendable {
    let pointer: UnsafeMutableRawPointer
    let byteCount: Int

    /// Allocates `byteCount` bytes; large buffers come from `BufferPool`, so repeated training
    /// steps reuse pages instead of paying fresh page faults every time.
    init(byteCount: Int, zeroed: Bool) {
        self.byteCount = byteCount
        self.pointer = BufferPool.shared.take(byteCount: byteCount)
        if zeroed { pointer.initializeMemory(as: UInt8.self, repeating: 0, count: byteCount) }
    }

    deinit { BufferPool.shared.give(pointer, byteCount: byteCount) }

    @inline(__always) func typed<T>(_: T.Type) -> UnsafeMutablePointer<T> {
        pointer.assumingMemoryBound(to: T.self)
    }
}

/// Keeps a few recently freed large buffers, keyed by size. glibc hands blocks above 32 MB
/// straight back to the kernel, and a fresh 40 MB buffer costs more in page faults than an
/// elementwise op over it, so the pool is what lets 10M-float ops run at memory speed.
final class BufferPool: Sendable {
    static let shared = BufferPool()
    private static let minimumPooledBytes = 1 << 16
    /// A quarter of the machine's memory, between 1 and 8 GB: a 300×300 training step of the
    /// article's horses network frees and reallocates about 4 GB of activations and gradients.
    private static let maximumCachedBytes: Int = {
        let physical = Int(sysconf(Int32(_SC_PHYS_PAGES))) &* Int(sysconf(Int32(_SC_PAGESIZE)))
        return Swift.min(Swift.max(physical / 4, 1 << 30), 8 << 30)
    }()
    private static let maximumPooledBufferBytes = maximumCachedBytes

    // Addresses are kept as integers so the state is Sendable.
    private struct State {
        var free: [Int: [UInt]] = [:]
        var cachedBytes = 0
        var order: [(Int, UInt)] = []
    }
    private let state = Mutex(State())

    func take(byteCount: Int) -> UnsafeMutableRawPointer {
        let size = Swift.max(byteCount, 1)
        if size >= Self.minimumPooledBytes {
            let reused: UInt? = state.withLock { state in
                guard var list = state.free[size], let address = list.popLast() else { return nil }
                state.free[size] = list.isEmpty ? nil : list
                state.cachedBytes -= size
                if let index = state.order.firstIndex(where: { $0.1 == address }) { state.order.remove(at: index) }
                return address
            }
            if let reused, let pointer = UnsafeMutableRawPointer(bitPattern: reused) { return pointer }
        }
        return UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 64)
    }

    /// Frees every cached buffer (after a large job, to hand memory back to the system).
    func drain() {
        let addresses: [UInt] = state.withLock { state in
            let all = state.order.map(\.1)
            state = State()
            return all
        }
        for address in addresses { UnsafeMutableRawPointer(bitPattern: address)?.deallocate() }
    }

    /// Bytes currently cached for reuse.
    var cachedBytes: Int { state.withLock { $0.cachedBytes } }

    func give(_ pointer: UnsafeMutableRawPointer, byteCount: Int) {
        let size = Swift.max(byteCount, 1)
        guard size >= Self.minimumPooledBytes, size <= Self.maximumPooledBufferBytes else {
            pointer.deallocate()
            return
        }
        let address = UInt(bitPattern: pointer)
        let evicted: [UInt] = state.withLock { state in
            state.free[size, default: []].append(address)
            state.order.append((size, address))
            state.cachedBytes += size
            var evicted: [UInt] = []
            while state.cachedBytes > Self.maximumCachedBytes, !state.order.isEmpty {
                let (oldSize, old) = state.order.removeFirst()
                if var list = state.free[oldSize], let index = list.firstIndex(of: old) {
                    list.remove(at: index)
                    state.free[oldSize] = list.isEmpty ? nil : list
                    state.cachedBytes -= oldSize
                    evicted.append(old)
                }
            }
            return evicted
        }
        for old in evicted { UnsafeMutableRawPointer(bitPattern: old)?.deallocate() }
    }
}
