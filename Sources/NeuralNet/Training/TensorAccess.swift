import Tensors

/// Float buffers of tensors for the optimizers' in-place updates.
enum TensorAccess {
    /// Calls `body` with the tensor's float32 values (a dense copy only for strided views).
    static func withFloats<R>(_ tensor: Tensor, _ body: (UnsafeBufferPointer<Float>) throws -> R) throws -> R {
        if tensor.dtype == .float32 { return try tensor.withUnsafeBufferPointer(Float.self, body) }
        return try tensor.cast(to: .float32).withUnsafeBufferPointer(Float.self, body)
    }

    /// Calls `body` with the tensor's own float32 storage for writing in place.
    static func withMutableFloats<R>(_ tensor: Tensor, _ body: (UnsafeMutableBufferPointer<Float>) throws -> R) throws -> R {
        try tensor.withUnsafeMutableBufferPointer(Float.self, body)
    }
}

/// Cutting batches out of in-memory data without touching the rest of it.
enum RowGather {
    /// `tensor` as contiguous float32 (a no-op when it already is).
    static func contiguousFloat(_ tensor: Tensor) throws -> Tensor {
        if tensor.dtype == .float32 && tensor.isContiguous { return tensor }
        return try tensor.cast(to: .float32).copy()
    }

    /// Rows `range` along axis 0, copied into a new tensor.
    static func range(of tensor: Tensor, _ range: Range<Int>) throws -> Tensor {
        if range.lowerBound == 0 && range.upperBound == tensor.shape.first ?? 0 { return tensor }
        let rowSize = tensor.shape.dropFirst().reduce(1, *)
        return try tensor.withUnsafeBufferPointer(Float.self) { source in
            try Tensor(shape: [range.count] + tensor.shape.dropFirst(), of: Float.self) { target in
                guard let from = source.baseAddress, let to = target.baseAddress, rowSize > 0 else { return }
                to.update(from: from + range.lowerBound * rowSize, count: range.count * rowSize)
            }
        }
    }

    /// Rows at `indices` along axis 0, in that order.
    static func rows(of tensor: Tensor, at indices: [Int]) throws -> Tensor {
        try tensor.gathering(indices, axis: 0)
    }
}
