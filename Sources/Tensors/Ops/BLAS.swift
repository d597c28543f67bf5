import CBLAS
import Synchronization

/// OpenBLAS runs on the calling thread only, always: its own pool spins on `sched_yield` for a
/// while after each threaded call, which on a two-core machine steals a core from the kernels'
/// workers (measured: the seed CNN's step went from 16.9 to 13.8 ms with one BLAS thread).
/// Large products are split across cores by `KernelThreads` instead.
enum BLASThreading {
    /// Set once, before the first BLAS call of any kernel.
    static let singleThreaded: Void = openblas_set_num_threads(1)

    /// How many cores one `matmul` spreads over (see `setBLASThreads`).
    static let matmulWidth = Atomic<Int>(KernelThreads.workerCount)

    /// Products below this many floating-point operations run on the calling thread. Handing
    /// half to a ``WorkerPool`` helper costs a few microseconds, so the seed DNN's 6.4-MFLOP
    /// products (80 µs on one core) are split: its epoch went from 0.89–0.93 to 0.82–0.86 s.
    static let parallelProductFlops = 4_000_000.0
}

/// Sets how many cores one `matmul` spreads its product over (the default is one per core).
/// Products under 32 MFLOP, such as a batch-32 dense layer, stay on one core either way.
///
///     setBLASThreads(1)   // e.g. to time a product on one core
public func setBLASThreads(_ count: Int) {
    BLASThreading.matmulWidth.store(Swift.max(1, count), ordering: .relaxed)
}

/// A matrix operand as BLAS wants it: base pointer, whether transposed, leading dimension.
/// Sendable because the product's workers only read through it, while `keepAlive` holds the storage.
struct MatrixOperand<T>: @unchecked Sendable {
    let pointer: UnsafePointer<T>
    let transposed: Bool
    let leadingDimension: Int
    let keepAlive: Tensor

    /// Elements from `pointer` to the start of row `row` of the matrix (as multiplied).
    func elementOffset(row: Int) -> Int { transposed ? row : row &* leadingDimension }

    /// Elements from `pointer` to the start of column `column` of the matrix (as multiplied).
    func elementOffset(column: Int) -> Int { transposed ? column &* leadingDimension : column }

    /// The same storage read as the transposed matrix.
    var transposedOperand: MatrixOperand {
        MatrixOperand(pointer: pointer, transposed: !transposed, leadingDimension: leadingDimension, keepAlive: keepAlive)
    }
}

/// Reads the last two axes of `tensor` (starting at element `offset`) as a BLAS matrix without
/// copying when they are row- or column-contiguous; otherwise copies.
func matrixOperand<T>(_ tensor: Tensor, _: T.Type) -> MatrixOperand<T> {
    let r = tensor.rank
    let rows = tensor.shape[r - 2], cols = tensor.shape[r - 1]
    let rowStride = tensor.strides[r - 2], colStride = tensor.strides[r - 1]
    let batchContiguous = tensor.rank == 2
    if batchContiguous && (colStride == 1 || cols == 1) && rowStride >= Swift.max(cols, 1) {
        return MatrixOperand(
            pointer: UnsafePointer(tensor.pointer(T.self)), transposed: false,
            leadingDimension: rowStride, keepAlive: tensor)
    }
    if batchContiguous && (rowStride == 1 || rows == 1) && colStride >= Swift.max(rows, 1) && cols > 1 {
        return MatrixOperand(
            pointer: UnsafePointer(tensor.pointer(T.self)), transposed: true,
            leadingDimension: colStride, keepAlive: tensor)
    }
    let dense = tensor.contiguousStorage()
    return MatrixOperand(
        pointer: UnsafePointer(dense.pointer(T.self)), transposed: false,
        leadingDimension: Swift.max(cols, 1), keepAlive: dense)
}

/// Float and Double as OpenBLAS multiplies them.
protocol BLASElement: FloatingElement {
    /// C = A·B + beta·C, row-major, on the calling thread only.
    static func gemmBlock(
        _ transA: Bool, _ transB: Bool, m: Int, n: Int, k: Int, _ a: UnsafePointer<Self>, _ lda: Int,
        _ b: UnsafePointer<Self>, _ ldb: Int, beta: Self, _ c: UnsafeMutablePointer<Self>, _ ldc: Int)
}

