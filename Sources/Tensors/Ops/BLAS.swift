import CBLAS

/// OpenBLAS threading is set once: one thread per core for large products. Callers must not run
/// sgemm inside `concurrentPerform` while this is above 1.
let blasThreads: Int = {
    openblas_set_num_threads(Int32(parallelWidth))
    return parallelWidth
}()

/// Sets how many threads OpenBLAS uses, process-wide (`matmul` starts with one per core). Small
/// products such as a batch-32 dense layer run faster on one thread, where the second mostly spins;
/// a training loop may choose per model. Not thread-safe against concurrent BLAS users.
///
///     setBLASThreads(1)   // e.g. for a small dense network
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

/// C = A·B (+ beta·C) in float32 on OpenBLAS, row-major.
func sgemm(_ a: MatrixOperand<Float>, _ b: MatrixOperand<Float>, m: Int, n: Int, k: Int,
           c: UnsafeMutablePointer<Float>, ldc: Int, beta: Float = 0) {
    _ = blasThreads
    cblas_sgemm(CblasRowMajor, a.transposed ? CblasTrans : CblasNoTrans, b.transposed ? CblasTrans : CblasNoTrans,
                Int32(m), Int32(n), Int32(k), 1, a.pointer, Int32(a.leadingDimension),
                b.pointer, Int32(b.leadingDimension), beta, c, Int32(ldc))
}

/// C = A·B (+ beta·C) in float64 on OpenBLAS, row-major.
func dgemm(_ a: MatrixOperand<Double>, _ b: MatrixOperand<Double>, m: Int, n: Int, k: Int,
           c: UnsafeMutablePointer<Double>, ldc: Int, beta: Double = 0) {
    _ = blasThreads
    cblas_dgemm(CblasRowMajor, a.transposed ? CblasTrans : CblasNoTrans, b.transposed ? CblasTrans : CblasNoTrans,
                Int32(m), Int32(n), Int32(k), 1, a.pointer, Int32(a.leadingDimension),
                b.pointer, Int32(b.leadingDimension), beta, c, Int32(ldc))
}
