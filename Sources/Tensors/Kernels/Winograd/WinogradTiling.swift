/// Winograd's minimal filtering for stride-1 convolutions: each block of output pixels comes
/// from a 6×6 input tile through 36 element-wise products in a transformed domain, F(4×4, 3×3)
/// for 3×3 kernels (36 products instead of 144 multiply-adds) and F(2×2, 5×5) for the forward
/// of 5×5 ones (36 instead of 100), so the sgemm work of a pass drops by up to 4× or 2.8×
/// (Lavin & Gray, "Fast Algorithms for Convolutional Neural Networks", 2016).
///
/// The 36 products become 36 sgemm calls per chunk of tiles, one per point `ξ` of the 6×6
/// tile: `M[ξ] = V[ξ] · U[ξ]`, with `V[ξ]` the transformed input tiles (tiles × channels) and
/// `U[ξ]` the transformed filter (channels × filters). The transforms' small integer and
/// fractional constants keep results within about 1e-5 of im2col's, relative to the output's
/// scale; F(2×2, 5×5)'s worst float32 error is no larger than F(4×4, 3×3)'s (3.6e-6 and 4.3e-6
/// of the largest output on InceptionV3's 48 → 64-channel layer, im2col's 4e-7:
/// `winogradFiveByFiveFloat32ErrorIsSmall`).
package enum Winograd {
    /// Side of one input tile (the block plus the kernel's overlap).
    static let window = 6
    /// Points of one transformed tile (6×6).
    static let points = 36
    /// Pixels of the largest output block (F(4×4, 3×3)'s 4×4).
    static let largestBlockPixels = 16

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

    /// Whether the forward of `g` runs on ``winogradConv2DForward`` by F(2×2, 5×5): as
    /// ``applies(to:)`` with a 5×5 kernel. Its gradients stay on im2col, but for a 'same'
    /// convolution the data gradient is itself such a forward (see ``fiveByFiveDataGradientGeometry(_:)``).
    package static func appliesFiveByFive(to g: Conv2DGeometry) -> Bool {
        g.kernelHeight == 5 && g.kernelWidth == 5 && g.strideHeight == 1 && g.strideWidth == 1
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

/// How a stride-1 convolution is cut into output blocks (4×4 for 3×3 kernels, 2×2 for 5×5):
/// the sizes of the tensor the tiles are read from and written to, and the zero padding before
/// the first row and column.
///
/// All three passes use the forward's tiles: the forward reads input windows and writes output
/// blocks, the gradients read output-gradient blocks and add into input windows or the filter.
struct WinogradTiling {
    let variant: WinogradVariant
    let batch: Int
    let inputHeight: Int
    let inputWidth: Int
    let inputChannels: Int
    let outputHeight: Int
    let outputWidth: Int
    let outputChannels: Int
    let padTop: Int
    let padLeft: Int

    /// Side of one output block.
    var block: Int { variant.block }
    /// Tile rows per image: output rows in blocks, the last block possibly partly used.
    var tileRows: Int { (outputHeight &+ block &- 1) / block }
    /// Tile columns per image.
    var tileColumns: Int { (outputWidth &+ block &- 1) / block }
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
        return (image, tileRow &* block, (within &- tileRow &* tileColumns) &* block)
    }
}

extension Conv2DGeometry {
    /// The tiling of this convolution's output, with its own padding; the kernel must be 3×3 or 5×5.
    var winogradForwardTiling: WinogradTiling {
        guard let variant = WinogradVariant(kernel: kernelHeight) else { preconditionFailure("no Winograd variant for a \(kernelHeight)×\(kernelWidth) kernel") }
        return WinogradTiling(
            variant: variant, batch: batch, inputHeight: inputHeight, inputWidth: inputWidth, inputChannels: inputChannels,
            outputHeight: outputHeight, outputWidth: outputWidth, outputChannels: outputChannels,
            padTop: padTop, padLeft: padLeft)
    }
}
