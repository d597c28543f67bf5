extension Tensor {
    /// Elements of `a` where `condition` is true, else of `b`, with broadcasting (NumPy's `where`).
    ///
    ///     let positive = try Tensor.where(x .> 0, x, Tensor.zeros(like: x))
    public static func `where`(_ condition: Tensor, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let mask = try condition.castWithoutGradient(to: .bool)
        let shape = try broadcastShapes(try broadcastShapes(mask.shape, a.shape, operation: "where"), b.shape, operation: "where")
        let dtype = DType.promote(a.dtype, b.dtype)
        let maskFloat = try mask.castWithoutGradient(to: dtype)
        let x = try a.castWithoutGradient(to: dtype), y = try b.castWithoutGradient(to: dtype)
        // where(c, a, b) = b + c·(a − b) would lose exactness for inf/nan, so select explicitly.
        let out = Tensor(uninitializedShape: shape, dtype: dtype)
        let m = try maskFloat.broadcast(to: shape).contiguousStorage()
        func run<T>(_: T.Type) throws {
            let xs = try x.broadcast(to: shape).contiguousStorage(), ys = try y.broadcast(to: shape).contiguousStorage()
            let ms = try m.castWithoutGradient(to: .bool).contiguousStorage()
            defer { withExtendedLifetime((xs, ys, ms)) {} }
            let mp = ms.pointer(Bool.self)
            let xp = xs.pointer(T.self), yp = ys.pointer(T.self), op = out.pointer(T.self)
            for i in 0..<out.count { op[i] = mp[i] ? xp[i] : yp[i] }
        }
        switch dtype.byteSize {
        case 1: try run(UInt8.self)
        case 4: try run(UInt32.self)
        default: try run(UInt64.self)
        }
        return out.recording("where", [a, b]) { g in
            let taken = try mask.cast(to: g.dtype)
            return [
                a.requiresGradient ? try (g * taken).sum(toShape: a.shape) : nil,
                b.requiresGradient ? try (g - g * taken).sum(toShape: b.shape) : nil,
            ]
        }
    }

    /// Elements limited to `[low, high]` (NumPy's `clip`); the gradient passes only inside the range.
    ///
    ///     let pixels = try image.clipped(min: 0, max: 255)
    public func clipped(min low: Double, max high: Double) throws -> Tensor {
        let lowT = Tensor.scalar(low, isInteger: low == low.rounded() && !dtype.isFloatingPoint, like: self)
        let highT = Tensor.scalar(high, isInteger: high == high.rounded() && !dtype.isFloatingPoint, like: self)
        let out = try Tensor.binaryForward(.minimum, try Tensor.binaryForward(.maximum, self, lowT), highT)
        let x = self
        return out.recording("clip", [self]) { g in
            let inside = try Tensor.binaryForward(.greaterEqual, x, lowT).logicalAnd(Tensor.binaryForward(.lessEqual, x, highT))
            return [try g * inside.cast(to: g.dtype)]
        }
    }

    /// One-hot rows for integer class labels: shape `labels.shape + [depth]`, float32.
    ///
    ///     let targets = try Tensor.oneHot(labels, depth: 10)
    public static func oneHot(_ labels: Tensor, depth: Int, dtype: DType = .float32) throws -> Tensor {
        guard depth > 0 else { throw TensorError("one_hot", expected: "a positive depth", received: "\(depth)") }
        let values = labels.asArray(Int64.self)
        let out = Tensor.zeros(labels.shape + [depth], dtype: dtype)
        let one = Tensor.full([], value: 1, dtype: dtype)
        for (row, label) in values.enumerated() {
            guard label >= 0 && label < depth else {
                throw TensorError("one_hot", expected: "labels in 0..<\(depth)", received: "label \(label) at position \(row)")
            }
            let destination = out.storage.pointer + (row * depth + Int(label)) * dtype.byteSize
            destination.copyMemory(from: one.storage.pointer, byteCount: dtype.byteSize)
        }
        return out
    }
}
