/// One part's working memory for the Winograd kernels: a chunk of transformed input tiles and
/// of products (or output-gradient points), the pointers to one tile's taps and to its output
/// block, room for a transform's columns, a row of zeros for taps in the padding and a scratch
/// row for pixels past the edge.
struct WinogradScratch {
    /// 36 matrices `tiles × inputChannels`, ``Winograd/pointStride(_:)`` apart: transformed input tiles.
    let transformed: UnsafeMutablePointer<Float>
    /// 36 matrices `tiles × outputChannels`, ``Winograd/pointStride(_:)`` apart: products (or
    /// output-gradient points).
    let products: UnsafeMutablePointer<Float>
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
    private let zeros: UnsafeMutablePointer<Float>
    private let sink: UnsafeMutablePointer<Float>
    private let chunk: KernelScratch

    init(tiles: Int, inputChannels: Int, outputChannels: Int) {
        let tiles = max(tiles, 1), widest = max(inputChannels, outputChannels)
        let inputFloats = Winograd.points &* Winograd.pointStride(tiles &* inputChannels)
        chunk = KernelScratch(floats: inputFloats &+ Winograd.points &* Winograd.pointStride(tiles &* outputChannels))
        transformed = chunk.floats
        products = chunk.floats + inputFloats
        taps = .allocate(capacity: Winograd.points)
        reluTaps = .allocate(capacity: Winograd.points)
        targets = .allocate(capacity: Winograd.points)
        destinations = .allocate(capacity: Winograd.largestBlockPixels)
        rows = .allocate(capacity: Winograd.points)
        zeros = .allocate(capacity: widest)
        zeros.initialize(repeating: 0, count: widest)
        sink = .allocate(capacity: widest)
    }

    func deallocate() {
        chunk.release()
        taps.deallocate()
        reluTaps.deallocate()
        targets.deallocate()
        destinations.deallocate()
        rows.deallocate()
        zeros.deallocate()
        sink.deallocate()
    }

    /// Points ``taps`` at the 6×6 input window of `tile` (zeros where it overhangs the input).
    @inline(__always)
    func gatherTaps(_ t: WinogradTiling, tile: Int, input: UnsafePointer<Float>) {
        forEachWindowTap(t, tile: tile) { index, offset in taps[index] = offset.map { input + $0 } ?? UnsafePointer(zeros) }
    }

    /// Points ``targets`` at the 6×6 window of `tile` in an input-shaped gradient (the sink where
    /// the window overhangs the input).
    @inline(__always)
    func locateWindow(_ t: WinogradTiling, tile: Int, inputGradient: UnsafeMutablePointer<Float>) {
        forEachWindowTap(t, tile: tile) { index, offset in targets[index] = offset.map { inputGradient + $0 } ?? sink }
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
        forEachBlockPixel(t, tile: tile) { index, offset in destinations[index] = offset.map { output + $0 } ?? sink }
    }

    /// Points the first ``taps`` at the output block of `tile` in an output-shaped tensor
    /// (zeros past the edge), for reading output gradients, and ``reluTaps`` at the same pixels
    /// of `reluOutput` when there is one.
    @inline(__always)
    func gatherBlock(_ t: WinogradTiling, tile: Int, outputGradient: UnsafePointer<Float>, reluOutput: UnsafePointer<Float>?) {
        forEachBlockPixel(t, tile: tile) { index, offset in
            taps[index] = offset.map { outputGradient + $0 } ?? UnsafePointer(zeros)
            if let reluOutput { reluTaps[index] = offset.map { reluOutput + $0 } ?? UnsafePointer(zeros) }
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
        for start in stride(from: tiles.lowerBound, to: tiles.upperBound, by: chunk) {
            let count = min(chunk, tiles.upperBound &- start)
            body(scratch, start..<(start &+ count), Winograd.pointStride(count &* c), Winograd.pointStride(count &* f))
        }
    }
}
