/// Winograd's minimal filtering F(2×2, 3×3) for stride-1 3×3 convolutions: each 2×2 block of
/// output pixels comes from a 4×4 input tile through 16 element-wise products in a transformed
/// domain instead of 36 multiply-adds, so the sgemm work of a pass drops by up to 2.25×
/// (Lavin & Gray, "Fast Algorithms for Convolutional Neural Networks", 2016).
///
/// The 16 products become 16 sgemm calls per chunk of tiles, one per point `ξ` of the 4×4
/// tile: `M[ξ] = V[ξ] · U[ξ]`, with `V[ξ]` the transformed input tiles (tiles × channels) and
/// `U[ξ]` the transformed filter (channels × filters). The transforms only add and halve, so
/// results match im2col within float rounding.
package enum Winograd {
    /// Points of one transformed tile (4×4).
    static let points = 16

    /// Fewest input or output channels worth the transforms: below this the 16 products are
    /// too thin for sgemm and im2col's longer inner dimension wins.
    package static let minimumChannels = 32

    /// Whether `g` runs on these kernels: 3×3 kernel, stride 1, and channel counts in whole
    /// 8-float lanes, at least ``minimumChannels`` each.
    package static func applies(to g: Conv2DGeometry) -> Bool {
        g.kernelHeight == 3 && g.kernelWidth == 3 && g.strideHeight == 1 && g.strideWidth == 1
            && g.inputChannels % 8 == 0 && g.outputChannels % 8 == 0
            && g.inputChannels >= minimumChannels && g.outputChannels >= minimumChannels
    }

    /// Target bytes of one chunk's transformed input and products (both kept for the 16 sgemm
    /// calls, which should find them in the core's L2 cache).
    static let chunkBytes = 768 << 10

    /// Tiles per chunk for `inputChannels` in and `outputChannels` out.
    static func chunkTiles(inputChannels: Int, outputChannels: Int) -> Int {
        max(16, chunkBytes / (points &* (inputChannels &+ outputChannels) &* MemoryLayout<Float>.stride))
    }
}

/// How a stride-1 3×3 convolution is cut into 2×2 output tiles: the sizes of the tensor the
/// tiles are read from and written to, and the zero padding before the first row and column.
///
/// Forward, the tiles read the input and write the output. The data gradient is the same
/// computation on the output gradient with the filter turned 180° and its channel axes swapped,
/// padded by `2 − pad` (``Conv2DGeometry/winogradDataGradientTiling``).
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

    /// Tile rows per image: output rows in pairs, the last one possibly half used.
    var tileRows: Int { (outputHeight &+ 1) / 2 }
    /// Tile columns per image.
    var tileColumns: Int { (outputWidth &+ 1) / 2 }
    var tilesPerImage: Int { tileRows &* tileColumns }
    /// Tiles over the whole batch; tile `t` is image `t / tilesPerImage`, row-major within it.
    var tileCount: Int { batch &* tilesPerImage }
    /// Multiply-adds ×2 of the 16 products over all tiles.
    var flops: Double { 2 * Double(tileCount) * Double(Winograd.points) * Double(inputChannels) * Double(outputChannels) }

    /// The image, first output row and first output column of tile `t`.
    @inline(__always)
    func origin(ofTile t: Int) -> (image: Int, row: Int, column: Int) {
        let image = t / tilesPerImage, within = t &- image &* tilesPerImage
        let tileRow = within / tileColumns
        return (image, tileRow &* 2, (within &- tileRow &* tileColumns) &* 2)
    }
}

extension Conv2DGeometry {
    /// Forward tiling: input to output, with the convolution's own padding.
    var winogradForwardTiling: WinogradTiling {
        WinogradTiling(
            batch: batch, inputHeight: inputHeight, inputWidth: inputWidth, inputChannels: inputChannels,
            outputHeight: outputHeight, outputWidth: outputWidth, outputChannels: outputChannels,
            padTop: padTop, padLeft: padLeft)
    }

    /// Data-gradient tiling: output gradient to input gradient, padded by `2 − pad` so that
    /// every input pixel meets all the output pixels whose windows covered it.
    var winogradDataGradientTiling: WinogradTiling {
        WinogradTiling(
            batch: batch, inputHeight: outputHeight, inputWidth: outputWidth, inputChannels: outputChannels,
            outputHeight: inputHeight, outputWidth: inputWidth, outputChannels: inputChannels,
            padTop: 2 &- padTop, padLeft: 2 &- padLeft)
    }
}
