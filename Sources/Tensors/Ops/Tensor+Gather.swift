extension Tensor {
    /// The entries at `indices` along `axis` (NumPy's `take` / `x[indices]`); negative indices count
    /// from the end. The gradient scatters back, adding at repeated indices.
    ///
    ///     let batch = try images.gathering([5, 0, 17], axis: 0)
    public func gathering(_ indices: [Int], axis: Int = 0) throws -> Tensor {
        let along = try normalizeAxis(axis, operation: "take")
        let size = shape[along]
        let resolved = try indices.map { index -> Int in
            let value = index < 0 ? index + size : index
            guard value >= 0 && value < size else {
                throw TensorError(
                    "take", expected: "indices in -\(size)..<\(size) for axis \(along)",
                    received: "index \(index)", hint: "index \(index) is out of bounds for axis \(along) with size \(size)")
            }
            return value
        }
        let source = contiguousStorage()
        defer { withExtendedLifetime(source) {} }
        var outShape = shape
        outShape[along] = resolved.count
        let out = Tensor(uninitializedShape: outShape, dtype: dtype)
        let outer = shape[..<along].reduce(1, *)
        let unitBytes = shape[(along + 1)...].reduce(1, *) * dtype.byteSize
        let from = source.storage.pointer + source.offset * dtype.byteSize
        for o in 0..<outer where unitBytes > 0 {
            for (position, index) in resolved.enumerated() {
                (out.storage.pointer + (o * resolved.count + position) * unitBytes)
                    .copyMemory(from: from + (o * size + index) * unitBytes, byteCount: unitBytes)
            }
        }
        let inputShape = shape
        return out.recording("take", [self]) { g in [try Tensor.scatterAdding(g, indices: resolved, axis: along, into: inputShape)] }
    }

    /// Zeros of `shape` with the slices of `values` added at `indices` along `axis` (gradient of gathering).
    static func scatterAdding(_ values: Tensor, indices: [Int], axis: Int, into shape: [Int]) throws -> Tensor {
        let source = try values.castWithoutGradient(to: .float64).contiguousStorage()
        let result = Tensor.zeros(shape, dtype: .float64)
        let outer = shape[..<axis].reduce(1, *)
        let unit = shape[(axis + 1)...].reduce(1, *)
        let from = source.pointer(Double.self), to = result.pointer(Double.self)
        withExtendedLifetime(source) {
            for o in 0..<outer {
                for (position, index) in indices.enumerated() {
                    let s = from + (o * indices.count + position) * unit
                    let d = to + (o * shape[axis] + index) * unit
                    for i in 0..<unit { d[i] += s[i] }
                }
            }
        }
        return try result.castWithoutGradient(to: values.dtype)
    }
}
