extension Tensor {
    /// Softmax along `axis` (composite: exp of shifted logits over their sum).
    ///
    ///     let probabilities = try logits.softmax(axis: -1)
    public func softmax(axis: Int = -1) throws -> Tensor {
        // Without a tape to record (predictions, metrics), rows along the last axis take one pass.
        if dtype.isFloatingPoint, try normalizeAxis(axis, operation: "softmax") == rank - 1, !Tensor.needsGradient(self) {
            let x = contiguousStorage(), out = Tensor(uninitializedShape: shape, dtype: dtype)
            let classes = shape[rank - 1], rows = classes == 0 ? 0 : count / classes
            withExtendedLifetime(x) {
                if dtype == .float32 {
                    Tensor.rowSoftmax(x.pointer(Float.self), into: out.pointer(Float.self), rows: rows, classes: classes) { _, _ in }
                } else {
                    Tensor.rowSoftmax(x.pointer(Double.self), into: out.pointer(Double.self), rows: rows, classes: classes) { _, _ in }
                }
            }
            return out
        }
        let shifted = try self - max(axes: [axis], keepDims: true).detached()
        let e = try shifted.exp()
        return try e / e.sum(axes: [axis], keepDims: true)
    }

    /// Log-softmax along `axis` (composite, stable: shifted logits minus their log-sum-exp).
    ///
    ///     let logProbabilities = try logits.logSoftmax(axis: -1)
    public func logSoftmax(axis: Int = -1) throws -> Tensor {
        let shifted = try self - max(axes: [axis], keepDims: true).detached()
        return try shifted - shifted.exp().sum(axes: [axis], keepDims: true).log()
    }

    /// Softmax of each `classes`-long row of `x` into `out`, as the composite computes it (exponents
    /// of the row minus its maximum, over their sum); `row(index, logSumExp)` sees each row's
    /// log Σ e^x.
    @inline(__always)
    static func rowSoftmax<T: FloatingElement>(
        _ x: UnsafePointer<T>, into out: UnsafeMutablePointer<T>, rows: Int, classes: Int,
        _ row: (Int, T) -> Void
    ) {
        for index in 0..<rows where classes > 0 {
            let line = x + index &* classes, target = out + index &* classes
            var largest = line[0]
            for i in 1..<classes where line[i] > largest || line[i].isNaN { largest = line[i] }
            var total: T = 0
            for i in 0..<classes {
                target[i] = T.exp(line[i] - largest)
                total += target[i]
            }
            for i in 0..<classes { target[i] /= total }
            row(index, T.log(total) + largest)
        }
    }
}