extension Float: BLASElement {
    static func gemmBlock(
        _ transA: Bool, _ transB: Bool, m: Int, n: Int, k: Int, _ a: UnsafePointer<Float>, _ lda: Int,
        _ b: UnsafePointer<Float>, _ ldb: Int, beta: Float, _ c: UnsafeMutablePointer<Float>, _ ldc: Int
    ) {
        cblas_sgemm(
            CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}

extension Double: BLASElement {
    static func gemmBlock(
        _ transA: Bool, _ transB: Bool, m: Int, n: Int, k: Int, _ a: UnsafePointer<Double>, _ lda: Int,
        _ b: UnsafePointer<Double>, _ ldb: Int, beta: Double, _ c: UnsafeMutablePointer<Double>, _ ldc: Int
    ) {
        cblas_dgemm(
            CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
            Int32(m), Int32(n), Int32(k), 1, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
    }
}

/// C = A·B + beta·C on OpenBLAS, row-major; split over the cores when large.
func gemm<T: BLASElement>(
    _ a: MatrixOperand<T>, _ b: MatrixOperand<T>, m: Int, n: Int, k: Int, beta: T = 0,
    c: UnsafeMutablePointer<T>, ldc: Int
) {
    if T.self == Float.self, shortProduct(a, b, m: m, n: n, k: k, beta: beta, c: c, ldc: ldc) { return }
    let pc = SharedPointer(c)
    splitProduct(m: m, n: n, k: k) { rows, columns in
        let block = pc.base + (rows.lowerBound &* ldc &+ columns.lowerBound)
        // OpenBLAS clears C in a pass of its own for beta 0 and then adds the product onto it;
        // memset is faster at that (gW of the seed DNN, 784×128 with k = 32: 118 → 100 us cold).
        if beta == 0 {
            if columns.count == ldc {
                block.update(repeating: 0, count: rows.count &* ldc)
            } else {
                for row in 0..<rows.count { (block + row &* ldc).update(repeating: 0, count: columns.count) }
            }
        }
        T.gemmBlock(
            a.transposed, b.transposed, m: rows.count, n: columns.count, k: k,
            a.pointer + a.elementOffset(row: rows.lowerBound), a.leadingDimension,
            b.pointer + b.elementOffset(column: columns.lowerBound), b.leadingDimension,
            beta: beta == 0 ? 1 : beta, block, ldc)
    }
}

/// Runs a float weight gradient `xᵀ · gz` at a small batch on ``ShortDepthProduct`` when it
/// takes the product; false otherwise.
private func shortProduct<T: BLASElement>(
    _ a: MatrixOperand<T>, _ b: MatrixOperand<T>, m: Int, n: Int, k: Int, beta: T, c: UnsafeMutablePointer<T>, ldc: Int
) -> Bool {
    guard a.transposed, !b.transposed, beta == 0, ShortDepthProduct.applies(rows: m, columns: n, depth: k) else { return false }
    ShortDepthProduct.multiply(
        rows: m, columns: n, depth: k, a: UnsafeRawPointer(a.pointer).assumingMemoryBound(to: Float.self), lda: a.leadingDimension,
        b: UnsafeRawPointer(b.pointer).assumingMemoryBound(to: Float.self), ldb: b.leadingDimension,
        c: UnsafeMutableRawPointer(c).assumingMemoryBound(to: Float.self), ldc: ldc)
    return true
}

/// Runs `block(rows, columns)` over disjoint blocks of an `m × n` product: one block when the
/// product is small, else one per core along the longer side of the result.
private func splitProduct(m: Int, n: Int, k: Int, _ block: @escaping @Sendable (Range<Int>, Range<Int>) -> Void) {
    _ = BLASThreading.singleThreaded
    let flops = 2 * Double(m) * Double(n) * Double(k)
    let width = BLASThreading.matmulWidth.load(ordering: .relaxed)
    let longer = Swift.max(m, n)
    let parts = flops < BLASThreading.parallelProductFlops ? 1 : Swift.min(width, longer / 16)
    guard parts > 1 else {
        block(0..<m, 0..<n)
        return
    }
    let pieces = KernelThreads.split(longer, into: parts)
    KernelThreads.run(parts: parts) { part in
        if m >= n { block(pieces[part], 0..<n) } else { block(0..<m, pieces[part]) }
    }
}
