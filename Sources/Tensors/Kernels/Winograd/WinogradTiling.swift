/// Winograd's minimal filtering F(4×4, 3×3) for stride-1 3×3 convolutions: each 4×4 block of
/// output pixels comes from a 6×6 input tile through 36 element-wise products in a transformed
/// domain instead of 144 multiply-adds, so the sgemm work of a pass drops by up to 4×
/// (Lavin & Gray, "Fast Algorithms for Convolutional Neural Networks", 2016).
///
/// The 36 products become 36 sgemm calls per chunk of tiles, one per point `ξ` of the 6×6
/// tile: `M[ξ] = V[ξ] · U[ξ]`, with `V[ξ]` the transformed input tiles (tiles × channels) and
/// `U[ξ]` the transformed filter (channels × filters). The transforms' small integer and
/// fractional constants keep results within about 1e-5 of im2col's, relative to the output's scale.
package enum Winograd {
    /// Side of one output block.
    static let block = 4
    /// Side of one input tile (the block plus the kernel's overlap).
    static let window = 6
    /// Points of one transformed tile (6×6).
    static let points = 36

    /// Fewest input or output channels worth the transforms: below this the 36 products are
    /// too thin for sgemm and im2col's longer inner dimension wins.
    package static let minimumChannels = 16

    /// Whether `g` runs on these kernels: 3×3 kernel, stride 1, and channel counts in whole
    /// 8-float lanes, at least ``minimumChannels`` each.
    package static func applies(to g: Conv2DGeometry) -> Bool {
        g.kernelHeight == 3 && g.kernelWidth == 3 && g.strideHeight == 1 && g.strideWidth == 1
            && g.inputChannels % 8 == 0 && g.outputChannels % 8 == 0
            && g.inputChannels >= minimumChannels && g.outputChannels >= minimumChannels
    }

    /// Target bytes of one chunk's transformed input and products, which the 36 sgemm calls
    /// read and write: about the core's L2 cache, since larger chunks also mean fewer calls, each
    /// repacking its filter matrix (measured best for the seed CNN's 13×13×64 layer).
    static let chunkBytes = 1536 << 10

    /// Floats from one point's matrix to the next for matrices of `count` floats: 16 more, so that
    /// the 36 streams a transform reads or writes do not fall into the same L1 cache set (their
    /// sizes are often multiples of 4 KB, such as 64 × 64 filters).
    static func pointStride(_ count: Int) -> Int { count &+ 16 }

    /// Tiles per chunk for `inputChannels` in and `outputChannels` out.
    static func chunkTiles(inputChannels: Int, outputChannels: Int) -> Int {
        max(16, chunkBytes / (points &* (inputChannels &+ outputChannels) &* MemoryLayout<Float>.stride))
    }
}

/// How a stride-1 3×3 convolution is cut into 4×4 output blocks: the sizes of the tensor the
/// tiles are read from and written to, and the zero padding before the first row and column.
///
/// All three passes use the forward's tiles: the forward reads input windows and writes output
/// blocks, the gradients read output-gradient blocks and add into input windows or the filter.
struct WinogradTiling {
    let batch: Int
    let inputHeight: Int
    let inputWidth: Int
    let inputChannels: Int
    let outputHeight: Int
    let outputWidth: Int
    let outputChannels: Int
    let padTop: Int
    let padLeft: Int

    /// Tile rows per image: output rows in fours, the last block possibly partly used.
    var tileRows: Int { (outputHeight &+ 3) / 4 }
    /// Tile columns per image.
    var tileColumns: Int { (outputWidth &+ 3) / 4 }
    var tilesPerImage: Int { tileRows &* tileColumns }
    /// Tiles over the whole batch; tile `t` is image `t / tilesPerImage`, row-major within it.
    var tileCount: Int { batch &* tilesPerImage }
    /// Multiply-adds ×2 of the 36 products over all tiles.
    var flops: Double { 2 * Double(tileCount) * Double(Winograd.points) * Double(inputChannels) * Double(outputChannels) }

    /// The image, first output row and first output column of tile `t`.
    @inline(__always)
    func origin(ofTile t: Int) -> (image: Int, row: Int, column: Int) {
        let image = t / tilesPerImage, within = t &- image &* tilesPerImage
        let tileRow = within / tileColumns
        return (image, tileRow &* 4, (within &- tileRow &* tileColumns) &* 4)
    }
}

extension Conv2DGeometry {
    /// The tiling of this convolution's output, with its own padding.
    var winogradForwardTiling: WinogradTiling {
        WinogradTiling(
            batch: batch, inputHeight: inputHeight, inputWidth: inputWidth, inputChannels: inputChannels,
            outputHeight: outputHeight, outputWidth: outputWidth, outputChannels: outputChannels,
            padTop: padTop, padLeft: padLeft)
    }
}
