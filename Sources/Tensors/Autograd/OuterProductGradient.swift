/// A weight gradient kept as its two factors, `leftᵀ · right`: a dense layer's kernel gradient
/// `xᵀ · gz` at a small batch. ``Tensor/backward(_:retainGraph:deferringOuterProducts:)`` leaves it
/// in ``Tensor/pendingGradient`` so that an optimizer can apply it while computing it
/// (``FusedRMSpropStep``) instead of writing the whole gradient and reading it back.
package struct OuterProductGradient: @unchecked Sendable {
    /// `depth × rows`, float32, contiguous (the layer's input).
    package let left: Tensor
    /// `depth × columns`, float32, contiguous (the gradient of the layer's output).
    package let right: Tensor

    /// The factors of a gradient that ``ShortDepthProduct`` computes; nil when it does not take them.
    init?(left: Tensor, right: Tensor) {
        guard left.dtype == .float32, right.dtype == .float32, left.rank == 2, right.rank == 2, left.shape[0] == right.shape[0],
            ShortDepthProduct.applies(rows: left.shape[1], columns: right.shape[1], depth: left.shape[0])
        else { return nil }
        self.left = left.contiguousStorage()
        self.right = right.contiguousStorage()
    }

    /// Rows, columns and depth of the product.
    package var shape: (rows: Int, columns: Int, depth: Int) { (left.shape[1], right.shape[1], left.shape[0]) }

    /// The gradient as a tensor of shape `rows × columns`.
    package func materialized() -> Tensor {
        let (rows, columns, depth) = shape
        let result = Tensor(uninitializedShape: [rows, columns], dtype: .float32)
        withExtendedLifetime((left, right)) {
            ShortDepthProduct.multiply(
                rows: rows, columns: columns, depth: depth, a: left.pointer(Float.self), lda: rows, b: right.pointer(Float.self),
                ldb: columns, c: result.pointer(Float.self), ldc: columns)
        }
        return result
    }
}
