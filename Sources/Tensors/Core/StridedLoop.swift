/// Merges adjacent axes that are laid out contiguously in every operand, so that strided loops
/// run long inner loops: `(32, 10)` contiguous becomes `(320,)`, a broadcast row stays `(32, 10)`.
func coalesce(shape: [Int], strides operandStrides: [[Int]]) -> (shape: [Int], strides: [[Int]]) {
    guard !shape.isEmpty else { return ([1], operandStrides.map { _ in [0] }) }
    var newShape = [shape[0]]
    var newStrides = operandStrides.map { [$0[0]] }
    for axis in 1..<shape.count {
        let size = shape[axis]
        if size == 1 { continue }
        let last = newShape.count - 1
        let mergeable =
            newShape[last] == 1
            || operandStrides.indices.allSatisfy {
                newStrides[$0][last] == operandStrides[$0][axis] * size
            }
        if mergeable {
            if newShape[last] == 1 {
                for operand in operandStrides.indices { newStrides[operand][last] = operandStrides[operand][axis] }
                newShape[last] = size
            } else {
                newShape[last] *= size
                for operand in operandStrides.indices { newStrides[operand][last] = operandStrides[operand][axis] }
            }
        } else {
            newShape.append(size)
            for operand in operandStrides.indices { newStrides[operand].append(operandStrides[operand][axis]) }
        }
    }
    return (newShape, newStrides)
}

/// Walks every index of `shape` except the last axis and calls `body` with each operand's element
/// offset of that row; `rows` restricts the walk to a range of row numbers (for parallel chunks).
@inline(__always)
func forEachRow(shape: [Int], strides: [[Int]], rows: Range<Int>, _ body: (_ offsets: UnsafeMutableBufferPointer<Int>) -> Void) {
    let outer = shape.count - 1
    let operands = strides.count
    withUnsafeTemporaryAllocation(of: Int.self, capacity: Swift.max(outer, 1) + operands) { scratch in
        let index = UnsafeMutableBufferPointer(rebasing: scratch[0..<Swift.max(outer, 1)])
        let offsets = UnsafeMutableBufferPointer(rebasing: scratch[Swift.max(outer, 1)...])
        var remaining = rows.lowerBound
        for axis in stride(from: outer - 1, through: 0, by: -1) {
            index[axis] = remaining % shape[axis]
            remaining /= shape[axis]
        }
        for operand in 0..<operands {
            var offset = 0
            for axis in 0..<outer { offset += index[axis] * strides[operand][axis] }
            offsets[operand] = offset
        }
        for _ in rows {
            body(offsets)
            var axis = outer - 1
            while axis >= 0 {
                index[axis] += 1
                for operand in 0..<operands { offsets[operand] += strides[operand][axis] }
                if index[axis] < shape[axis] { break }
                for operand in 0..<operands { offsets[operand] -= strides[operand][axis] * shape[axis] }
                index[axis] = 0
                axis -= 1
            }
        }
    }
}

/// Copies a strided source into a dense destination, any element type of the same width.
func copyStrided<T>(_ source: UnsafePointer<T>, shape: [Int], strides: [Int], into destination: UnsafeMutablePointer<T>) {
    let count = shape.reduce(1, *)
    if count == 0 { return }
    let (shape, allStrides) = coalesce(shape: shape, strides: [strides, contiguousStrides(shape)])
    let inner = shape[shape.count - 1]
    let sourceStride = allStrides[0][shape.count - 1]
    let rows = count / inner
    nonisolated(unsafe) let source = source
    nonisolated(unsafe) let destination = destination
    parallelChunks(rows, minimumPerChunk: Swift.max(1, (1 << 16) / inner)) { range in
        var row = range.lowerBound
        forEachRow(shape: shape, strides: [allStrides[0]], rows: range) { offsets in
            let from = source + offsets[0]
            let to = destination + row * inner
            if sourceStride == 1 {
                to.update(from: from, count: inner)
            } else {
                for i in 0..<inner { to[i] = from[i &* sourceStride] }
            }
            row += 1
        }
    }
}

extension Tensor {
    /// This tensor if it is already dense row-major, else a dense copy (no gradient history kept:
    /// use it inside ops, which record their own gradients).
    func contiguousStorage() -> Tensor {
        if isContiguous { return self }
        let result = Tensor(uninitializedShape: shape, dtype: dtype)
        switch dtype.byteSize {
        case 1: copyStrided(pointer(UInt8.self), shape: shape, strides: strides, into: result.pointer(UInt8.self))
        case 4: copyStrided(pointer(UInt32.self), shape: shape, strides: strides, into: result.pointer(UInt32.self))
        default: copyStrided(pointer(UInt64.self), shape: shape, strides: strides, into: result.pointer(UInt64.self))
        }
        return result
    }
}
