import CBLAS

/// Raw OpenBLAS products on OpenBLAS' own threads: the reference a benchmark compares the
/// kernels with. The library itself keeps OpenBLAS on one thread (see `BLASThreading`); this
/// lends it more only for the duration of `withThreads`.
///
///     let gflops = OpenBLASReference.withThreads(2) { blas in blas.multiplySquare(a, b, into: c, size: 1024) }
public struct OpenBLASReference {
    private init() {}

    /// Runs `body` with OpenBLAS on `threads` threads, then puts it back on one.
    public static func withThreads<Result>(_ threads: Int, _ body: (OpenBLASReference) throws -> Result) rethrows -> Result {
        _ = BLASThreading.singleThreaded
        openblas_set_num_threads(Int32(Swift.max(1, threads)))
        defer { openblas_set_num_threads(1) }
        return try body(OpenBLASReference())
    }

    /// `c = a · b` for row-major `size`×`size` matrices, with one `cblas_sgemm`.
    public func multiplySquare(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, into c: UnsafeMutablePointer<Float>, size n: Int) {
        let n32 = Int32(n)
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n32, n32, n32, 1, a, n32, b, n32, 0, c, n32)
    }
}
