/// How a reduction walks its input, viewed as a dense `(outer, length, inner)` block: element
/// `(o, r, c)` sits at `(o * length + r) * inner + c`, and the result `(o, c)` at `o * inner + c`.
/// A contiguous input whose reduced axes are consecutive is read in place (a bias gradient over
/// NHW, a global average over HW); otherwise the input is permuted into a copy with `inner == 1`.
struct ReductionLayout {
    let source: Tensor
    let outer: Int
    let length: Int
    let inner: Int
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
        if let first = axes.first, let last = axes.last, isContiguous, last - first + 1 == axes.count {
            return ReductionLayout(
                source: self, outer: shape[..<first].reduce(1, *), length: length,
                inner: shape[(last + 1)...].reduce(1, *), keptShape: keptShape, keepDimsShape: keepDimsShape)
        }
        let permuted = view(shape: (kept + axes).map { shape[$0] }, strides: (kept + axes).map { strides[$0] }, offset: offset)
        return ReductionLayout(
            source: permuted.contiguousStorage(), outer: keptShape.reduce(1, *), length: length,
            inner: 1, keptShape: keptShape, keepDimsShape: keepDimsShape)
    }
}

/// Float sums: SIMD partial sums with Double totals along rows, SIMD column accumulation otherwise.
func sumFloat(_ layout: ReductionLayout, into out: UnsafeMutablePointer<Float>) {
    let outer = layout.outer, length = layout.length, inner = layout.inner
    nonisolated(unsafe) let input = UnsafePointer(layout.source.floatPointer)
    nonisolated(unsafe) let out = out
    if inner == 1 {
        parallelChunks(outer, minimumPerChunk: Swift.max(1, (1 << 15) / Swift.max(length, 1))) { range in
            for o in range { out[o] = sumRow(input + o &* length, length) }
        }
    } else if outer >= parallelWidth {
        parallelChunks(outer, minimumPerChunk: Swift.max(1, (1 << 15) / Swift.max(length &* inner, 1))) { range in
            for o in range { sumColumns(input + o &* length &* inner, rows: length, stride: inner, width: inner, into: out + o &* inner) }
        }
    } else {
        parallelChunks(inner, minimumPerChunk: Swift.max(64, (1 << 16) / Swift.max(length, 1))) { columns in
            for o in 0..<outer {
                sumColumns(
                    input + (o &* length &* inner &+ columns.lowerBound), rows: length, stride: inner,
                    width: columns.count, into: out + (o &* inner &+ columns.lowerBound))
            }
        }
    }
}

@inline(__always)
private func sumRow(_ row: UnsafePointer<Float>, _ length: Int) -> Float {
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
    return Float(total)
}

/// `out[c] = Σ_r input[r * stride + c]` for `c < width`; explicit SIMD because the compiler
/// cannot prove `out` and `input` disjoint and would not vectorise.
@inline(__always)
private func sumColumns(_ input: UnsafePointer<Float>, rows: Int, stride: Int, width: Int, into out: UnsafeMutablePointer<Float>) {
    out.initialize(repeating: 0, count: width)
    let vectorWidth = width & ~7
    for r in 0..<rows {
        let row = input + r &* stride
        var c = 0
        while c < vectorWidth {
            let sum =
                UnsafeRawPointer(out + c).loadUnaligned(as: SIMD8<Float>.self)
                + UnsafeRawPointer(row + c).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(out + c).storeBytes(of: sum, as: SIMD8<Float>.self)
            c &+= 8
        }
        while c < width {
            out[c] += row[c]
            c &+= 1
        }
    }
}

/// Reduces each `(o, ·, c)` line of a dense typed layout with `combine`, starting from its first
/// element; `length` must be positive.
func reduceRows<T>(_ layout: ReductionLayout, _ input: UnsafePointer<T>, into out: UnsafeMutablePointer<T>, _ combine: (T, T) -> T) {
    let length = layout.length, inner = layout.inner
    for o in 0..<layout.outer {
        let block = input + o &* length &* inner
        let target = out + o &* inner
        if inner == 1 {
            var acc = block[0]
            for i in 1..<Swift.max(length, 1) { acc = combine(acc, block[i]) }
            target[0] = acc
            continue
        }
        for c in 0..<inner { target[c] = block[c] }
        for r in 1..<Swift.max(length, 1) {
            let row = block + r &* inner
            for c in 0..<inner { target[c] = combine(target[c], row[c]) }
        }
    }
}
