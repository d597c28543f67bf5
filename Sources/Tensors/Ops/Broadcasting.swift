/// NumPy's broadcast of two shapes, or a `TensorError` naming both.
func broadcastShapes(_ a: [Int], _ b: [Int], operation: String) throws -> [Int] {
    let rank = Swift.max(a.count, b.count)
    var result = [Int](repeating: 1, count: rank)
    for i in 0..<rank {
        let x = i < rank - a.count ? 1 : a[i - (rank - a.count)]
        let y = i < rank - b.count ? 1 : b[i - (rank - b.count)]
        if x == y || y == 1 {
            result[i] = x
        } else if x == 1 {
            result[i] = y
        } else {
            throw TensorError(
                operation, expected: "shapes that broadcast together (equal axes or 1)",
                received: "\(describeShape(a)) and \(describeShape(b))")
        }
    }
    return result
}

extension Tensor {
    /// Strides that read this tensor as if broadcast to `target` (0 on stretched axes).
    func broadcastStrides(to target: [Int]) -> [Int] {
        let lead = target.count - shape.count
        return (0..<target.count).map { axis in
            guard axis >= lead else { return 0 }
            return shape[axis - lead] == 1 && target[axis] != 1 ? 0 : strides[axis - lead]
        }
    }

    /// A read-only view of this tensor stretched to `shape`, as NumPy's `broadcast_to`.
    ///
    ///     let rows = try bias.broadcast(to: [32, 10])
    public func broadcast(to target: [Int]) throws -> Tensor {
        let combined = try broadcastShapes(shape, target, operation: "broadcast(to:)")
        guard combined == target else {
            throw TensorError(
                "broadcast(to:)", expected: "a shape that \(describeShape(shape)) can stretch to",
                received: describeShape(target))
        }
        if target == shape { return self }
        let result = view(shape: target, strides: broadcastStrides(to: target), offset: offset)
        let sourceShape = shape
        return result.recording("broadcast", [self]) { gradient in [try gradient.sum(toShape: sourceShape)] }
    }

    /// Sums a broadcast gradient back down to `target` (the inverse of broadcasting).
    func sum(toShape target: [Int]) throws -> Tensor {
        if shape == target { return self }
        let lead = shape.count - target.count
        var axes = Array(0..<lead)
        for axis in 0..<target.count where target[axis] == 1 && shape[axis + lead] != 1 {
            axes.append(axis + lead)
        }
        let reduced = axes.isEmpty ? self : try sum(axes: axes, keepDims: true)
        return try reduced.reshaped(to: target)
    }
}
