/// An index after ellipsis expansion and mask expansion, applied axis by axis.
private enum ResolvedIndex {
    case at(Int)
    case slice(Int?, Int?, Int?)
    case newAxis
    case array([Int64], shape: [Int])
}

extension Tensor {
    /// NumPy indexing: integers, slices (with steps and negative bounds), new axes and `...` give a
    /// view sharing storage; boolean masks and integer arrays give a copy. Gradients flow through both.
    ///
    ///     let image = try batch[0]                           // (28, 28, 1) view
    ///     let flipped = try image[.all, .slice(nil, nil, -1)]  // image[:, ::-1]
    public subscript(_ indices: TensorIndex...) -> Tensor {
        get throws { try indexed(indices) }
    }

    /// `self[indices]` with the index list as an array (for bindings).
    public func indexed(_ indices: [TensorIndex]) throws -> Tensor {
        let resolved = try resolve(indices)
        let (basic, arrayAxes) = try basicView(resolved)
        if arrayAxes.isEmpty { return basic }
        let (flat, shape) = try advancedPositions(basic, arrayAxes)
        return try basic.takingFlat(flat, shape: shape)
    }

    /// NumPy's `x[indices] = value`: writes `value` (broadcast, cast to this dtype) into the
    /// selected elements in place; visible through every view of the storage. Not recorded.
    ///
    ///     try x.assign(Tensor(0 as Float), at: [.mask(x .< 0)])   // x[x < 0] = 0
    public func assign(_ value: Tensor, at indices: [TensorIndex]) throws {
        let resolved = try resolve(indices)
        let (basic, arrayAxes) = try basicView(resolved)
        if arrayAxes.isEmpty {
            try basic.assign(value)
            return
        }
        let (flat, shape) = try advancedPositions(basic, arrayAxes)
        let source = try value.castWithoutGradient(to: dtype).broadcast(to: shape).contiguousStorage()
        let size = dtype.byteSize
        let basicStrides = basic.strides, basicShape = basic.shape
        withExtendedLifetime(source) {
            let from = source.storage.pointer + source.offset * size
            for (position, logical) in flat.enumerated() {
                var remaining = logical
                var offset = basic.offset
                for axis in stride(from: basicShape.count - 1, through: 0, by: -1) {
                    offset += (remaining % basicShape[axis]) * basicStrides[axis]
                    remaining /= basicShape[axis]
                }
                (storage.pointer + offset * size).copyMemory(from: from + position * size, byteCount: size)
            }
        }
    }

    /// With any array index present, NumPy treats integers as 0-d index arrays too (they then take
    /// part in the broadcast and in the rule that separated array indices move to the front).
    private func resolve(_ indices: [TensorIndex]) throws -> [ResolvedIndex] {
        let resolved = try resolveEach(indices)
        let hasArray = resolved.contains { if case .array = $0 { return true } else { return false } }
        guard hasArray else { return resolved }
        return resolved.map { if case .at(let i) = $0 { return .array([Int64(i)], shape: []) } else { return $0 } }
    }

    private func resolveEach(_ indices: [TensorIndex]) throws -> [ResolvedIndex] {
        let ellipses = indices.filter { if case .ellipsis = $0 { return true } else { return false } }.count
        guard ellipses <= 1 else {
            throw TensorError(
                "index", expected: "at most one ellipsis", received: "\(ellipses)",
                hint: "an index can only have a single ellipsis ('...')")
        }
        let consumed = indices.reduce(0) { total, index in
            switch index {
            case .at, .slice, .indices: return total + 1
            case .mask(let mask): return total + mask.rank
            case .newAxis, .ellipsis: return total
            }
        }
        guard consumed <= rank else {
            throw TensorError(
                "index", expected: "at most \(rank) indexed axes for shape \(describeShape(shape))",
                received: "\(consumed)", hint: "too many indices for array: array is \(rank)-dimensional, but \(consumed) were indexed")
        }
        var result: [ResolvedIndex] = []
        var axis = 0
        for (position, index) in indices.enumerated() {
            switch index {
            case .at(let i): result.append(.at(i)); axis += 1
            case .slice(let a, let b, let c): result.append(.slice(a, b, c)); axis += 1
            case .newAxis: result.append(.newAxis)
            case .ellipsis:
                let fill = rank - consumed
                result.append(contentsOf: [ResolvedIndex](repeating: .slice(nil, nil, nil), count: fill))
                axis += fill
            case .indices(let tensor) where tensor.dtype == .bool:
                return try resolveEach(Array(indices[..<position]) + [.mask(tensor)] + Array(indices[(position + 1)...]))
            case .indices(let tensor):
                guard tensor.dtype.isInteger else {
                    throw TensorError(
                        "index", expected: "an integer or boolean index array", received: "dtype \(tensor.dtype)",
                        hint: "arrays used as indices must be of integer (or boolean) type")
                }
                result.append(.array(tensor.asArray(Int64.self), shape: tensor.shape)); axis += 1
            case .mask(let mask):
                guard mask.rank > 0 else {
                    throw TensorError("index", expected: "a boolean mask with at least one axis", received: "a 0-d mask")
                }
                let covered = Array(shape[axis..<(axis + mask.rank)])
                guard mask.shape == covered else {
                    throw TensorError(
                        "index", expected: "a boolean mask of shape \(describeShape(covered))",
                        received: "shape \(describeShape(mask.shape))",
                        hint: "boolean index did not match indexed array")
                }
                let flags = mask.asArray(Bool.self)
                let hits = flags.indices.filter { flags[$0] }
                let maskStrides = contiguousStrides(mask.shape)
                for k in 0..<mask.rank {
                    result.append(.array(hits.map { Int64(($0 / maskStrides[k]) % mask.shape[k]) }, shape: [hits.count]))
                }
                axis += mask.rank
            }
        }
        return result
    }

