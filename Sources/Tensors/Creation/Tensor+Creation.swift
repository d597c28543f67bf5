extension Tensor {
    /// A tensor holding `values` in row-major order with the given shape.
    ///
    ///     let x = try Tensor([1, 2, 3, 4, 5, 6] as [Float], shape: [2, 3])
    public convenience init<T: TensorElement>(_ values: [T], shape: [Int]) throws {
        try validateShape(shape, operation: "Tensor(_:shape:)")
        let count = shape.reduce(1, *)
        guard count == values.count else {
            throw TensorError(
                "Tensor(_:shape:)", expected: "\(count) values for shape \(describeShape(shape))",
                received: "\(values.count) values")
        }
        self.init(uninitializedShape: shape, dtype: T.dtype)
        Tensor.fill(self, from: values)
    }

    /// A 1-D tensor holding `values`.
    ///
    ///     let labels = Tensor([0, 2, 1] as [Int32])
    public convenience init<T: TensorElement>(_ values: [T]) {
        self.init(uninitializedShape: [values.count], dtype: T.dtype)
        Tensor.fill(self, from: values)
    }

    /// A 0-d (scalar) tensor.
    ///
    ///     let half = Tensor(0.5 as Float)
    public convenience init<T: TensorElement>(_ value: T) {
        self.init(uninitializedShape: [], dtype: T.dtype)
        Tensor.fill(self, from: [value])
    }

    private static func fill<T: TensorElement>(_ tensor: Tensor, from values: [T]) {
        values.withUnsafeBufferPointer { source in
            guard let base = source.baseAddress else { return }
            // Int has Int64's layout on every 64-bit platform, so one byte copy serves all types.
            tensor.storage.pointer.copyMemory(from: base, byteCount: source.count * MemoryLayout<T>.stride)
        }
    }

    /// A tensor of zeros.
    ///
    ///     let w = Tensor.zeros([784, 128])
    public static func zeros(_ shape: [Int], dtype: DType = .float32) -> Tensor {
        Tensor(uninitializedShape: shape.map { Swift.max($0, 0) }, dtype: dtype, zeroed: true)
    }

    /// A tensor of ones.
    public static func ones(_ shape: [Int], dtype: DType = .float32) -> Tensor {
        full(shape, value: 1, dtype: dtype)
    }

    /// A tensor with every element equal to `value` (converted to `dtype` as NumPy's `astype` does).
    ///
    ///     let sevens = Tensor.full([2, 2], value: 7)
    public static func full(_ shape: [Int], value: Double, dtype: DType = .float32) -> Tensor {
        let result = Tensor(uninitializedShape: shape.map { Swift.max($0, 0) }, dtype: dtype)
        let count = result.count
        switch dtype {
        case .float32: result.floatPointer.initialize(repeating: Float(value), count: count)
        case .float64: result.pointer(Double.self).initialize(repeating: value, count: count)
        case .int32: result.pointer(Int32.self).initialize(repeating: Int32(fromDouble: value), count: count)
        case .int64: result.pointer(Int64.self).initialize(repeating: Int64(fromDouble: value), count: count)
        case .uint8: result.pointer(UInt8.self).initialize(repeating: UInt8(fromDouble: value), count: count)
        case .bool: result.pointer(Bool.self).initialize(repeating: value != 0, count: count)
        }
        return result
    }

    /// A tensor of zeros with the shape and dtype of `other`.
    public static func zeros(like other: Tensor) -> Tensor { zeros(other.shape, dtype: other.dtype) }

    /// A tensor of ones with the shape and dtype of `other`.
    public static func ones(like other: Tensor) -> Tensor { ones(other.shape, dtype: other.dtype) }

    /// Evenly spaced values in `[start, stop)`, as NumPy's `arange`.
    ///
    ///     Tensor.arange(0, 5)                 // [0, 1, 2, 3, 4] (float32)
    ///     Tensor.arange(0, 1, step: 0.25)     // [0, 0.25, 0.5, 0.75]
    public static func arange(_ start: Double, _ stop: Double, step: Double = 1, dtype: DType = .float32) throws -> Tensor {
        guard step != 0, step.isFinite, start.isFinite, stop.isFinite else {
            throw TensorError(
                "arange", expected: "a finite, non-zero step and finite bounds",
                received: "start \(start), stop \(stop), step \(step)")
        }
        let length = ((stop - start) / step).rounded(.up)
        guard length < Double(maximumElementCount) else {
            throw TensorError(
                "arange", expected: "fewer than \(maximumElementCount) elements",
                received: "start \(start), stop \(stop), step \(step)")
        }
        let n = Swift.max(0, Int(length))
        return fromDoubles((0..<n).map { start + Double($0) * step }, shape: [n], dtype: dtype)
    }

    /// `0, 1, …, count-1`, as NumPy's `arange(count)`.
    public static func arange(_ count: Int, dtype: DType = .float32) -> Tensor {
        fromDoubles((0..<Swift.max(count, 0)).map(Double.init), shape: [Swift.max(count, 0)], dtype: dtype)
    }

    /// `count` evenly spaced values from `start` to `stop` inclusive, as NumPy's `linspace`.
    ///
    ///     Tensor.linspace(0, 1, count: 5)     // [0, 0.25, 0.5, 0.75, 1]
    public static func linspace(_ start: Double, _ stop: Double, count: Int = 50, dtype: DType = .float32) throws -> Tensor {
        guard count >= 0 else {
            throw TensorError("linspace", expected: "a non-negative count", received: "\(count)")
        }
        let step = count > 1 ? (stop - start) / Double(count - 1) : 0
        let values = (0..<count).map { $0 == count - 1 && count > 1 ? stop : start + Double($0) * step }
        return fromDoubles(values, shape: [count], dtype: dtype)
    }

    /// A tensor from Double values converted to `dtype`.
    static func fromDoubles(_ values: [Double], shape: [Int], dtype: DType) -> Tensor {
        let result = Tensor(uninitializedShape: shape, dtype: dtype)
        values.withUnsafeBufferPointer { source in
            func store<T: TensorElement>(_: T.Type) {
                let destination = result.pointer(T.self)
                for i in 0..<source.count { destination[i] = T(fromDouble: source[i]) }
            }
            switch dtype {
            case .float32: store(Float.self)
            case .float64: store(Double.self)
            case .int32: store(Int32.self)
            case .int64: store(Int64.self)
            case .uint8: store(UInt8.self)
            case .bool: store(Bool.self)
            }
        }
        return result
    }
}

/// The largest element count a tensor may have (2^40, far beyond this machine's memory).
let maximumElementCount = 1 << 40

/// Throws unless every axis size is non-negative and the element count is representable.
func validateShape(_ shape: [Int], operation: String) throws {
    if shape.contains(where: { $0 < 0 }) {
        throw TensorError(
            operation, expected: "non-negative axis sizes", received: describeShape(shape),
            hint: "negative dimensions are not allowed")
    }
    var count = 1
    for size in shape {
        let (product, overflow) = count.multipliedReportingOverflow(by: size)
        guard !overflow, product <= maximumElementCount else {
            throw TensorError(
                operation, expected: "at most \(maximumElementCount) elements",
                received: "shape \(describeShape(shape))", hint: "unable to allocate an array of this shape")
        }
        count = product
    }
}

extension Tensor {
    /// Throws unless `shape` is a valid tensor shape (non-negative sizes, at most 2^40 elements);
    /// bindings call it before the non-throwing creators `zeros`, `ones`, `full`, `uniform`, `normal`.
    ///
    ///     try Tensor.validate(shape: userShape)
    public static func validate(shape: [Int]) throws { try validateShape(shape, operation: "shape") }
}
