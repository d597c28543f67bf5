/// `C = Aᵀ·B` over a short depth (a batch): the weight gradient of a dense layer, `xᵀ · gz`,
/// such as the transfer model's head, 37,632 × 20 times 20 × 1,024. OpenBLAS first clears `C`
/// and then reads and writes it again to add the product; with so short a depth each block of
/// `C` is finished in registers, so this kernel writes it once and never reads it, or hands each
/// finished block to an optimizer's update (``ShortDepthEpilogue``) and never writes it at all.
package enum ShortDepthProduct {
    /// Longest depth the kernel takes; deeper products pay for OpenBLAS' extra pass.
    package static let maximumDepth = 32

    /// Fewest elements of `C` for which the kernel runs.
    package static let minimumOutputs = 1 << 20

    /// Whether the kernel takes the product of `depth × rows` (transposed) and `depth × columns`.
    package static func applies(rows: Int, columns: Int, depth: Int) -> Bool {
        depth > 0 && depth <= maximumDepth && columns % 8 == 0 && rows % 4 == 0 && rows &* columns >= minimumOutputs
    }

    /// `c[i·ldc + j] = Σₛ a[s·lda + i] · b[s·ldb + j]` for `i < rows`, `j < columns`, `s < depth`.
    package static func multiply(
        rows: Int, columns: Int, depth: Int, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
        c: UnsafeMutablePointer<Float>, ldc: Int
    ) {
        run(rows: rows, columns: columns, depth: depth, a: a, lda: lda, b: b, ldb: ldb, epilogue: StoreProduct(c: SharedPointer(c), ldc: ldc))
    }

    /// Computes `Aᵀ·B` eight elements at a time and hands each group to `epilogue`.
    static func run<E: ShortDepthEpilogue>(
        rows: Int, columns: Int, depth: Int, a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int, epilogue: E
    ) {
        precondition(applies(rows: rows, columns: columns, depth: depth), "ShortDepthProduct called for a product it does not take")
        let flops = 2 * Double(rows) * Double(columns) * Double(depth)
        let parts = KernelThreads.parts(flops: flops, units: rows / 4)
        let ranges = KernelThreads.split(rows / 4, into: parts)
        let panels = UnsafeMutablePointer<Float>.allocate(capacity: depth &* columns)
        defer { panels.deallocate() }
        packColumnPanels(b, ldb: ldb, rows: depth, columns: columns, into: panels)
        let pa = SharedPointer(a), pb = SharedPointer(panels)
        KernelThreads.run(parts: parts) { part in
            for group in ranges[part] {
                let i = group &* 4
                var j = 0
                while j &+ 16 <= columns {
                    fourBySixteen(depth, pa.base + i, lda, pb.base + j &* depth, row: i, column: j, epilogue)
                    j &+= 16
                }
                if j < columns {
                    for r in 0..<4 { oneByEight(depth, pa.base + (i &+ r), lda, pb.base + j &* depth, row: i &+ r, column: j, epilogue) }
                }
            }
        }
    }

    /// Rows `i ..< i + 4` of `C` over 16 columns: `a` points at `A[0, i]`, `b` at the dense
    /// `depth × 16` panel of `B` for those columns.
    @inline(__always)
    private static func fourBySixteen<E: ShortDepthEpilogue>(
        _ depth: Int, _ a: UnsafePointer<Float>, _ lda: Int, _ b: UnsafePointer<Float>, row: Int, column: Int, _ epilogue: E
    ) {
        var c00 = SIMD8<Float>(), c01 = SIMD8<Float>(), c10 = SIMD8<Float>(), c11 = SIMD8<Float>()
        var c20 = SIMD8<Float>(), c21 = SIMD8<Float>(), c30 = SIMD8<Float>(), c31 = SIMD8<Float>()
        var aS = a, bS = b
        for _ in 0..<depth {
            let b0 = load8(bS), b1 = load8(bS + 8)
            let x0 = SIMD8<Float>(repeating: aS[0]), x1 = SIMD8<Float>(repeating: aS[1])
            multiplyAdd(&c00, x0, b0)
            multiplyAdd(&c01, x0, b1)
            multiplyAdd(&c10, x1, b0)
            multiplyAdd(&c11, x1, b1)
            let x2 = SIMD8<Float>(repeating: aS[2]), x3 = SIMD8<Float>(repeating: aS[3])
            multiplyAdd(&c20, x2, b0)
            multiplyAdd(&c21, x2, b1)
            multiplyAdd(&c30, x3, b0)
            multiplyAdd(&c31, x3, b1)
            aS += lda
            bS += 16
        }
        epilogue.finish(c00, row: row, column: column)
        epilogue.finish(c01, row: row, column: column &+ 8)
        epilogue.finish(c10, row: row &+ 1, column: column)
        epilogue.finish(c11, row: row &+ 1, column: column &+ 8)
        epilogue.finish(c20, row: row &+ 2, column: column)
        epilogue.finish(c21, row: row &+ 2, column: column &+ 8)
        epilogue.finish(c30, row: row &+ 3, column: column)
        epilogue.finish(c31, row: row &+ 3, column: column &+ 8)
    }

    /// Row `i` of `C` over the last 8 columns: `a` points at `A[0, i]`, `b` at their dense `depth × 8` panel.
    @inline(__always)
    private static func oneByEight<E: ShortDepthEpilogue>(
        _ depth: Int, _ a: UnsafePointer<Float>, _ lda: Int, _ b: UnsafePointer<Float>, row: Int, column: Int, _ epilogue: E
    ) {
        var sum = SIMD8<Float>()
        for s in 0..<depth { multiplyAdd(&sum, SIMD8<Float>(repeating: a[s &* lda]), load8(b + s &* 8)) }
        epilogue.finish(sum, row: row, column: column)
    }
}

/// What ``ShortDepthProduct`` does with each finished group of eight elements of `C`.
protocol ShortDepthEpilogue: Sendable {
    /// Takes `C[row, column ..< column + 8]`.
    func finish(_ values: SIMD8<Float>, row: Int, column: Int)
}

/// Stores the product into `c` (row stride `ldc`).
private struct StoreProduct: ShortDepthEpilogue {
    let c: SharedPointer<Float>
    let ldc: Int

    @inline(__always)
    func finish(_ values: SIMD8<Float>, row: Int, column: Int) { store8(values, c.base + (row &* ldc &+ column)) }
}
