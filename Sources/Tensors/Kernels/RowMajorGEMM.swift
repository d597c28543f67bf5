import CBLAS

/// `C = alpha · op(A) · op(B) + beta · C` on row-major matrices through `cblas_sgemm`;
/// `op` transposes when asked. `m × n` is the shape of `C`, `k` the shared dimension.
@inline(__always)
package func rowMajorSGEMM(
    transposeA: Bool = false, transposeB: Bool = false,
    m: Int, n: Int, k: Int,
    a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
    beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int
) {
    cblas_sgemm(
        CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
        Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
}

/// Chunk sizes that keep one worker's im2col buffer in its L2 cache.
package enum ConvChunking {
    /// Target size of one worker's im2col chunk.
    nonisolated(unsafe) package static var columnChunkBytes = 384 << 10

    /// Patch rows per chunk for patches of `patchSize` floats (at least 1).
    package static func rows(patchSize: Int) -> Int {
        max(1, columnChunkBytes / (patchSize * MemoryLayout<Float>.stride))
    }
}
