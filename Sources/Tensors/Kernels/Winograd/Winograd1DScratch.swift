/// One part's working memory for ``winograd1DConv2DForward``: a chunk of 10-point transformed
/// input tiles and products (``WinogradChunkMemory``), and the pointers to one tile's taps and
/// to its outputs.
struct Winograd1DScratch {
    /// The chunk's transformed inputs and products, zeros and sink.
    let memory: WinogradChunkMemory
    /// 10 matrices `tiles × inputChannels`: transformed input tiles.
    var transformed: UnsafeMutablePointer<Float> { memory.transformed }
    /// 10 matrices `tiles × outputChannels`: products.
    var products: UnsafeMutablePointer<Float> { memory.products }
    /// The 10 tap pointers of the current input tile, in order along the axis.
    let taps: UnsafeMutablePointer<UnsafePointer<Float>>
    /// The 4 pixel pointers of the current tile's outputs, in order along the axis.
    let destinations: UnsafeMutablePointer<UnsafeMutablePointer<Float>>

    init(tiles: Int, inputChannels: Int, outputChannels: Int) {
        memory = WinogradChunkMemory(points: Winograd1D.points, tiles: tiles, inputChannels: inputChannels, outputChannels: outputChannels)
        taps = .allocate(capacity: Winograd1D.points)
        destinations = .allocate(capacity: Winograd1D.block)
    }

    func deallocate() {
        memory.deallocate()
        taps.deallocate()
        destinations.deallocate()
    }

    /// Points ``taps`` at the 10 input pixels of `tile` (zeros where they lie in the padding).
    @inline(__always)
    func gatherTaps(_ t: Winograd1DTiling, tile: Int, input: UnsafePointer<Float>) {
        let origin = t.origin(ofTile: tile), first = origin.position &- t.padBefore
        for i in 0..<Winograd1D.points {
            let p = first &+ i
            taps[i] = p >= 0 && p < t.inputLength ? input + (origin.input &+ p &* t.inputStep) : UnsafePointer(memory.zeros)
        }
    }

    /// Points ``destinations`` at the 4 output pixels of `tile` (the sink past the output's edge).
    @inline(__always)
    func locateOutputs(_ t: Winograd1DTiling, tile: Int, output: UnsafeMutablePointer<Float>) {
        let origin = t.origin(ofTile: tile)
        for i in 0..<Winograd1D.block {
            let p = origin.position &+ i
            destinations[i] = p < t.outputLength ? output + (origin.output &+ p &* t.outputStep) : memory.sink
        }
    }

    /// Cuts `tiles` into chunks of ``Winograd1D/chunkTiles(inputChannels:outputChannels:)`` and
    /// calls `body` for each with scratch sized for a chunk, the chunk's tiles, and the floats from
    /// one point matrix to the next among the transformed inputs and among the products.
    static func forEachChunk(
        _ t: Winograd1DTiling, tiles: Range<Int>,
        _ body: (_ scratch: Winograd1DScratch, _ chunk: Range<Int>, _ inputStride: Int, _ productStride: Int) -> Void
    ) {
        let c = t.inputChannels, f = t.outputChannels
        let chunk = Winograd1D.chunkTiles(inputChannels: c, outputChannels: f)
        let scratch = Winograd1DScratch(tiles: min(chunk, tiles.count), inputChannels: c, outputChannels: f)
        defer { scratch.deallocate() }
        WinogradChunkMemory.forEachChunk(tiles: tiles, chunkTiles: chunk, inputChannels: c, outputChannels: f) { body(scratch, $0, $1, $2) }
    }
}
