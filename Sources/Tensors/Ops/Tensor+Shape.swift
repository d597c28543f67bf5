extension Tensor {
    /// The same elements in a new shape; one axis may be -1 (inferred). A view when this tensor is
    /// contiguous, else a copy, as NumPy's `reshape`.
    ///
    ///     let flat = try images.reshaped(to: [-1, 784])
    public func reshaped(to newShape: [Int]) throws -> Tensor {
        let target = try resolveShape(newShape)
        if target == shape { return self }
        let source = contiguousStorage()
        let out = Tensor(
            storage: source.storage, shape: target, strides: contiguousStrides(target),
            offset: source.offset, dtype: dtype)
        let original = shape
        return out.recording("reshape", [self]) { g in [try g.reshaped(to: original)] }
    }

    /// Variadic form of `reshaped(to:)`.
    public func reshaped(_ shape: Int...) throws -> Tensor { try reshaped(to: shape) }

    /// A 1-D view (or copy) of all elements.
    public func flattened() throws -> Tensor { try reshaped(to: [-1]) }

    private func resolveShape(_ requested: [Int]) throws -> [Int] {
        try validateShape(requested.map { $0 == -1 ? 1 : $0 }, operation: "reshape")
        let unknown = requested.indices.filter { requested[$0] == -1 }
        let known = requested.filter { $0 != -1 }.reduce(1, *)
        let bad = requested.contains { $0 < -1 } || unknown.count > 1
        var target = requested
        if !bad, let axis = unknown.first, known > 0, count % known == 0 {
            target[axis] = count / known
        }
        if bad || target.reduce(1, *) != count || (unknown.count == 1 && known == 0) {
            throw TensorError(
                "reshape", expected: "a shape with \(count) elements (at most one -1)",
                received: "\(describeShape(requested)) for a tensor of shape \(describeShape(shape))",
                hint: "cannot reshape array of size \(count) into shape \(describeShape(requested))")
        }
        return target
    }

    /// The axes reversed (a view), as NumPy's `.T`.
    ///
    ///     let wT = w.transposed()
    public func transposed() -> Tensor {
        // Reversing every axis is always a valid permutation, so this cannot throw.
        (try? transposed(axes: Array((0..<rank).reversed()))) ?? self
    }

    /// The axes permuted (a view): output axis i is input axis `axes[i]`.
    ///
    ///     let nchw = try nhwc.transposed(axes: [0, 3, 1, 2])
    public func transposed(axes: [Int]) throws -> Tensor {
        let normalized = try axes.map { try normalizeAxis($0, operation: "transpose") }
        guard normalized.count == rank, Set(normalized).count == rank else {
            throw TensorError("transpose", expected: "a permutation of \(rank) axes", received: "\(axes)")
        }
        let out = view(shape: normalized.map { shape[$0] }, strides: normalized.map { strides[$0] }, offset: offset)
        var inverse = [Int](repeating: 0, count: rank)
        for (i, axis) in normalized.enumerated() { inverse[axis] = i }
        return out.recording("transpose", [self]) { g in [try g.transposed(axes: inverse)] }
    }

    /// A view with a new axis of size 1 inserted at `axis` (NumPy's `expand_dims`).
    ///
    ///     let batch = try image.expandedDimensions(axis: 0)
    public func expandedDimensions(axis: Int) throws -> Tensor {
        let position = axis < 0 ? axis + rank + 1 : axis
        guard position >= 0 && position <= rank else {
            throw TensorError("expand_dims", expected: "an axis in -\(rank + 1)..<\(rank + 1)", received: "\(axis)")
        }
        var newShape = shape
        var newStrides = strides
        newShape.insert(1, at: position)
        newStrides.insert(position < rank ? strides[position] * shape[position] : 1, at: position)
        let out = view(shape: newShape, strides: newStrides, offset: offset)
        let original = shape
        return out.recording("expand_dims", [self]) { g in [try g.reshaped(to: original)] }
    }

    /// A view without axes of size 1 (or only `axes`, which must have size 1).
    public func squeezed(axes: [Int]? = nil) throws -> Tensor {
        let remove: Set<Int>
        if let axes {
            remove = Set(try axes.map { try normalizeAxis($0, operation: "squeeze") })
            for axis in remove where shape[axis] != 1 {
                throw TensorError("squeeze", expected: "axis \(axis) of size 1", received: "size \(shape[axis])")
            }
        } else {
            remove = Set(shape.indices.filter { shape[$0] == 1 })
        }
        let keep = shape.indices.filter { !remove.contains($0) }
        let out = view(shape: keep.map { shape[$0] }, strides: keep.map { strides[$0] }, offset: offset)
        let original = shape
        return out.recording("squeeze", [self]) { g in [try g.reshaped(to: original)] }
    }

    /// `axis` in `0..<rank`, accepting negative axes, or a TensorError.
    func normalizeAxis(_ axis: Int, operation: String, rank explicitRank: Int? = nil) throws -> Int {
        let r = explicitRank ?? rank
        let value = axis < 0 ? axis + r : axis
        guard value >= 0 && value < r else {
            throw TensorError(
                operation, expected: "an axis in -\(r)..<\(r) for shape \(describeShape(shape))",
                received: "axis \(axis)")
        }
        return value
    }
}
