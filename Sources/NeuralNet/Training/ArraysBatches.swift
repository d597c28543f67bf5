import Tensors

/// Several in-memory input and target arrays cut into batches along their first axis, every
/// array with the same rows (one permutation per pass when `shuffle` is set), so each sample's
/// inputs and targets stay together.
final class ArraysBatches {
    let x: [Tensor]
    let y: [Tensor]
    let batchSize: Int
    let shuffle: Bool
    private var order: [Int]?

    /// Batches of float32 copies of `x` and `y`, which must all have the same number of rows.
    init(x: [Tensor], y: [Tensor], batchSize: Int, shuffle: Bool) throws {
        self.x = try x.map(RowGather.contiguousFloat)
        self.y = try y.map(RowGather.contiguousFloat)
        self.batchSize = batchSize
        self.shuffle = shuffle
    }

    var sampleCount: Int { (x.first ?? y.first)?.shape.first ?? 0 }
    var batchCount: Int { (sampleCount + batchSize - 1) / batchSize }

    /// Draws a new order for the next pass (or keeps the arrays' own when not shuffling).
    func startPass() {
        order = shuffle ? Initializers.permutation(sampleCount) : nil
    }

    /// Batch `index`: the same rows of every input and every target.
    func batch(at index: Int) throws -> (x: [Tensor], y: [Tensor]) {
        let start = index * batchSize, end = min(start + batchSize, sampleCount)
        if let order {
            let rows = Array(order[start..<end])
            return (try x.map { try RowGather.rows(of: $0, at: rows) }, try y.map { try RowGather.rows(of: $0, at: rows) })
        }
        return (try x.map { try RowGather.range(of: $0, start..<end) }, try y.map { try RowGather.range(of: $0, start..<end) })
    }

    /// The rows `range` of every array, unshuffled (for `validation_split`).
    func rows(_ range: Range<Int>) throws -> (x: [Tensor], y: [Tensor]) {
        (try x.map { try RowGather.range(of: $0, range) }, try y.map { try RowGather.range(of: $0, range) })
    }
}
