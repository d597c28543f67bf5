extension Tensor {
    /// Joins tensors along an existing axis (NumPy's `concatenate`).
    ///
    ///     let both = try Tensor.concatenate([a, b], axis: 0)
    public static func concatenate(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError("concatenate", expected: "at least one tensor", received: "an empty list")
        }
        guard first.rank > 0 else {
            throw TensorError("concatenate", expected: "tensors with at least one axis", received: "a 0-d tensor")
        }
        let along = try first.normalizeAxis(axis, operation: "concatenate")
        var dtype = first.dtype
        for (index, tensor) in tensors.enumerated() {
            dtype = DType.promote(dtype, tensor.dtype)
            let sameOther = tensor.rank == first.rank && (0..<first.rank).allSatisfy { $0 == along || tensor.shape[$0] == first.shape[$0] }
            guard sameOther else {
                throw TensorError(
                    "concatenate", expected: "shapes matching \(describeShape(first.shape)) except on axis \(along)",
                    received: "\(describeShape(tensor.shape)) at position \(index)")
            }
        }
        let sizes = tensors.map { $0.shape[along] }
        var outShape = first.shape
        outShape[along] = sizes.reduce(0, +)
        let out = Tensor(uninitializedShape: outShape, dtype: dtype)
        let outer = first.shape[..<along].reduce(1, *)
        let innerPerUnit = first.shape[(along + 1)...].reduce(1, *) * dtype.byteSize
        let outRow = outShape[along] * innerPerUnit
        var start = 0
        for (tensor, size) in zip(tensors, sizes) {
            let source = try tensor.castWithoutGradient(to: dtype).contiguousStorage()
            let chunk = size * innerPerUnit
            defer { withExtendedLifetime(source) {} }
            let from = source.storage.pointer + source.offset * dtype.byteSize
            for o in 0..<outer where chunk > 0 {
                (out.storage.pointer + o * outRow + start).copyMemory(from: from + o * chunk, byteCount: chunk)
            }
            start += chunk
        }
        return out.recording("concatenate", tensors) { g in
            var position = 0
            return try zip(tensors, sizes).map { tensor, size in
                defer { position += size }
                return tensor.requiresGradient ? try g.slice(axis: along, from: position, to: position + size) : nil
            }
        }
    }

    /// Joins tensors along a new axis (NumPy's `stack`).
    ///
    ///     let batch = try Tensor.stack([image1, image2], axis: 0)
    public static func stack(_ tensors: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = tensors.first else {
            throw TensorError("stack", expected: "at least one tensor", received: "an empty list")
        }
        for (index, tensor) in tensors.enumerated() where tensor.shape != first.shape {
            throw TensorError(
                "stack", expected: "all tensors of shape \(describeShape(first.shape))",
                received: "\(describeShape(tensor.shape)) at position \(index)")
        }
        let position = axis < 0 ? axis + first.rank + 1 : axis
        guard position >= 0 && position <= first.rank else {
            throw TensorError("stack", expected: "an axis in -\(first.rank + 1)..<\(first.rank + 1)", received: "\(axis)")
        }
        return try concatenate(tensors.map { try $0.expandedDimensions(axis: position) }, axis: position)
    }

    /// Splits into `sections` equal parts along `axis` (NumPy's `split`).
    ///
    ///     let halves = try x.split(sections: 2, axis: 0)
    public func split(sections: Int, axis: Int = 0) throws -> [Tensor] {
        let along = try normalizeAxis(axis, operation: "split")
        guard sections > 0, shape[along] % sections == 0 else {
            throw TensorError(
                "split", expected: "a section count that divides axis \(along) of size \(shape[along])",
                received: "\(sections)", hint: "array split does not result in an equal division")
        }
        let size = shape[along] / sections
        return try (0..<sections).map { try slice(axis: along, from: $0 * size, to: ($0 + 1) * size) }
    }

    /// Splits into `sections` nearly equal parts, the first ones one longer (NumPy's `array_split`).
    ///
    ///     let parts = try Tensor.arange(7).arraySplit(sections: 3)   // sizes 3, 2, 2
    public func arraySplit(sections: Int, axis: Int = 0) throws -> [Tensor] {
        let along = try normalizeAxis(axis, operation: "array_split")
        guard sections > 0 else {
            throw TensorError("array_split", expected: "a positive number of sections", received: "\(sections)")
        }
        let (base, extra) = shape[along].quotientAndRemainder(dividingBy: sections)
        var bounds = [0]
        for section in 0..<sections { bounds.append(bounds[section] + base + (section < extra ? 1 : 0)) }
        return try (0..<sections).map { try slice(axis: along, from: bounds[$0], to: bounds[$0 + 1]) }
    }

    /// Splits along `axis` before each of `indices` (NumPy's `split` with indices).
    public func split(indices: [Int], axis: Int = 0) throws -> [Tensor] {
        let along = try normalizeAxis(axis, operation: "split")
        let bounds = [0] + indices.map { Swift.min(Swift.max($0 < 0 ? $0 + shape[along] : $0, 0), shape[along]) } + [shape[along]]
        return try (0..<(bounds.count - 1)).map { try slice(axis: along, from: bounds[$0], to: Swift.max(bounds[$0], bounds[$0 + 1])) }
    }

    /// The view `start..<end` along one axis (bounds already valid).
    func slice(axis: Int, from start: Int, to end: Int) throws -> Tensor {
        var newShape = shape
        newShape[axis] = end - start
        let out = view(shape: newShape, strides: strides, offset: offset + start * strides[axis])
        let original = shape
        let dtype = self.dtype
        return out.recording("slice", [self]) { g in
            let full = Tensor.zeros(original, dtype: dtype)
            try full.slice(axis: axis, from: start, to: end).assign(g)
            return [full]
        }
    }

    /// Pads with a constant (NumPy's `pad` in constant mode): `widths[i]` is (before, after) for axis i.
    ///
    ///     let padded = try image.padded([(0, 0), (1, 1), (1, 1), (0, 0)])
    public func padded(_ widths: [(Int, Int)], value: Double = 0) throws -> Tensor {
        guard widths.count == rank, widths.allSatisfy({ $0.0 >= 0 && $0.1 >= 0 }) else {
            throw TensorError(
                "pad", expected: "\(rank) non-negative (before, after) pairs",
                received: "\(widths.map { "(\($0.0), \($0.1))" }.joined(separator: ", "))")
        }
        let out = Tensor.full(zip(shape, widths).map { $0 + $1.0 + $1.1 }, value: value, dtype: dtype)
        var interior = out
        for (axis, width) in widths.enumerated() {
            interior = try interior.slice(axis: axis, from: width.0, to: width.0 + shape[axis])
        }
        try interior.assign(self.detached())
        let x = self
        return out.recording("pad", [self]) { g in
            var region = g
            for (axis, width) in widths.enumerated() {
                region = try region.slice(axis: axis, from: width.0, to: width.0 + x.shape[axis])
            }
            return [region]
        }
    }
}
