/// How a reduction walks its input: `rows` independent reductions of `length` elements each.
/// In column mode the reduced axes lead a contiguous input (element (r, c) at `r * rows + c`);
/// otherwise the input was permuted so each reduction is a contiguous row.
struct ReductionLayout {
    let source: Tensor
    let rows: Int
    let length: Int
    let columnMode: Bool
    let keptShape: [Int]
    let keepDimsShape: [Int]
}

extension Tensor {
    /// The sorted, de-duplicated axes of a reduction (`nil` means all axes).
    func reductionAxes(_ axes: [Int]?, operation: String) throws -> [Int] {
        guard let axes else { return Array(0..<rank) }
        let normalized = try axes.map { try normalizeAxis($0, operation: operation) }
        guard Set(normalized).count == normalized.count else {
            throw TensorError(operation, expected: "distinct axes", received: "\(axes)")
        }
        return normalized.sorted()
    }

    func reductionLayout(axes: [Int]) -> ReductionLayout {
        let reduced = Set(axes)
        let kept = (0..<rank).filter { !reduced.contains($0) }
        let keptShape = kept.map { shape[$0] }
        let keepDimsShape = (0..<rank).map { reduced.contains($0) ? 1 : shape[$0] }
        let length = axes.map { shape[$0] }.reduce(1, *)
        let rows = keptShape.reduce(1, *)
        if isContiguous && axes == Array(0..<axes.count) && !axes.isEmpty && !kept.isEmpty {
            return ReductionLayout(source: self, rows: rows, length: length, columnMode: true,
                                   keptShape: keptShape, keepDimsShape: keepDimsShape)
        }
        let permuted = view(shape: (kept + axes).map { shape[$0] }, strides: (kept + axes).map { strides[$0] }, offset: offset)
        return ReductionLayout(source: permuted.contiguousStorage(), rows: rows, length: length, columnMode: false,
                               keptShape: keptShape, keepDimsShape: keepDimsShape)
    }
}

/// Sums float rows or columns into `out` (Double accumulation for long rows keeps mean() exact enough).
func sumFloat(_ layout: ReductionLayout, into out: UnsafeMutablePointer<Float>) {
    let rows = layout.rows, length = layout.length
    nonisolated(unsafe) let input = UnsafePointer(layout.source.floatPointer)
    nonisolated(unsafe) let out = out
    if layout.columnMode {
        parallelChunks(rows, minimumPerChunk: Swift.max(64, (1 << 16) / Swift.max(length, 1))) { columns in
            let width = columns.count
            let o = out + columns.lowerBound
            o.initialize(repeating: 0, count: width)
            // Explicit SIMD: the compiler cannot prove `o` and `row` disjoint, so it would not vectorise.
            let vectorWidth = width & ~7
            for r in 0..<length {
                let row = input + (r &* rows &+ columns.lowerBound)
                var c = 0
                while c < vectorWidth {
                    let sum = UnsafeRawPointer(o + c).loadUnaligned(as: SIMD8<Float>.self)
                        + UnsafeRawPointer(row + c).loadUnaligned(as: SIMD8<Float>.self)
                    UnsafeMutableRawPointer(o + c).storeBytes(of: sum, as: SIMD8<Float>.self)
                    c &+= 8
                }
                while c < width {
                    o[c] += row[c]
                    c &+= 1
                }
            }
        }
        return
    }
    parallelChunks(rows, minimumPerChunk: Swift.max(1, (1 << 15) / Swift.max(length, 1))) { range in
        for r in range {
            let row = input + r &* length
            var lanes = SIMD8<Float>(repeating: 0)
            var total: Double = 0
            var i = 0
            while i &+ 8 <= length {
                lanes += UnsafeRawPointer(row + i).loadUnaligned(as: SIMD8<Float>.self)
                i &+= 8
                if i & 4095 == 0 {
                    total += Double(lanes.sum())
                    lanes = .zero
                }
            }
            total += Double(lanes.sum())
            while i < length {
                total += Double(row[i])
                i &+= 1
            }
            out[r] = Float(total)
        }
    }
}

/// Reduces each row (or column) of a contiguous typed layout with `combine`, starting from each
/// row's first element; `length` must be positive.
func reduceRows<T>(_ layout: ReductionLayout, _ input: UnsafePointer<T>, into out: UnsafeMutablePointer<T>, _ combine: (T, T) -> T) {
    let rows = layout.rows, length = layout.length
    if layout.columnMode {
        for c in 0..<rows { out[c] = input[c] }
        for r in 1..<Swift.max(length, 1) {
            let row = input + r &* rows
            for c in 0..<rows { out[c] = combine(out[c], row[c]) }
        }
        return
    }
    for r in 0..<rows {
        let row = input + r &* length
        var acc = row[0]
        for i in 1..<Swift.max(length, 1) { acc = combine(acc, row[i]) }
        out[r] = acc
    }
}
