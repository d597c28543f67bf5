extension Tensor {
    /// Writes `source` (broadcast to this shape, cast to this dtype) into this tensor's elements in
    /// place; through a view, the write shows in the base. Not recorded for gradients.
    ///
    ///     try x.slice(0).assign(Tensor.zeros([28, 28]))
    public func assign(_ source: Tensor) throws {
        var value = try source.castWithoutGradient(to: dtype).broadcast(to: shape)
        // A copy between overlapping views must read everything before writing anything.
        if value.storage === storage { value = try value.copy().broadcast(to: shape) }
        let sourceStrides = value.broadcastStrides(to: shape)
        defer { withExtendedLifetime(value) {} }
        switch dtype.byteSize {
        case 1: stridedAssign(pointer(UInt8.self), strides, value.pointer(UInt8.self), sourceStrides, shape)
        case 4: stridedAssign(pointer(UInt32.self), strides, value.pointer(UInt32.self), sourceStrides, shape)
        default: stridedAssign(pointer(UInt64.self), strides, value.pointer(UInt64.self), sourceStrides, shape)
        }
    }

    /// Writes `value` into every element in place.
    public func fill(with value: Double) throws {
        try assign(Tensor.full([], value: value, dtype: dtype))
    }
}

private func stridedAssign<T>(
    _ destination: UnsafeMutablePointer<T>, _ destinationStrides: [Int],
    _ source: UnsafePointer<T>, _ sourceStrides: [Int], _ shape: [Int]
) {
    let count = shape.reduce(1, *)
    if count == 0 { return }
    let (dims, strides) = coalesce(shape: shape, strides: [destinationStrides, sourceStrides])
    let inner = dims[dims.count - 1]
    let d = strides[0][dims.count - 1], s = strides[1][dims.count - 1]
    forEachRow(shape: dims, strides: strides, rows: 0..<(count / inner)) { offsets in
        let to = destination + offsets[0]
        let from = source + offsets[1]
        if d == 1 && s == 1 {
            to.update(from: from, count: inner)
        } else {
            for i in 0..<inner { to[i &* d] = from[i &* s] }
        }
    }
}
