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
    _ = BLASThreading.singleThreaded
    var beta = beta
    // OpenBLAS clears C for beta 0 with a slower pass of its own than memset (see `gemm`).
    if beta == 0 && ldc == n {
        c.update(repeating: 0, count: m &* n)
        beta = 1
    }
    cblas_sgemm(
        CblasRowMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
        Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
}
