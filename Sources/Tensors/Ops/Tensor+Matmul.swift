extension Tensor {
    /// Matrix product with NumPy's `matmul` rules: 1-D operands are promoted and the added axis
    /// removed; leading (batch) axes broadcast. float32 runs on `cblas_sgemm`.
    ///
    ///     let logits = try x.matmul(w)          // (32, 784) · (784, 10) → (32, 10)
    public func matmul(_ other: Tensor) throws -> Tensor {
        guard rank >= 1 && other.rank >= 1 else {
            throw TensorError(
                "matmul", expected: "operands with at least one axis",
                received: "\(describeShape(shape)) and \(describeShape(other.shape))")
        }
        let a = rank == 1 ? try expandedDimensions(axis: 0) : self
        let b = other.rank == 1 ? try other.expandedDimensions(axis: 1) : other
        let (m, k) = (a.shape[a.rank - 2], a.shape[a.rank - 1])
        let (k2, n) = (b.shape[b.rank - 2], b.shape[b.rank - 1])
        guard k == k2 else {
            throw TensorError(
                "matmul", expected: "inner dimensions to match",
                received: "\(describeShape(shape)) and \(describeShape(other.shape))")
        }
        let batchShape = try broadcastShapes(Array(a.shape.dropLast(2)), Array(b.shape.dropLast(2)), operation: "matmul")
        var out = try Tensor.matmulForward(a, b, batchShape: batchShape, m: m, n: n, k: k)
        if rank == 1 { out = try out.squeezed(axes: [out.rank - 2]) }
        if other.rank == 1 { out = try out.squeezed(axes: [out.rank - 1]) }
        let x = self, y = other
        return out.recording("matmul", [self, other]) { g in
            let gm = try g.reshaped(to: batchShape + [m, n])
            let am = x.rank == 1 ? try x.reshaped(to: [1, k]) : x
            let bm = y.rank == 1 ? try y.reshaped(to: [k, 1]) : y
            let gx = x.requiresGradient ? try gm.matmul(bm.swappingLastAxes()) : nil
            let gy = y.requiresGradient ? try am.swappingLastAxes().matmul(gm) : nil
            return [
                try gx.map { x.rank == 1 ? try $0.sum(toShape: [1, k]).reshaped(to: [k]) : try $0.sum(toShape: x.shape) },
                try gy.map { y.rank == 1 ? try $0.sum(toShape: [k, 1]).reshaped(to: [k]) : try $0.sum(toShape: y.shape) },
            ]
        }
    }

    /// A view with the last two axes exchanged (the matrix transpose of every batch entry).
    func swappingLastAxes() throws -> Tensor {
        var axes = Array(0..<rank)
        axes.swapAt(rank - 1, rank - 2)
        return try transposed(axes: axes)
    }

    private static func matmulForward(_ a: Tensor, _ b: Tensor, batchShape: [Int], m: Int, n: Int, k: Int) throws -> Tensor {
        var dtype = DType.promote(a.dtype, b.dtype)
        let resultType = dtype
        if dtype != .float32 { dtype = .float64 }
        let x = try a.castWithoutGradient(to: dtype)
        let y = try b.castWithoutGradient(to: dtype)
        let out = Tensor(uninitializedShape: batchShape + [m, n], dtype: dtype, zeroed: k == 0)
        let batches = batchShape.reduce(1, *)
        if m * n > 0 && k > 0 {
            if batchShape.isEmpty {
                multiply(x, y, into: out, elementOffset: 0, m: m, n: n, k: k)
            } else {
                let xb = try x.broadcast(to: batchShape + [m, k])
                let yb = try y.broadcast(to: batchShape + [k, n])
                for batch in 0..<batches {
                    let xi = try xb.batchMatrix(batch, batchShape: batchShape)
                    let yi = try yb.batchMatrix(batch, batchShape: batchShape)
                    multiply(xi, yi, into: out, elementOffset: batch * m * n, m: m, n: n, k: k)
                }
            }
        }
        return resultType == dtype ? out : try out.castWithoutGradient(to: resultType)
    }

    private static func multiply(_ x: Tensor, _ y: Tensor, into out: Tensor, elementOffset: Int, m: Int, n: Int, k: Int) {
        if out.dtype == .float32 {
            gemm(
                matrixOperand(x, Float.self), matrixOperand(y, Float.self), m: m, n: n, k: k,
                c: out.floatPointer + elementOffset, ldc: n)
        } else {
            gemm(
                matrixOperand(x, Double.self), matrixOperand(y, Double.self), m: m, n: n, k: k,
                c: out.pointer(Double.self) + elementOffset, ldc: n)
        }
    }

    /// The 2-D matrix view of batch entry `index` of a tensor whose leading axes are `batchShape`.
    private func batchMatrix(_ index: Int, batchShape: [Int]) throws -> Tensor {
        var remaining = index
        var elementOffset = offset
        for axis in stride(from: batchShape.count - 1, through: 0, by: -1) {
            elementOffset += (remaining % batchShape[axis]) * strides[axis]
            remaining /= batchShape[axis]
        }
        return view(shape: Array(shape.suffix(2)), strides: Array(strides.suffix(2)), offset: elementOffset)
    }
}
