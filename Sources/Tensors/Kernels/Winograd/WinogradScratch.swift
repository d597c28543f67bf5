/// One part's working memory for the Winograd kernels: a chunk of transformed input tiles and
/// of products (or output-gradient points), the pointers to one tile's taps and to its output
/// block, a row of zeros for taps in the padding and a scratch row for pixels past the edge.
struct WinogradScratch {
    /// `16 × tiles × inputChannels` floats: point-major transformed input tiles.
    let transformed: UnsafeMutablePointer<Float>
    /// `16 × tiles × outputChannels` floats: point-major products (or output-gradient points).
    let products: UnsafeMutablePointer<Float>
    /// Sixteen tap pointers of the current input tile, row-major.
    let taps: UnsafeMutablePointer<UnsafePointer<Float>>
    /// Four pixel pointers of the current 2×2 output block, row-major.
    let destinations: UnsafeMutablePointer<UnsafeMutablePointer<Float>>
    private let zeros: UnsafeMutablePointer<Float>
    private let sink: UnsafeMutablePointer<Float>
    private let chunk: KernelScratch

    init(tiles: Int, inputChannels: Int, outputChannels: Int) {
        let tiles = max(tiles, 1), widest = max(inputChannels, outputChannels)
        chunk = KernelScratch(floats: Winograd.points &* tiles &* (inputChannels &+ outputChannels))
        transformed = chunk.floats
        products = chunk.floats + Winograd.points &* tiles &* inputChannels
        taps = .allocate(capacity: Winograd.points)
        destinations = .allocate(capacity: 4)
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

    /// Points ``taps`` at the 4×4 input window of `tile` (zeros where it overhangs the input).
    @inline(__always)
    func gatherTaps(_ t: WinogradTiling, tile: Int, input: UnsafePointer<Float>) {
        let origin = t.origin(ofTile: tile), c = t.inputChannels
        let top = origin.row &- t.padTop, left = origin.column &- t.padLeft
        let image = input + origin.image &* t.inputHeight &* t.inputWidth &* c
        for r in 0..<4 {
            let row = top &+ r
            let rowInside = row >= 0 && row < t.inputHeight
            for column in 0..<4 {
                let x = left &+ column
                taps[4 &* r &+ column] = rowInside && x >= 0 && x < t.inputWidth
                    ? image + (row &* t.inputWidth &+ x) &* c : UnsafePointer(zeros)
            }
        }
    }

    /// Points ``destinations`` at the 2×2 output block of `tile` (the sink past the output's edge).
    @inline(__always)
    func locateBlock(_ t: WinogradTiling, tile: Int, output: UnsafeMutablePointer<Float>) {
        let origin = t.origin(ofTile: tile), f = t.outputChannels
        let image = output + origin.image &* t.outputHeight &* t.outputWidth &* f
        for r in 0..<2 {
            for column in 0..<2 {
                let y = origin.row &+ r, x = origin.column &+ column
                destinations[2 &* r &+ column] = y < t.outputHeight && x < t.outputWidth
                    ? image + (y &* t.outputWidth &+ x) &* f : sink
            }
        }
    }

    /// Points the first four ``taps`` at the 2×2 block of `tile` in an output-shaped tensor
    /// (zeros past the edge), for reading output gradients.
    @inline(__always)
    func gatherBlock(_ t: WinogradTiling, tile: Int, outputGradient: UnsafePointer<Float>) {
        let origin = t.origin(ofTile: tile), f = t.outputChannels
        let image = outputGradient + origin.image &* t.outputHeight &* t.outputWidth &* f
        for r in 0..<2 {
            for column in 0..<2 {
                let y = origin.row &+ r, x = origin.column &+ column
                taps[2 &* r &+ column] = y < t.outputHeight && x < t.outputWidth
                    ? image + (y &* t.outputWidth &+ x) &* f : UnsafePointer(zeros)
            }
        }
    }
}
