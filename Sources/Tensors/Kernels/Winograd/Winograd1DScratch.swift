/// One part's working memory for ``winograd1DConv2DForward``: a chunk of transformed input tiles
/// and of products, the pointers to one tile's taps and to its outputs, a row of zeros for taps
/// in the padding and a scratch row for outputs past the edge.
struct Winograd1DScratch {
    /// 10 matrices `tiles × inputChannels`, ``Winograd/pointStride(_:)`` apart: transformed input tiles.
    let transformed: UnsafeMutablePointer<Float>
    /// 10 matrices `tiles × outputChannels`, ``Winograd/pointStride(_:)`` apart: products.
    let products: UnsafeMutablePointer<Float>
    /// The 10 tap pointers of the current input tile, in order along the axis.
    let taps: UnsafeMutablePointer<UnsafePointer<Float>>
    /// The 4 pixel pointers of the current tile's outputs, in order along the axis.
    let destinations: UnsafeMutablePointer<UnsafeMutablePointer<Float>>
    private let zeros: UnsafeMutablePointer<Float>
    private let sink: UnsafeMutablePointer<Float>
    private let chunk: KernelScratch

    init(tiles: Int, inputChannels: Int, outputChannels: Int) {
        let tiles = max(tiles, 1), widest = max(inputChannels, outputChannels)
        let inputFloats = Winograd1D.points &* Winograd.pointStride(tiles &* inputChannels)
        chunk = KernelScratch(floats: inputFloats &+ Winograd1D.points &* Winograd.pointStride(tiles &* outputChannels))
        transformed = chunk.floats
        products = chunk.floats + inputFloats
        taps = .allocate(capacity: Winograd1D.points)
        destinations = .allocate(capacity: Winograd1D.block)
        zeros = .allocate(capacity: widest)
        zeros.initialize(repeating: 0, count: widest)
        sink = .allocate(capacity: widest)
    }

    func deallocate() {
        chunk.release()
        taps.deallocate()
        destinations.deallocate()
        zeros.deallocate()
        sink.deallocate()
    }

    /// Points ``taps`` at the 10 input pixels of `tile` (zeros where they lie in the padding).
    @inline(__always)
    func gatherTaps(_ t: Winograd1DTiling, tile: Int, input: UnsafePointer<Float>) {
        let origin = t.origin(ofTile: tile), first = origin.position &- t.padBefore
        for i in 0..<Winograd1D.points {
            let p = first &+ i
            taps[i] = p >= 0 && p < t.inputLength ? input + (origin.input &+ p &* t.inputStep) : UnsafePointer(zeros)
        }
    }

    /// Points ``destinations`` at the 4 output pixels of `tile` (the sink past the output's edge).
    @inline(__always)
    func locateOutputs(_ t: Winograd1DTiling, tile: Int, output: UnsafeMutablePointer<Float>) {
        let origin = t.origin(ofTile: tile)
        for i in 0..<Winograd1D.block {
            let p = origin.position &+ i
            destinations[i] = p < t.outputLength ? output + (origin.output &+ p &* t.outputStep) : sink
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
        for start in stride(from: tiles.lowerBound, to: tiles.upperBound, by: chunk) {
            let count = min(chunk, tiles.upperBound &- start)
            body(scratch, start..<(start &+ count), Winograd.pointStride(count &* c), Winograd.pointStride(count &* f))
        }
    }
}
