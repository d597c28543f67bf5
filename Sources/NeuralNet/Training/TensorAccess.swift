import Tensors

/// Float buffers of tensors for the optimizers' in-place updates.
enum TensorAccess {
    /// Calls `body` with the tensor's float32 values.
    static func withFloats<R>(_ tensor: Tensor, _ body: (UnsafeBufferPointer<Float>) throws -> R) throws -> R {
        let values = try RowGather.contiguousFloat(tensor).asArray(Float.self)
        return try values.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with the tensor's float32 values and writes the changes back.
    static func withMutableFloats<R>(_ tensor: Tensor, _ body: (UnsafeMutableBufferPointer<Float>) throws -> R) throws -> R {
        var values = tensor.asArray(Float.self)
        let result = try values.withUnsafeMutableBufferPointer { try body($0) }
        try tensor.assign(try Tensor(values, shape: tensor.shape))
        return result
    }
}

/// Cutting batches out of in-memory data.
enum RowGather {
    /// `tensor` as contiguous float32 (a no-op when it already is).
    static func contiguousFloat(_ tensor: Tensor) throws -> Tensor {
        if tensor.dtype == .float32 && tensor.isContiguous { return tensor }
        return try tensor.cast(to: .float32).copy()
    }

    /// Rows `range` along axis 0.
    static func range(of tensor: Tensor, _ range: Range<Int>) throws -> Tensor {
        let count = tensor.shape.first ?? 0
        if range.lowerBound == 0 && range.upperBound == count { return tensor }
        var indices: [Int] = []
        if range.lowerBound > 0 { indices.append(range.lowerBound) }
        if range.upperBound < count { indices.append(range.upperBound) }
        let parts = try tensor.split(indices: indices, axis: 0)
        return parts[range.lowerBound > 0 ? 1 : 0]
    }

    /// Rows at `indices` along axis 0, in that order.
    static func rows(of tensor: Tensor, at indices: [Int]) throws -> Tensor {
        let rowSize = tensor.shape.dropFirst().reduce(1, *)
        let values = tensor.asArray(Float.self)
        var gathered = [Float](repeating: 0, count: indices.count * rowSize)
        for (target, source) in indices.enumerated() {
            for j in 0..<rowSize { gathered[target * rowSize + j] = values[source * rowSize + j] }
        }
        return try Tensor(gathered, shape: [indices.count] + tensor.shape.dropFirst())
    }
}
