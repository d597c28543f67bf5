extension Tensor {
    /// The cross-entropy of integer class `labels` against the softmax of these logits along the
    /// last axis, one value per sample (TensorFlow's `sparse_softmax_cross_entropy_with_logits`).
    /// One op: a stable log-sum-exp per row forward, `softmax − one_hot` backward.
    ///
    ///     let loss = try logits.sparseSoftmaxCrossEntropy(labels: y).mean()   // (32, 10) and (32) → ()
    public func sparseSoftmaxCrossEntropy(labels: Tensor) throws -> Tensor {
        guard rank >= 1, labels.shape == Array(shape.dropLast()) else {
            throw TensorError(
                "sparse_softmax_cross_entropy", expected: "labels of shape \(describeShape(Array(shape.dropLast())))",
                received: "labels \(describeShape(labels.shape)) for logits \(describeShape(shape))",
                hint: "give one integer class per row of logits")
        }
        let classes = shape[rank - 1]
        let indices = try labels.castWithoutGradient(to: .int64).contiguousStorage()
        let targets = UnsafeBufferPointer(start: indices.pointer(Int64.self), count: indices.count)
        if let bad = targets.firstIndex(where: { $0 < 0 || $0 >= classes }) {
            throw TensorError(
                "sparse_softmax_cross_entropy", expected: "labels in 0..<\(classes)",
                received: "label \(targets[bad]) at position \(bad)")
        }
        let logits = try floatingForMath().contiguousStorage()
        let (losses, probabilities) = withExtendedLifetime(indices) {
            logits.dtype == .float32
                ? Tensor.softmaxCrossEntropy(logits, targets, classes: classes, Float.self)
                : Tensor.softmaxCrossEntropy(logits, targets, classes: classes, Double.self)
        }
        return losses.recording("sparse_softmax_cross_entropy", [self]) { g in
            let scale = try g.castWithoutGradient(to: probabilities.dtype).contiguousStorage()
            return [
                probabilities.dtype == .float32
                    ? Tensor.softmaxCrossEntropyGradient(probabilities, indices, scale, Float.self)
                    : Tensor.softmaxCrossEntropyGradient(probabilities, indices, scale, Double.self)
            ]
        }
    }

    /// Per-row `log Σ e^x − x[label]`, and the softmax the gradient needs.
    private static func softmaxCrossEntropy<T: FloatingElement>(
        _ logits: Tensor, _ labels: UnsafeBufferPointer<Int64>,
        classes: Int, _: T.Type
    ) -> (Tensor, Tensor) {
        let rows = labels.count
        let losses = Tensor(uninitializedShape: Array(logits.shape.dropLast()), dtype: logits.dtype)
        let probabilities = Tensor(uninitializedShape: logits.shape, dtype: logits.dtype)
        let x = logits.pointer(T.self), loss = losses.pointer(T.self)
        rowSoftmax(x, into: probabilities.pointer(T.self), rows: rows, classes: classes) { row, logSumExp in
            loss[row] = logSumExp - x[row &* classes &+ Int(labels[row])]
        }
        return (losses, probabilities)
    }

    /// `(softmax − one_hot(labels)) · g` per row.
    private static func softmaxCrossEntropyGradient<T: FloatingElement>(
        _ probabilities: Tensor, _ labels: Tensor, _ g: Tensor,
        _: T.Type
    ) -> Tensor {
        let classes = probabilities.shape.last ?? 0
        let gradient = Tensor(uninitializedShape: probabilities.shape, dtype: probabilities.dtype)
        let p = probabilities.pointer(T.self), out = gradient.pointer(T.self), scale = g.pointer(T.self)
        let targets = labels.pointer(Int64.self)
        withExtendedLifetime((labels, g)) {
            for row in 0..<labels.count {
                let factor = scale[row], base = row &* classes
                for i in 0..<classes { out[base &+ i] = p[base &+ i] * factor }
                out[base &+ Int(targets[row])] -= factor
            }
        }
        return gradient
    }
}
