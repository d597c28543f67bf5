/// An N-dimensional, row-major array with NumPy semantics and reverse-mode autograd.
///
///     let x = try Tensor([1, 2, 3, 4] as [Float], shape: [2, 2])
///     let y = try (x * x).sum()
///     try y.backward()            // x.grad is 2x, if x.requiresGradient was set
///
/// Views (`reshaped(to:)` of a contiguous tensor, slices, `transposed()`) share storage with
/// their base: writes through a view are visible in the base.
public final class Tensor: @unchecked Sendable {
    /// The size of each axis.
    public let shape: [Int]
    /// Element strides of each axis in the storage (0 for broadcast axes).
    public let strides: [Int]
    /// The element type.
    public let dtype: DType
    let offset: Int
    let storage: TensorStorage

    /// Whether gradients flow to this tensor; set it on parameters before computing a loss.
    public var requiresGradient: Bool
    /// The accumulated gradient after `backward()`; the training loop owns zeroing it (set to nil).
    public var grad: Tensor?
    var gradientNode: GradientNode?
    /// This leaf's gradient still as two factors, when ``backward(_:retainGraph:deferringOuterProducts:)``
    /// was asked to defer it; an optimizer applies it fused or materialises it into ``grad``.
    package var pendingGradient: OuterProductGradient?
    var gradientHistoryReleased = false

    init(storage: TensorStorage, shape: [Int], strides: [Int], offset: Int, dtype: DType) {
        self.storage = storage
        self.shape = shape
        self.strides = strides
        self.offset = offset
        self.dtype = dtype
        self.requiresGradient = false
    }

    /// A new contiguous tensor of `shape`, zero-filled when `zeroed`.
    convenience init(uninitializedShape shape: [Int], dtype: DType, zeroed: Bool = false) {
        let count = shape.reduce(1, *)
        self.init(
            storage: TensorStorage(byteCount: count * dtype.byteSize, zeroed: zeroed),
            shape: shape, strides: contiguousStrides(shape), offset: 0, dtype: dtype)
    }

    /// The number of axes.
    public var rank: Int { shape.count }
    /// The number of elements.
    public var count: Int { shape.reduce(1, *) }
    /// The number of axes (NumPy's `ndim`).
    public var ndim: Int { shape.count }

    /// Whether the elements lie densely in row-major order.
    public var isContiguous: Bool { strides == contiguousStrides(shape) || count <= 1 }

    /// A tensor sharing this one's storage but with no gradient history.
    public func detached() -> Tensor {
        Tensor(storage: storage, shape: shape, strides: strides, offset: offset, dtype: dtype)
    }

    func view(shape: [Int], strides: [Int], offset: Int) -> Tensor {
        Tensor(storage: storage, shape: shape, strides: strides, offset: offset, dtype: dtype)
    }

    /// Float pointer to element 0; only valid for float32 tensors.
    @inline(__always) var floatPointer: UnsafeMutablePointer<Float> {
        storage.typed(Float.self) + offset
    }

    @inline(__always) func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> {
        storage.typed(T.self) + offset
    }
}

@inline(__always) func contiguousStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var running = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
        strides[axis] = running
        running *= Swift.max(shape[axis], 1)
    }
    return strides
}

extension Tensor {
    /// Hands the buffers cached for reuse back to the system. Freed tensor buffers of 64 KiB to
    /// 1 GiB are kept (up to 2 GiB in all) so repeated training steps skip page faults; call this
    /// after a large job (e.g. at the end of `fit`) to shrink the process.
    ///
    ///     Tensor.releaseCachedBuffers()
    public static func releaseCachedBuffers() { BufferPool.shared.drain() }

    /// Bytes of freed tensor buffers currently cached for reuse.
    public static var cachedBufferBytes: Int { BufferPool.shared.cachedBytes }
}
