/// Winograd's minimal filtering F(4, 7) along one axis, for stride-1 1×7 and 7×1 convolutions
/// (InceptionV3's factorised 7×7 layers): each run of 4 outputs along the kernel's axis comes
/// from a 10-pixel input tile through 10 element-wise products in a transformed domain instead
/// of 28 multiply-adds, so the forward pass's sgemm work drops by 2.8× (on 7-pixel maps, whose
/// 7 outputs take two tiles with one output past the edge, by 49 / 20 = 2.45×).
///
/// The 10 products become 10 sgemm calls per chunk of tiles, one per point `ξ`:
/// `M[ξ] = V[ξ] · U[ξ]`, with `V[ξ]` the transformed input tiles (tiles × channels) and `U[ξ]`
/// the transformed filter (channels × filters).
///
/// Interpolation points: 0, ±1, ±2, ±1/2, ±3/2 and ∞. Of the sets tried against a float64
/// reference (channels 192, random filters, signed and non-negative inputs), ±3/2 as the last pair
/// gave the smallest float32 error: largest error 1.5e-5 of the output's largest magnitude (rms
/// 5e-6 of its rms), against 1.5e-6 for im2col; ±3 gave 2.8e-5, ±1/4 4.0e-5, ±4 3.9e-5. F(7, 7)
/// (13 points, one tile per 7-pixel line, 13 products instead of 20) was rejected: its best point
/// set measured 6.5e-5 to 1e-4.
///
/// Only the forward pass runs here: the gradients of these layers stay on im2col (frozen
/// InceptionV3 bases, the layers that have them, only run forward).
package enum Winograd1D {
    /// Outputs of one tile.
    static let block = 4
    /// Kernel taps along the axis.
    static let taps = 7
    /// Input pixels of one tile (the block plus the kernel's overlap), and its transformed points.
    static let points = 10

    /// Fewest outputs along the kernel's axis worth the transforms: a single output still takes
    /// a whole tile's 10 products instead of 7 multiply-adds.
    static let minimumLength = 2

    /// Whether `g` runs on these kernels: a 1×7 or 7×1 kernel, stride 1, channel counts in
    /// whole 8-float lanes and at least ``Winograd/minimumChannels`` each, and at least
    /// ``minimumLength`` outputs along the kernel's axis.
    package static func applies(to g: Conv2DGeometry) -> Bool {
        let horizontal = g.kernelHeight == 1 && g.kernelWidth == taps
        let vertical = g.kernelHeight == taps && g.kernelWidth == 1
        return (horizontal || vertical) && g.strideHeight == 1 && g.strideWidth == 1
            && g.inputChannels % 8 == 0 && g.outputChannels % 8 == 0
            && g.inputChannels >= Winograd.minimumChannels && g.outputChannels >= Winograd.minimumChannels
            && (horizontal ? g.outputWidth : g.outputHeight) >= minimumLength
    }

    /// Tiles per chunk for `inputChannels` in and `outputChannels` out: a chunk's transformed
    /// input and products fill about ``Winograd/chunkBytes``, as in the 2-D kernels.
    static func chunkTiles(inputChannels: Int, outputChannels: Int) -> Int {
        max(16, Winograd.chunkBytes / (points &* (inputChannels &+ outputChannels) &* MemoryLayout<Float>.stride))
    }
}
