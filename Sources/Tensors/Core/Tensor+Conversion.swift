extension DType {
    /// The Swift type stored for this dtype.
    var elementType: any TensorElement.Type {
        switch self {
        case .float32: Float.self
        case .float64: Double.self
        case .int32: Int32.self
        case .int64: Int64.self
        case .uint8: UInt8.self
        case .bool: Bool.self
        }
    }
}

private func convertElements<S: TensorElement, D: TensorElement>(
    _ source: UnsafePointer<S>, _ destination: UnsafeMutablePointer<D>, count: Int
) {
    if S.dtype.isFloatingPoint || D.dtype.isFloatingPoint || D.self == Bool.self {
        for i in 0..<count { destination[i] = D(fromDouble: source[i].doubleValue) }
    } else {
        for i in 0..<count { destination[i] = D(fromInt64: source[i].int64Value) }
    }
}

private func convertFrom<S: TensorElement>(_ source: UnsafePointer<S>, to destination: Tensor, count: Int) {
    func run<D: TensorElement>(_: D.Type) { convertElements(source, destination.pointer(D.self), count: count) }
    switch destination.dtype {
    case .float32:
        let out = destination.floatPointer
        if S.self == UInt8.self {
            let input = UnsafeRawPointer(source).assumingMemoryBound(to: UInt8.self)
            for i in 0..<count { out[i] = Float(input[i]) }
        } else if S.self == Double.self {
            let input = UnsafeRawPointer(source).assumingMemoryBound(to: Double.self)
            for i in 0..<count { out[i] = Float(input[i]) }
        } else {
            run(Float.self)
        }
    case .float64: run(Double.self)
    case .int32: run(Int32.self)
    case .int64: run(Int64.self)
    case .uint8: run(UInt8.self)
    case .bool: run(Bool.self)
    }
}

extension Tensor {
    /// A copy converted to `dtype` with NumPy's `astype` rules (floats truncate toward zero, integers wrap).
    ///
    ///     let pixels = try image.cast(to: .uint8)
    public func cast(to dtype: DType) throws -> Tensor {
        if dtype == self.dtype { return self }
        let source = contiguousStorage()
        let result = Tensor(uninitializedShape: shape, dtype: dtype)
        defer { withExtendedLifetime(source) {} }
        func run<S: TensorElement>(_: S.Type) { convertFrom(source.pointer(S.self), to: result, count: count) }
        switch self.dtype {
        case .float32: run(Float.self)
        case .float64: run(Double.self)
        case .int32: run(Int32.self)
        case .int64: run(Int64.self)
        case .uint8: run(UInt8.self)
        case .bool: run(Bool.self)
        }
        if self.dtype.isFloatingPoint && dtype.isFloatingPoint {
            let sourceType = self.dtype
            result.recording("cast", [self]) { gradient in [try gradient.cast(to: sourceType)] }
        }
        return result
    }

    /// NumPy's spelling of `cast(to:)`.
    public func astype(_ dtype: DType) throws -> Tensor { try cast(to: dtype) }

    /// The elements in row-major order, converted to `T` as NumPy's `astype` would.
    ///
    ///     let values: [Float] = probabilities.asArray(Float.self)
    public func asArray<T: TensorElement>(_: T.Type = Float.self) -> [T] {
        let dense = (try? cast(to: T.dtype))?.contiguousStorage() ?? contiguousStorage()
        let n = count
        defer { withExtendedLifetime(dense) {} }
        if T.self == Int.self {
            let source = dense.pointer(Int64.self)
            return (0..<n).map { T(fromInt64: source[$0]) }
        }
        return Array(UnsafeBufferPointer(start: dense.pointer(T.self), count: n))
    }

    /// The only element, converted to `T`; throws unless the tensor has exactly one element.
    ///
    ///     let loss = try lossTensor.item(Float.self)
    public func item<T: TensorElement>(_: T.Type = Float.self) throws -> T {
        guard count == 1 else {
            throw TensorError(
                "item", expected: "a tensor with exactly one element",
                received: "shape \(describeShape(shape))",
                hint: "reduce it first, e.g. with sum() or mean()")
        }
        return asArray(T.self)[0]
    }

    /// Element values as Doubles in row-major order (for printing and generic paths).
    public func doubleValues() -> [Double] { asArray(Double.self) }

    /// A dense copy with no shared storage and no gradient history.
    ///
    ///     let snapshot = weights.copy()
    public func copy() -> Tensor {
        let result = Tensor(uninitializedShape: shape, dtype: dtype)
        let source = contiguousStorage()
        defer { withExtendedLifetime(source) {} }
        result.storage.pointer.copyMemory(
            from: source.storage.pointer + source.offset * dtype.byteSize,
            byteCount: count * dtype.byteSize)
        return result
    }
}
