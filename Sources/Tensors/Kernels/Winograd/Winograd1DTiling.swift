/// How a stride-1 1×7 or 7×1 convolution is cut into tiles: each line of the output along the
/// kernel's axis (a row for 1×7, a column for 7×1) in runs of 4 outputs, the last possibly partly
/// used. Across the axis the kernel is one pixel wide, so input and output lines correspond one
/// to one.
struct Winograd1DTiling {
    let batch: Int
    let inputHeight: Int
    let inputWidth: Int
    let inputChannels: Int
    let outputHeight: Int
    let outputWidth: Int
    let outputChannels: Int
    /// Whether the kernel runs down the columns (7×1) rather than along the rows (1×7).
    let vertical: Bool
    /// Zero padding before the first input pixel along the kernel's axis.
    let padBefore: Int

    /// Input pixels along the kernel's axis.
    var inputLength: Int { vertical ? inputHeight : inputWidth }
    /// Output pixels along the kernel's axis.
    var outputLength: Int { vertical ? outputHeight : outputWidth }
    /// Lines per image: output pixels across the kernel's axis.
    var linesPerImage: Int { vertical ? outputWidth : outputHeight }
    var tilesPerLine: Int { (outputLength &+ Winograd1D.block &- 1) / Winograd1D.block }
    /// Tiles over the whole batch; tile `t` is line `t / tilesPerLine`, lines image by image.
    var tileCount: Int { batch &* linesPerImage &* tilesPerLine }
    /// Multiply-adds ×2 of the 10 products over all tiles.
    var flops: Double { 2 * Double(tileCount) * Double(Winograd1D.points) * Double(inputChannels) * Double(outputChannels) }

    /// Floats from one input pixel to the next along the kernel's axis.
    var inputStep: Int { vertical ? inputWidth &* inputChannels : inputChannels }
    /// Floats from one output pixel to the next along the kernel's axis.
    var outputStep: Int { vertical ? outputWidth &* outputChannels : outputChannels }

    /// Tile `t`'s line as offsets in floats of its pixel 0 in the input and in the output, and
    /// the position along the axis of its first output.
    @inline(__always)
    func origin(ofTile t: Int) -> (input: Int, output: Int, position: Int) {
        let line = t / tilesPerLine, image = line / linesPerImage, across = line &- image &* linesPerImage
        let acrossInput = vertical ? inputChannels : inputWidth &* inputChannels
        let acrossOutput = vertical ? outputChannels : outputWidth &* outputChannels
        return (
            image &* inputHeight &* inputWidth &* inputChannels &+ across &* acrossInput,
            image &* outputHeight &* outputWidth &* outputChannels &+ across &* acrossOutput,
            (t &- line &* tilesPerLine) &* Winograd1D.block
        )
    }
}

extension Conv2DGeometry {
    /// The tiling of this 1×7 or 7×1 convolution's output, with its own padding.
    var winograd1DTiling: Winograd1DTiling {
        let vertical = kernelWidth == 1
        return Winograd1DTiling(
            batch: batch, inputHeight: inputHeight, inputWidth: inputWidth, inputChannels: inputChannels,
            outputHeight: outputHeight, outputWidth: outputWidth, outputChannels: outputChannels,
            vertical: vertical, padBefore: vertical ? padTop : padLeft)
    }
}
