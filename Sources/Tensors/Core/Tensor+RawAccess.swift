extension Tensor {
    /// Calls `body` with the elements as a contiguous buffer (a dense copy when this tensor is a
    /// strided view); `T` must match the dtype.
    ///
    ///     let total = try x.withUnsafeBufferPointer(Float.self) { $0.reduce(0, +) }
    public func withUnsafeBufferPointer<T: TensorElement, R>(_: T.Type, _ body: (UnsafeBufferPointer<T>) throws -> R) throws -> R {
        try requireElementType(T.self, "withUnsafeBufferPointer")
        let dense = contiguousStorage()
        return try withExtendedLifetime(dense) {
            try body(UnsafeBufferPointer(start: dense.pointer(T.self), count: count))
        }
    }

    /// Calls `body` with this tensor's own elements for writing in place (visible in every view
    /// of the same storage); throws unless the tensor is contiguous and `T` matches the dtype.
    ///
    ///     try w.withUnsafeMutableBufferPointer(Float.self) { w in for i in w.indices { w[i] -= 0.01 * g[i] } }
    public func withUnsafeMutableBufferPointer<T: TensorElement, R>(_: T.Type, _ body: (UnsafeMutableBufferPointer<T>) throws -> R) throws -> R {
        try requireElementType(T.self, "withUnsafeMutableBufferPointer")
        guard isContiguous else {
            throw TensorError(
                "withUnsafeMutableBufferPointer", expected: "a contiguous tensor",
                received: "a strided view of shape \(describeShape(shape))", hint: "write into copy() instead")
        }
        return try withExtendedLifetime(self) {
            try body(UnsafeMutableBufferPointer(start: pointer(T.self), count: count))
        }
    }

    /// A new tensor whose elements `initializer` writes through a buffer (no `[T]` round trip).
    ///
    ///     let batch = try Tensor(shape: [32, 784], of: Float.self) { buffer in /* fill buffer */ }
    public convenience init<T: TensorElement>(shape: [Int], of _: T.Type, initializer: (UnsafeMutableBufferPointer<T>) throws -> Void) throws {
        try validateShape(shape, operation: "Tensor(shape:initializer:)")
        self.init(uninitializedShape: shape, dtype: T.dtype, zeroed: true)
        try initializer(UnsafeMutableBufferPointer(start: pointer(T.self), count: count))
    }

    private func requireElementType<T: TensorElement>(_: T.Type, _ operation: String) throws {
        guard T.dtype == dtype, MemoryLayout<T>.stride == dtype.byteSize else {
            throw TensorError(operation, expected: "element type matching dtype \(dtype)", received: "\(T.self)")
        }
    }
}