    /// Applies integers, slices and new axes as a view; array indices keep their axis and are
    /// returned with its position in the view.
    private func basicView(_ indices: [ResolvedIndex]) throws -> (Tensor, [(axis: Int, values: [Int64], shape: [Int])]) {
        var newShape: [Int] = [], newStrides: [Int] = []
        var newOffset = offset
        var arrays: [(axis: Int, values: [Int64], shape: [Int])] = []
        var axis = 0
        for index in indices {
            switch index {
            case .at(let i):
                let size = shape[axis]
                let position = i < 0 ? i + size : i
                guard position >= 0 && position < size else {
                    throw TensorError(
                        "index", expected: "an index in -\(size)..<\(size) for axis \(axis)",
                        received: "\(i)", hint: "index \(i) is out of bounds for axis \(axis) with size \(size)")
                }
                newOffset += position * strides[axis]
                axis += 1
            case .slice(let a, let b, let c):
                let (start, step, count) = try resolveSlice(a, b, c, size: shape[axis])
                newShape.append(count)
                newStrides.append(strides[axis] * step)
                newOffset += count > 0 ? start * strides[axis] : 0
                axis += 1
            case .newAxis:
                newShape.append(1)
                newStrides.append(0)
            case .array(let values, let arrayShape):
                arrays.append((newShape.count, values, arrayShape))
                newShape.append(shape[axis])
                newStrides.append(strides[axis])
                axis += 1
            }
        }
        newShape += shape[axis...]
        newStrides += strides[axis...]
        let out = view(shape: newShape, strides: newStrides, offset: newOffset)
        let inputShape = shape, inputType = dtype
        let outputShape = newShape
        out.recording("index", [self]) { g in
            let result = Tensor.zeros(inputShape, dtype: inputType)
            let region = try result.basicView(indices).0
            try region.assign(g.reshaped(to: outputShape))
            return [result]
        }
        return (out, arrays)
    }

    /// Row-major positions in `basic` selected by its array axes (NumPy's advanced indexing rules:
    /// index arrays broadcast together; their axes go first unless they are adjacent).
    private func advancedPositions(_ basic: Tensor, _ arrays: [(axis: Int, values: [Int64], shape: [Int])]) throws -> ([Int], [Int]) {
        var broadcastShape: [Int] = []
        for array in arrays { broadcastShape = try broadcastShapes(broadcastShape, array.shape, operation: "index") }
        let adjacent = zip(arrays, arrays.dropFirst()).allSatisfy { $1.axis == $0.axis + 1 }
        let arrayAxes = Set(arrays.map(\.axis))
        let rest = (0..<basic.rank).filter { !arrayAxes.contains($0) }
        let before = adjacent ? rest.filter { $0 < arrays[0].axis } : []
        let after = adjacent ? rest.filter { $0 > arrays[0].axis } : rest
        let outShape = before.map { basic.shape[$0] } + broadcastShape + after.map { basic.shape[$0] }
        let basicStrides = contiguousStrides(basic.shape)
        var arrayOffsets = [Int](repeating: 0, count: broadcastShape.reduce(1, *))
        for array in arrays {
            let size = basic.shape[array.axis]
            let source = try Tensor(array.values, shape: array.shape).broadcast(to: broadcastShape).asArray(Int64.self)
            for (k, raw) in source.enumerated() {
                let value = raw < 0 ? Int(raw) + size : Int(raw)
                guard value >= 0 && value < size else {
                    throw TensorError(
                        "index", expected: "indices in -\(size)..<\(size)", received: "\(raw)",
                        hint: "index \(raw) is out of bounds for axis \(array.axis) with size \(size)")
                }
                arrayOffsets[k] += value * basicStrides[array.axis]
            }
        }
        let beforeCount = before.map { basic.shape[$0] }.reduce(1, *)
        let afterCount = after.map { basic.shape[$0] }.reduce(1, *)
        func offsets(of axes: [Int], count: Int) -> [Int] {
            let axisShape = axes.map { basic.shape[$0] }
            let local = contiguousStrides(axisShape)
            return (0..<count).map { linear in
                zip(axes.indices, axes).reduce(0) { sum, pair in sum + ((linear / local[pair.0]) % axisShape[pair.0]) * basicStrides[pair.1] }
            }
        }
        let beforeOffsets = offsets(of: before, count: beforeCount)
        let afterOffsets = offsets(of: after, count: afterCount)
        var flat: [Int] = []
        flat.reserveCapacity(beforeCount * arrayOffsets.count * afterCount)
        for b in beforeOffsets {
            for a in arrayOffsets {
                for c in afterOffsets { flat.append(b + a + c) }
            }
        }
        return (flat, outShape)
    }

    /// The elements at row-major positions `flat` of this tensor, shaped `shape` (gradient scatters back).
    func takingFlat(_ flat: [Int], shape outShape: [Int]) throws -> Tensor {
        let flatSource = try reshaped(to: [count])
        return try flatSource.gathering(flat, axis: 0).reshaped(to: outShape)
    }
}
