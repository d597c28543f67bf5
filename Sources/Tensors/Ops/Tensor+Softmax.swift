extension Tensor {
    /// Softmax along `axis` (composite: exp of shifted logits over their sum).
    ///
    ///     let probabilities = try logits.softmax(axis: -1)
    public func softmax(axis: Int = -1) throws -> Tensor {
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
}
