/// The working memory the Winograd scratches (``WinogradScratch``, ``Winograd1DScratch``) share:
/// a chunk of transformed input tiles and of products, `points` matrices each, a row of zeros
/// for taps in the padding and a scratch row for pixels past the edge.
struct WinogradChunkMemory {
    /// `points` matrices `tiles × inputChannels`, ``Winograd/pointStride(_:)`` apart: transformed input tiles.
    let transformed: UnsafeMutablePointer<Float>
    /// `points` matrices `tiles × outputChannels`, ``Winograd/pointStride(_:)`` apart: products
    /// (or output-gradient points).
    let products: UnsafeMutablePointer<Float>
    /// Zeros, as wide as the wider channel count: the tap of a pixel in the padding.
    let zeros: UnsafeMutablePointer<Float>
    /// Written and never read: where a pixel past the output's edge goes.
    let sink: UnsafeMutablePointer<Float>
    private let chunk: KernelScratch

    init(points: Int, tiles: Int, inputChannels: Int, outputChannels: Int) {
        let tiles = max(tiles, 1), widest = max(inputChannels, outputChannels)
        let inputFloats = points &* Winograd.pointStride(tiles &* inputChannels)
        chunk = KernelScratch(floats: inputFloats &+ points &* Winograd.pointStride(tiles &* outputChannels))
        transformed = chunk.floats
        products = chunk.floats + inputFloats
        zeros = .allocate(capacity: widest)
        zeros.initialize(repeating: 0, count: widest)
        sink = .allocate(capacity: widest)
    }

    func deallocate() {
        chunk.release()
        zeros.deallocate()
        sink.deallocate()
    }

    /// Cuts `tiles` into chunks of `chunkTiles` and calls `body` with each chunk's tiles and the
    /// floats from one point matrix to the next among the transformed inputs and among the products.
    static func forEachChunk(
        tiles: Range<Int>, chunkTiles: Int, inputChannels: Int, outputChannels: Int,
        _ body: (_ chunk: Range<Int>, _ inputStride: Int, _ productStride: Int) -> Void
    ) {
        for start in stride(from: tiles.lowerBound, to: tiles.upperBound, by: chunkTiles) {
            let count = min(chunkTiles, tiles.upperBound &- start)
            body(start..<(start &+ count), Winograd.pointStride(count &* inputChannels), Winograd.pointStride(count &* outputChannels))
        }
    }
}
