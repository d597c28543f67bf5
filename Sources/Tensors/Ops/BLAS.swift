import CBLAS

/// OpenBLAS threading is set once: one thread per core for large products. Callers must not run
/// sgemm inside `concurrentPerform` while this is above 1.
let blasThreads: Int = {
    openblas_set_num_threads(Int32(parallelWidth))
    return parallelWidth
}()

/// Sets how many threads OpenBLAS uses (1 when the caller parallelises over its own chunks).
public func setBLASThreads(_ count: Int) {
    _ = blasThreads
    openblas_set_num_threads(Int32(Swift.max(1, count)))
}

/// A matrix operand as BLAS wants it: base pointer, whether transposed, leading dimension.
struct MatrixOperand<T> {
    let pointer: UnsafePointer<T>
    let transposed: Bool
    let leadingDimension: Int
    let keepAlive: Tensor
}

/// Reads the last two axes of `tensor` (starting at element `offset`) as a BLAS matrix without
/// copying when they are row- or column-contiguous; otherwise copies.
func matrixOperand<T>(_ tensor: Tensor, _: T.Type) -> MatrixOperand<T> {
    let r = tensor.rank
    let rows = tensor.shape[r - 2], cols = tensor.shape[r - 1]
    let rowStride = tensor.strides[r - 2], colStride = tensor.strides[r - 1]
    let batchContiguous = tensor.rank == 2
    if batchContiguous && (colStride == 1 || cols == 1) && rowStride >= Swift.max(cols, 1) {
        return MatrixOperand(pointer: UnsafePointer(tensor.pointer(T.self)), transposed: false,
                             leadingDimension: rowStride, keepAlive: tensor)
    }
    if batchContiguous && (rowStride == 1 || rows == 1) && colStride >= Swift.max(rows, 1) && cols > 1 {
        return MatrixOperand(pointer: UnsafePointer(tensor.pointer(T.self)), transposed: true,
                             leadingDimension: colStride, keepAlive: tensor)
    }
    let dense = tensor.contiguousStorage()
    return MatrixOperand(pointer: UnsafePointer(dense.pointer(T.self)), transposed: false,
                         leadingDimension: Swift.max(cols, 1), keepAlive: dense)
}

/// Below this many FLOPs a second OpenBLAS thread mostly spins in `sched_yield` (measured on
/// the seed DNN's 32×784·784×128 products), so small products run on one thread.
let multithreadedGEMMFlops = 50e6

/// Picks OpenBLAS' thread count for one product of `flops`.
@inline(__always) func configureBLASThreads(flops: Double) {
    _ = blasThreads
    let desired = Int32(flops < multithreadedGEMMFlops ? 1 : parallelWidth)
    if openblas_get_num_threads() != desired { openblas_set_num_threads(desired) }
}

/// C = A·B (+ beta·C) in float32 on OpenBLAS, row-major.
func sgemm(_ a: MatrixOperand<Float>, _ b: MatrixOperand<Float>, m: Int, n: Int, k: Int,
           c: UnsafeMutablePointer<Float>, ldc: Int, beta: Float = 0) {
    configureBLASThreads(flops: 2 * Double(m) * Double(n) * Double(k))
    cblas_sgemm(CblasRowMajor, a.transposed ? CblasTrans : CblasNoTrans, b.transposed ? CblasTrans : CblasNoTrans,
                Int32(m), Int32(n), Int32(k), 1, a.pointer, Int32(a.leadingDimension),
                b.pointer, Int32(b.leadingDimension), beta, c, Int32(ldc))
}

/// C = A·B (+ beta·C) in float64 on OpenBLAS, row-major.
func dgemm(_ a: MatrixOperand<Double>, _ b: MatrixOperand<Double>, m: Int, n: Int, k: Int,
           c: UnsafeMutablePointer<Double>, ldc: Int, beta: Double = 0) {
    configureBLASThreads(flops: 2 * Double(m) * Double(n) * Double(k))
    cblas_dgemm(CblasRowMajor, a.transposed ? CblasTrans : CblasNoTrans, b.transposed ? CblasTrans : CblasNoTrans,
                Int32(m), Int32(n), Int32(k), 1, a.pointer, Int32(a.leadingDimension),
                b.pointer, Int32(b.leadingDimension), beta, c, Int32(ldc))
}
