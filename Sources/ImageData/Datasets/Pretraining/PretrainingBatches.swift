import NeuralNet
import Tensors

/// Batches of a `PretrainingSet` for `fit`: pixels scaled to [0, 1] (the article's
/// `rescale=1./255`), integer labels, reshuffled each pass and, when `flip` is set, half of the
/// images mirrored left to right, both from a seeded generator.
public final class PretrainingBatches: BatchSource {
    private let set: PretrainingSet
    private let range: Range<Int>
    private let batchSize: Int
    private let flip: Bool
    private var random: SeededGenerator
    private var order: [Int]

    /// Batches of images `range` of `set`; shuffled when `shuffle` (and flipped when `flip`).
    public init(_ set: PretrainingSet, range: Range<Int>, batchSize: Int, shuffle: Bool, flip: Bool, seed: UInt64) throws {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= set.count else {
            throw ImageDataError.invalidArgument("images \(range) are not within the \(set.count) pretraining images")
        }
        guard batchSize > 0 else { throw ImageDataError.invalidArgument("batch_size must be positive, received \(batchSize)") }
        self.set = set
        self.range = range
        self.batchSize = batchSize
        self.flip = flip
        random = SeededGenerator(seed: seed)
        order = Array(range)
        shuffles = shuffle
    }

    private let shuffles: Bool

    /// The number of batches in one pass.
    public var batchCount: Int { (range.count + batchSize - 1) / batchSize }
    /// The number of images.
    public var sampleCount: Int { range.count }
    /// `[size, size, 3]`.
    public var sampleShape: [Int] { [set.size, set.size, 3] }
    /// Integer labels: `[]`.
    public var targetShape: [Int] { [] }

    /// Reshuffles (when shuffling).
    public func startPass() {
        guard shuffles else { return }
        order = Array(range)
        order.shuffle(using: &random)
    }

    /// Batch `index` as float32 images in [0, 1] and float labels.
    public func batch(at index: Int) throws -> (x: Tensor, y: Tensor) {
        let start = index * batchSize, end = min(start + batchSize, order.count)
        guard start < end else { throw ImageDataError.invalidArgument("batch \(index) is outside the \(batchCount) batches") }
        let rows = Array(order[start..<end])
        let side = set.size, stride = side * side * 3
        let mirrored = rows.map { _ in flip && random.chance(0.5) }
        let x = Tensor.zeros([rows.count, side, side, 3])
        try x.withUnsafeMutableBufferPointer(Float.self) { out in
            set.images.withUnsafeBufferPointer { bytes in
                for (slot, row) in rows.enumerated() {
                    let source = row * stride, target = slot * stride
                    for y in 0..<side {
                        for column in 0..<side {
                            let from = source + (y * side + (mirrored[slot] ? side - 1 - column : column)) * 3
                            let to = target + (y * side + column) * 3
                            out[to] = Float(bytes[from]) / 255
                            out[to + 1] = Float(bytes[from + 1]) / 255
                            out[to + 2] = Float(bytes[from + 2]) / 255
                        }
                    }
                }
            }
        }
        let y = try Tensor(rows.map { Float(set.labels[$0]) }, shape: [rows.count])
        return (x, y)
    }
}
