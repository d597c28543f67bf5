/// One part's working memory for the Winograd kernels: a chunk of 36-point transformed input
/// tiles and products (``WinogradChunkMemory``), the pointers to one tile's taps and to its
/// output block, and room for a transform's columns.
struct WinogradScratch {
    /// The chunk's transformed inputs and products, zeros and sink.
    let memory: WinogradChunkMemory
    /// 36 matrices `tiles × inputChannels`: transformed input tiles.
    var transformed: UnsafeMutablePointer<Float> { memory.transformed }
    /// 36 matrices `tiles × outputChannels`: products (or output-gradient points).
    var products: UnsafeMutablePointer<Float> { memory.products }
    /// The 36 tap pointers of the current input tile, row-major.
    let taps: UnsafeMutablePointer<UnsafePointer<Float>>
    /// The same taps in a relu output that masks them (gradients flowing back through a relu).
    let reluTaps: UnsafeMutablePointer<UnsafePointer<Float>>
    /// The 36 pixel pointers of the current input window in a gradient being summed into.
    let targets: UnsafeMutablePointer<UnsafeMutablePointer<Float>>
    /// The pixel pointers of the current output block (4×4 or 2×2), row-major.
    let destinations: UnsafeMutablePointer<UnsafeMutablePointer<Float>>
    /// Room for one tile's columns between the two halves of a transform.
    let rows: UnsafeMutablePointer<Lanes>

    init(tiles: Int, inputChannels: Int, outputChannels: Int) {
        memory = WinogradChunkMemory(points: Winograd.points, tiles: tiles, inputChannels: inputChannels, outputChannels: outputChannels)
        taps = .allocate(capacity: Winograd.points)
        reluTaps = .allocate(capacity: Winograd.points)
        targets = .allocate(capacity: Winograd.points)
        destinations = .allocate(capacity: Winograd.largestBlockPixels)
        rows = .allocate(capacity: Winograd.points)
    }

    func deallocate() {
        memory.deallocate()
        taps.deallocate()
        reluTaps.deallocate()
        targets.deallocate()
        destinations.deallocate()
        rows.deallocate()
    }

    /// Points ``taps`` at the 6×6 input window of `tile` (zeros where it overhangs the input).
    @inline(__always)
    func gatherTaps(_ t: WinogradTiling, tile: Int, input: UnsafePointer<Float>) {
        forEachWindowTap(t, tile: tile) { index, offset in taps[index] = offset.map { input + $0 } ?? UnsafePointer(memory.zeros) }
    }

    /// Points ``targets`` at the 6×6 window of `tile` in an input-shaped gradient (the sink where
    /// the window overhangs the input).
    @inline(__always)
    func locateWindow(_ t: WinogradTiling, tile: Int, inputGradient: UnsafeMutablePointer<Float>) {
        forEachWindowTap(t, tile: tile) { index, offset in targets[index] = offset.map { inputGradient + $0 } ?? memory.sink }
    }

    /// Calls `body(index, offset)` for each tap of `tile`'s input window: its row-major index and
    /// its offset in floats into an input-shaped tensor, nil where it lies in the padding.
    @inline(__always)
    private func forEachWindowTap(_ t: WinogradTiling, tile: Int, _ body: (Int, Int?) -> Void) {
        let origin = t.origin(ofTile: tile), c = t.inputChannels
        let top = origin.row &- t.padTop, left = origin.column &- t.padLeft
        let imageOffset = origin.image &* t.inputHeight &* t.inputWidth &* c
        for r in 0..<Winograd.window {
            let row = top &+ r
            let rowInside = row >= 0 && row < t.inputHeight
            for column in 0..<Winograd.window {
                let x = left &+ column
                body(
                    Winograd.window &* r &+ column,
                    rowInside && x >= 0 && x < t.inputWidth ? imageOffset &+ (row &* t.inputWidth &+ x) &* c : nil)
            }
        }
    }

    /// Points ``destinations`` at the output block of `tile` (the sink past the output's edge).
    @inline(__always)
    func locateBlock(_ t: WinogradTiling, tile: Int, output: UnsafeMutablePointer<Float>) {
        forEachBlockPixel(t, tile: tile) { index, offset in destinations[index] = offset.map { output + $0 } ?? memory.sink }
    }

    /// Points the first ``taps`` at the output block of `tile` in an output-shaped tensor
    /// (zeros past the edge), for reading output gradients, and ``reluTaps`` at the same pixels
    /// of `reluOutput` when there is one.
    @inline(__always)
    func gatherBlock(_ t: WinogradTiling, tile: Int, outputGradient: UnsafePointer<Float>, reluOutput: UnsafePointer<Float>?) {
        forEachBlockPixel(t, tile: tile) { index, offset in
            taps[index] = offset.map { outputGradient + $0 } ?? UnsafePointer(memory.zeros)
            if let reluOutput { reluTaps[index] = offset.map { reluOutput + $0 } ?? UnsafePointer(memory.zeros) }
        }
    }

    /// Calls `body(index, offset)` for each pixel of `tile`'s output block: its row-major index
    /// and its offset in floats into an output-shaped tensor, nil past the output's edge.
    @inline(__always)
    private func forEachBlockPixel(_ t: WinogradTiling, tile: Int, _ body: (Int, Int?) -> Void) {
        let origin = t.origin(ofTile: tile), f = t.outputChannels
        let imageOffset = origin.image &* t.outputHeight &* t.outputWidth &* f
        for r in 0..<t.block {
            let y = origin.row &+ r
            for column in 0..<t.block {
                let x = origin.column &+ column
                body(
                    t.block &* r &+ column,
                    y < t.outputHeight && x < t.outputWidth ? imageOffset &+ (y &* t.outputWidth &+ x) &* f : nil)
            }
        }
    }
}

extension WinogradScratch {
    /// Cuts `tiles` into chunks of ``Winograd/chunkTiles(inputChannels:outputChannels:)`` and calls
    /// `body` for each with scratch sized for a chunk, the chunk's tiles, and the floats from one
    /// point matrix to the next among the transformed inputs and among the products.
    static func forEachChunk(
        _ t: WinogradTiling, tiles: Range<Int>,
        _ body: (_ scratch: WinogradScratch, _ chunk: Range<Int>, _ inputStride: Int, _ productStride: Int) -> Void
    ) {
        let c = t.inputChannels, f = t.outputChannels
        let chunk = Winograd.chunkTiles(inputChannels: c, outputChannels: f)
        let scratch = WinogradScratch(tiles: min(chunk, tiles.count), inputChannels: c, outputChannels: f)
        defer { scratch.deallocate() }
        WinogradChunkMemory.forEachChunk(tiles: tiles, chunkTiles: chunk, inputChannels: c, outputChannels: f) { body(scratch, $0, $1, $2) }
    }
}
