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

/// Chunk sizes that keep one core's im2col rows and the matching output rows in its L2 cache,
/// so that sgemm's scaling pass and read-modify-write of the output stay in cache.
package enum ConvChunking {
    /// Target bytes of one chunk's patch rows plus output rows.
    nonisolated(unsafe) package static var chunkBytes = 384 << 10

    /// Fewest patch rows per chunk: sgemm packs the whole filter on every call, so a chunk needs
    /// enough rows to amortise that when patches are long (thousands of input channels).
    nonisolated(unsafe) package static var minimumRows = 128

    /// Patch rows per chunk for `g`.
    package static func rows(_ g: Conv2DGeometry) -> Int {
        max(minimumRows, chunkBytes / ((g.patchSize &+ g.outputChannels) &* MemoryLayout<Float>.stride))
    }
}
