import Tensors

/// Batches of `(x, y)` that `fit`, `evaluate` and `predict` iterate over: arrays cut into batches,
/// or an image generator from `ImageData` (Keras' `PyDataset`: a length and an indexer).
///
///     final class Repeat: BatchSource { ... }   // count, sampleShape, targetShape, batch(at:)
///     try model.fit(generator, epochs: 15, stepsPerEpoch: 8)
public protocol BatchSource: AnyObject {
    /// The number of batches in one pass over the data.
    var batchCount: Int { get }
    /// The number of samples in one pass.
    var sampleCount: Int { get }
    /// The shape of one input sample, e.g. `[28, 28]`.
    var sampleShape: [Int] { get }
    /// The shape of one target, e.g. `[]` for integer labels.
    var targetShape: [Int] { get }
    /// Batch `index` (0-based, below `batchCount`) as float32 inputs and targets.
    func batch(at index: Int) throws -> (x: Tensor, y: Tensor)
    /// Called before each new pass, e.g. to reshuffle.
    func startPass()
}

/// In-memory arrays cut into batches, reshuffled on every pass when `shuffle` is set.
final class ArrayBatches: BatchSource {
    let x: Tensor
    let y: Tensor?
    let batchSize: Int
    let shuffle: Bool
    private var order: [Int]?

    init(x: Tensor, y: Tensor?, batchSize: Int, shuffle: Bool) throws {
        self.x = try RowGather.contiguousFloat(x)
        self.y = try y.map { try RowGather.contiguousFloat($0) }
        self.batchSize = batchSize
        self.shuffle = shuffle
    }

    var sampleCount: Int { x.shape.first ?? 0 }
    var batchCount: Int { (sampleCount + batchSize - 1) / batchSize }
    var sampleShape: [Int] { Array(x.shape.dropFirst()) }
    var targetShape: [Int] { y.map { Array($0.shape.dropFirst()) } ?? [] }

    func startPass() {
        order = shuffle ? Initializers.permutation(sampleCount) : nil
    }

    func batch(at index: Int) throws -> (x: Tensor, y: Tensor) {
        let start = index * batchSize, end = min(start + batchSize, sampleCount)
        if let order {
            let rows = Array(order[start..<end])
            let xb = try RowGather.rows(of: x, at: rows)
            return (xb, try y.map { try RowGather.rows(of: $0, at: rows) } ?? xb)
        }
        let xb = try RowGather.range(of: x, start..<end)
        return (xb, try y.map { try RowGather.range(of: $0, start..<end) } ?? xb)
    }
}
