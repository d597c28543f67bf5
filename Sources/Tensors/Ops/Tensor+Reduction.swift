extension Tensor {
    /// Sum over `axes` (all when nil); integers and bools sum into int64, as NumPy does on Linux.
    ///
    ///     let total = try x.sum()
    ///     let perClass = try x.sum(axes: [0], keepDims: true)
    public func sum(axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        let reduced = try reductionAxes(axes, operation: "sum")
        let input = dtype.isFloatingPoint ? self : try castWithoutGradient(to: .int64)
        let layout = input.reductionLayout(axes: reduced)
        let out = Tensor(uninitializedShape: keepDims ? layout.keepDimsShape : layout.keptShape, dtype: input.dtype)
        if layout.length == 0 {
            out.storage.pointer.initializeMemory(as: UInt8.self, repeating: 0, count: out.count * out.dtype.byteSize)
        } else {
            switch input.dtype {
            case .float32: sumFloat(layout, into: out.floatPointer)
            case .float64: reduceRows(layout, layout.source.pointer(Double.self), into: out.pointer(Double.self), +)
            default: reduceRows(layout, layout.source.pointer(Int64.self), into: out.pointer(Int64.self), &+)
            }
        }
        let inputShape = shape
        let keepShape = layout.keepDimsShape
        return out.recording("sum", [self]) { g in [try g.reshaped(to: keepShape).broadcast(to: inputShape)] }
    }

    /// Sum over one axis.
    public func sum(axis: Int, keepDims: Bool = false) throws -> Tensor { try sum(axes: [axis], keepDims: keepDims) }

    /// Mean over `axes` (all when nil); integers average into float64.
    ///
    ///     let loss = try (prediction - target).square().mean()
    public func mean(axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        let reduced = try reductionAxes(axes, operation: "mean")
        let n = reduced.map { shape[$0] }.reduce(1, *)
        let total = try (dtype.isFloatingPoint ? self : castWithoutGradient(to: .float64)).sum(axes: reduced, keepDims: keepDims)
        return try total * (1.0 / Double(n))
    }

    /// Mean over one axis.
    public func mean(axis: Int, keepDims: Bool = false) throws -> Tensor { try mean(axes: [axis], keepDims: keepDims) }

    /// Variance over `axes` with `ddof` delta degrees of freedom (composite).
    ///
    ///     let normalized = try (x - x.mean()) / x.standardDeviation()
    public func variance(axes: [Int]? = nil, keepDims: Bool = false, ddof: Int = 0) throws -> Tensor {
        let reduced = try reductionAxes(axes, operation: "var")
        let n = reduced.map { shape[$0] }.reduce(1, *)
        let x = dtype.isFloatingPoint ? self : try castWithoutGradient(to: .float64)
        let centered = try x - x.mean(axes: reduced, keepDims: true)
        return try centered.square().sum(axes: reduced, keepDims: keepDims) * (1.0 / Double(Swift.max(n - ddof, 0)))
    }

    /// Standard deviation over `axes` (composite: the square root of `variance`).
    public func standardDeviation(axes: [Int]? = nil, keepDims: Bool = false, ddof: Int = 0) throws -> Tensor {
        try variance(axes: axes, keepDims: keepDims, ddof: ddof).sqrt()
    }

    /// Maximum over `axes` (all when nil); the gradient flows to every element equal to the maximum.
    ///
    ///     let stable = try logits - logits.max(axes: [-1], keepDims: true)
    public func max(axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        try extremum(axes: axes, keepDims: keepDims, operation: "max", greater: true)
    }

    /// Maximum over one axis.
    public func max(axis: Int, keepDims: Bool = false) throws -> Tensor { try max(axes: [axis], keepDims: keepDims) }

    /// Minimum over `axes` (all when nil).
    public func min(axes: [Int]? = nil, keepDims: Bool = false) throws -> Tensor {
        try extremum(axes: axes, keepDims: keepDims, operation: "min", greater: false)
    }

    /// Minimum over one axis.
    public func min(axis: Int, keepDims: Bool = false) throws -> Tensor { try min(axes: [axis], keepDims: keepDims) }

    private func extremum(axes: [Int]?, keepDims: Bool, operation: String, greater: Bool) throws -> Tensor {
        let reduced = try reductionAxes(axes, operation: operation)
        let layout = reductionLayout(axes: reduced)
        guard layout.length > 0 else {
            throw TensorError(
                operation, expected: "a non-empty axis to reduce",
                received: "shape \(describeShape(shape))",
                hint: "zero-size array to reduction operation \(operation) which has no identity")
        }
        let out = Tensor(uninitializedShape: keepDims ? layout.keepDimsShape : layout.keptShape, dtype: dtype)
        func run<T: Comparable>(_: T.Type) {
            let pick: (T, T) -> T = greater ? { Swift.max($0, $1) } : { Swift.min($0, $1) }
            reduceRows(layout, layout.source.pointer(T.self), into: out.pointer(T.self), pick)
        }
        switch dtype {
        case .float32:
            let pick: (Float, Float) -> Float = greater ? { $0.isNaN || $0 >= $1 ? $0 : $1 } : { $0.isNaN || $0 <= $1 ? $0 : $1 }
            reduceRows(layout, layout.source.pointer(Float.self), into: out.floatPointer, pick)
        case .float64: run(Double.self)
        case .int32: run(Int32.self)
        case .int64: run(Int64.self)
        case .uint8: run(UInt8.self)
        case .bool: run(UInt8.self)
        }
        let x = self
        let keepShape = layout.keepDimsShape
        let result = out.detached()
        return out.recording(operation, [self]) { g in
            let winner = try Tensor.binaryForward(.equal, x, result.reshaped(to: keepShape)).cast(to: g.dtype)
            return [try winner * g.reshaped(to: keepShape)]
        }
    }

    /// Index of the maximum along `axis` (the first one on ties), as int64; all axes flattened when nil.
    ///
    ///     let predictedClass = try probabilities.argMax(axis: -1)
    public func argMax(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try argExtremum(axis: axis, keepDims: keepDims, greater: true)
    }

    /// Index of the minimum along `axis` (the first one on ties), as int64.
    public func argMin(axis: Int? = nil, keepDims: Bool = false) throws -> Tensor {
        try argExtremum(axis: axis, keepDims: keepDims, greater: false)
    }

    private func argExtremum(axis: Int?, keepDims: Bool, greater: Bool) throws -> Tensor {
        let name = greater ? "argmax" : "argmin"
        let source = axis == nil ? try flattened() : self
        let reducedAxis = try source.normalizeAxis(axis ?? 0, operation: name)
        let layout = source.reductionLayout(axes: [reducedAxis])
        guard layout.length > 0 else {
            throw TensorError(
                name, expected: "a non-empty axis", received: "shape \(describeShape(shape))",
                hint: "attempt to get \(name) of an empty sequence")
        }
        let values = try layout.source.castWithoutGradient(to: .float64).contiguousStorage()
        defer { withExtendedLifetime(values) {} }
        let input = values.pointer(Double.self)
        let outShape = axis == nil ? (keepDims ? [Int](repeating: 1, count: rank) : []) : (keepDims ? layout.keepDimsShape : layout.keptShape)
        let out = Tensor(uninitializedShape: outShape, dtype: .int64)
        let outer = layout.outer, length = layout.length, inner = layout.inner
        for o in 0..<outer {
            for c in 0..<inner {
                let line = input + (o &* length &* inner &+ c)
                var best = 0
                var bestValue = line[0]
                for i in 1..<length {
                    let v = line[i &* inner]
                    if bestValue.isNaN { break }
                    if v.isNaN || (greater ? v > bestValue : v < bestValue) {
                        best = i
                        bestValue = v
                    }
                }
                out.pointer(Int64.self)[o &* inner &+ c] = Int64(best)
            }
        }
        return out
    }
}
