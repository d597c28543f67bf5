/// Which kernels run a convolution, chosen from its geometry alone: the thin SIMD kernels for
/// short patches (first layers), Winograd F(4×4, 3×3) for 3×3 stride-1 layers with enough
/// channels, Winograd F(4, 7) for the forward pass of 1×7 and 7×1 stride-1 layers with enough
/// channels, F(2×2, 5×5) for 5×5 stride-1 ones, im2col with sgemm for everything else.
package enum ConvolutionAlgorithm: Sendable {
    /// ``thinConv2DForward`` and ``thinConv2DBackwardFilter``; im2col for the data gradient.
    case thin
    /// ``winogradConv2DForward``, ``winogradConv2DBackwardData`` and ``winogradConv2DBackwardFilter``.
    case winograd
    /// ``winograd1DConv2DForward``; im2col for both gradients (the layers that take it, InceptionV3's
    /// factorised 7×7 ones, are mostly frozen and so run forward only).
    case winograd1D
    /// ``winogradConv2DForward`` by F(2×2, 5×5); ``winogradFiveByFiveBackwardData`` for the data
    /// gradient of 'same' layers, im2col for the other gradients.
    case winogradFiveByFive
    /// ``conv2DForward``, ``conv2DBackwardData`` and ``conv2DBackwardFilter``.
    case im2col

    /// The algorithm for `g`.
    package init(_ g: Conv2DGeometry) {
        if ThinConv2D.applies(to: g) {
            self = .thin
        } else if Winograd.applies(to: g) {
            self = .winograd
        } else if Winograd1D.applies(to: g) {
            self = .winograd1D
        } else if Winograd.appliesFiveByFive(to: g) {
            self = .winogradFiveByFive
        } else {
            self = .im2col
        }
    }
}
