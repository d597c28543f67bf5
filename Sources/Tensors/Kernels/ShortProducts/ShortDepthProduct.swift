/// `C = Aᵀ·B` over a short depth (a batch): the weight gradient of a dense layer, `xᵀ · gz`,
/// such as the transfer model's head, 37,632 × 20 times 20 × 1,024. OpenBLAS first clears `C`
/// and then reads and writes it again to add the product; with so short a depth each block of
/// `C` is finished in registers, so this kernel writes it once and never reads it.
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
        precondition(applies(rows: rows, columns: columns, depth: depth), "ShortDepthProduct called for a product it does not take")
        let flops = 2 * Double(rows) * Double(columns) * Double(depth)
        let parts = KernelThreads.parts(flops: flops, units: rows / 4)
        let ranges = KernelThreads.split(rows / 4, into: parts)
        let panels = UnsafeMutablePointer<Float>.allocate(capacity: depth &* columns)
        defer { panels.deallocate() }
        packColumnPanels(b, ldb: ldb, rows: depth, columns: columns, into: panels)
        let pa = SharedPointer(a), pb = SharedPointer(panels), pc = SharedPointer(c)
        KernelThreads.run(parts: parts) { part in
            for group in ranges[part] {
                let i = group &* 4
                var j = 0
                while j &+ 16 <= columns {
                    fourBySixteen(depth, pa.base + i, lda, pb.base + j &* depth, pc.base + (i &* ldc &+ j), ldc)
                    j &+= 16
                }
                if j < columns {
                    for r in 0..<4 { oneByEight(depth, pa.base + (i &+ r), lda, pb.base + j &* depth, pc.base + ((i &+ r) &* ldc &+ j)) }
                }
            }
        }
    }

    /// Rows `i ..< i + 4` of `C` over 16 columns: `a` points at `A[0, i]`, `b` at the dense
    /// `depth × 16` panel of `B` for those columns.
    @inline(__always)
    private static func fourBySixteen(
        _ depth: Int, _ a: UnsafePointer<Float>, _ lda: Int, _ b: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>, _ ldo: Int
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
        let o1 = out + ldo, o2 = o1 + ldo, o3 = o2 + ldo
        store8(c00, out)
        store8(c01, out + 8)
        store8(c10, o1)
        store8(c11, o1 + 8)
        store8(c20, o2)
        store8(c21, o2 + 8)
        store8(c30, o3)
        store8(c31, o3 + 8)
    }

    /// Row `i` of `C` over the last 8 columns: `a` points at `A[0, i]`, `b` at their dense `depth × 8` panel.
    @inline(__always)
    private static func oneByEight(
        _ depth: Int, _ a: UnsafePointer<Float>, _ lda: Int, _ b: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>
    ) {
        var sum = SIMD8<Float>()
        for s in 0..<depth { multiplyAdd(&sum, SIMD8<Float>(repeating: a[s &* lda]), load8(b + s &* 8)) }
        store8(sum, out)
    }
}
