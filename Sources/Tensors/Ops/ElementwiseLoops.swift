/// A two-input elementwise function. Stateless conforming types specialise into the loops below
/// (static dispatch, vectorised); `ClosureKernel` serves the rarely hot paths.
protocol BinaryKernel {
    associatedtype A
    associatedtype B
    associatedtype O
    func apply(_ x: A, _ y: B) -> O
}

/// A one-input elementwise function (see `BinaryKernel`).
protocol UnaryKernel {
    associatedtype A
    associatedtype O
    func apply(_ x: A) -> O
}

struct ClosureKernel<A, B, O>: BinaryKernel {
    let f: (A, B) -> O
    @inline(__always) func apply(_ x: A, _ y: B) -> O { f(x, y) }
}

struct ClosureUnaryKernel<A, O>: UnaryKernel {
    let f: (A) -> O
    @inline(__always) func apply(_ x: A) -> O { f(x) }
}

/// Runs `f` over two broadcast operands into a dense output of `shape` (closure form).
@inline(__always)
func binaryLoop<A, B, O>(
    _ a: UnsafePointer<A>, _ aStrides: [Int], _ b: UnsafePointer<B>, _ bStrides: [Int],
    _ out: UnsafeMutablePointer<O>, shape: [Int], _ f: @escaping (A, B) -> O
) {
    binaryLoop(ClosureKernel(f: f), a, aStrides, b, bStrides, out, shape: shape)
}

/// Runs `f` over one strided operand into a dense output of its shape (closure form).
@inline(__always)
func unaryLoop<A, O>(_ a: UnsafePointer<A>, _ aStrides: [Int], _ out: UnsafeMutablePointer<O>, shape: [Int], _ f: @escaping (A) -> O) {
    unaryLoop(ClosureUnaryKernel(f: f), a, aStrides, out, shape: shape)
}

/// Runs `kernel` over two broadcast operands into a dense output of `shape`, coalescing axes and
/// splitting the work across cores.
func binaryLoop<K: BinaryKernel>(
    _ kernel: K, _ a: UnsafePointer<K.A>, _ aStrides: [Int], _ b: UnsafePointer<K.B>, _ bStrides: [Int],
    _ out: UnsafeMutablePointer<K.O>, shape: [Int]
) {
    let count = shape.reduce(1, *)
    if count == 0 { return }
    let (dims, strides) = coalesce(shape: shape, strides: [aStrides, bStrides, contiguousStrides(shape)])
    let inner = dims[dims.count - 1]
    let strideA = strides[0][dims.count - 1]
    let strideB = strides[1][dims.count - 1]
    nonisolated(unsafe) let a = a
    nonisolated(unsafe) let b = b
    nonisolated(unsafe) let out = out
    if dims.count == 1 {
        parallelChunks(count) { range in
            binaryRow(
                kernel, a + range.lowerBound &* strideA, strideA, b + range.lowerBound &* strideB, strideB,
                out + range.lowerBound, range.count)
        }
        return
    }
    parallelChunks(count / inner, minimumPerChunk: Swift.max(1, (1 << 15) / inner)) { rows in
        forEachRow(shape: dims, strides: strides, rows: rows) { offsets in
            binaryRow(kernel, a + offsets[0], strideA, b + offsets[1], strideB, out + offsets[2], inner)
        }
    }
}

@inline(__always)
private func binaryRow<K: BinaryKernel>(
    _ kernel: K, _ x: UnsafePointer<K.A>, _ strideA: Int, _ y: UnsafePointer<K.B>, _ strideB: Int,
    _ z: UnsafeMutablePointer<K.O>, _ n: Int
) {
    if strideA == 1 && strideB == 1 {
        for i in 0..<n { z[i] = kernel.apply(x[i], y[i]) }
    } else if strideA == 1 && strideB == 0 {
        let yv = y[0]
        for i in 0..<n { z[i] = kernel.apply(x[i], yv) }
    } else if strideA == 0 && strideB == 1 {
        let xv = x[0]
        for i in 0..<n { z[i] = kernel.apply(xv, y[i]) }
    } else {
        for i in 0..<n { z[i] = kernel.apply(x[i &* strideA], y[i &* strideB]) }
    }
}

/// Runs `kernel` over one strided operand into a dense output of its shape.
func unaryLoop<K: UnaryKernel>(_ kernel: K, _ a: UnsafePointer<K.A>, _ aStrides: [Int], _ out: UnsafeMutablePointer<K.O>, shape: [Int]) {
    let count = shape.reduce(1, *)
    if count == 0 { return }
    let (dims, strides) = coalesce(shape: shape, strides: [aStrides, contiguousStrides(shape)])
    let inner = dims[dims.count - 1]
    let strideA = strides[0][dims.count - 1]
    nonisolated(unsafe) let a = a
    nonisolated(unsafe) let out = out
    if dims.count == 1 {
        parallelChunks(count) { range in
            unaryRow(kernel, a + range.lowerBound &* strideA, strideA, out + range.lowerBound, range.count)
        }
        return
    }
    parallelChunks(count / inner, minimumPerChunk: Swift.max(1, (1 << 15) / inner)) { rows in
        forEachRow(shape: dims, strides: strides, rows: rows) { offsets in
            unaryRow(kernel, a + offsets[0], strideA, out + offsets[1], inner)
        }
    }
}

@inline(__always)
private func unaryRow<K: UnaryKernel>(_ kernel: K, _ x: UnsafePointer<K.A>, _ strideA: Int, _ z: UnsafeMutablePointer<K.O>, _ n: Int) {
    if strideA == 1 {
        for i in 0..<n { z[i] = kernel.apply(x[i]) }
    } else {
        for i in 0..<n { z[i] = kernel.apply(x[i &* strideA]) }
    }
}
