/// Keras' `Iterator` bookkeeping: which sample indices form the next batch, reshuffled at the
/// start of each epoch, cycling forever; each batch also gets its own random stream, derived from
/// `seed + total_batches_seen` when a seed is given, as Keras reseeds NumPy.
struct BatchSchedule: Sendable {
    let sampleCount: Int
    let batchSize: Int
    let shuffle: Bool
    let seed: UInt64?
    private(set) var batchIndex = 0
    private(set) var totalBatchesSeen = 0
    private(set) var indexArray: [Int] = []
    private var unseededStream: SeededGenerator

    init(sampleCount: Int, batchSize: Int, shuffle: Bool, seed: UInt64?) {
        self.sampleCount = sampleCount
        self.batchSize = batchSize
        self.shuffle = shuffle
        self.seed = seed
        unseededStream = .unseeded()
    }

    /// Batches per epoch: `ceil(samples / batch_size)`.
    var batchesPerEpoch: Int { (sampleCount + batchSize - 1) / batchSize }

    /// Back to the first batch of a new epoch.
    mutating func reset() { batchIndex = 0 }

    /// The next batch's sample indices, its random stream and its sequence number.
    mutating func next() -> (indices: [Int], generator: SeededGenerator, number: Int) {
        var generator = streamForBatch()
        if batchIndex == 0 { setIndexArray(using: &generator) }
        let start = sampleCount == 0 ? 0 : (batchIndex * batchSize) % sampleCount
        if sampleCount > start + batchSize { batchIndex += 1 } else { batchIndex = 0 }
        let number = totalBatchesSeen
        totalBatchesSeen += 1
        let indices = Array(indexArray[min(start, indexArray.count)..<min(start + batchSize, indexArray.count)])
        return (indices, generator, number)
    }

    /// Keras' `__getitem__`: the sample indices of batch `index` of the current order, and a fresh
    /// random stream (each call draws new augmentations, reproducibly when seeded).
    mutating func step(batch index: Int) -> (indices: [Int], generator: SeededGenerator, number: Int) {
        var generator = streamForBatch()
        if indexArray.isEmpty { setIndexArray(using: &generator) }
        let start = index * batchSize
        let number = totalBatchesSeen
        totalBatchesSeen += 1
        return (Array(indexArray[min(start, sampleCount)..<min(start + batchSize, sampleCount)]), generator, number)
    }

    /// Keras' `on_epoch_end`: a new order for the next pass.
    mutating func reshuffle() {
        var generator = streamForBatch()
        setIndexArray(using: &generator)
        batchIndex = 0
    }

    private mutating func streamForBatch() -> SeededGenerator {
        if let seed { return SeededGenerator(seed: seed &+ UInt64(totalBatchesSeen)) }
        return unseededStream.split(totalBatchesSeen)
    }

    private mutating func setIndexArray(using generator: inout SeededGenerator) {
        indexArray = Array(0..<sampleCount)
        if shuffle { indexArray.shuffle(using: &generator) }
    }
}
