/// Which kernels run a convolution, chosen from its geometry alone: the thin SIMD kernels for
/// short patches (first layers), Winograd F(4×4, 3×3) for 3×3 stride-1 layers with enough
/// channels and F(2×2, 5×5) for 5×5 ones, im2col with sgemm for everything else.
package enum ConvolutionAlgorithm: Sendable {
    /// ``thinConv2DForward`` and ``thinConv2DBackwardFilter``; im2col for the data gradient.
    case thin
    /// ``winogradConv2DForward``, ``winogradConv2DBackwardData`` and ``winogradConv2DBackwardFilter``.
    case winograd
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
        } else if Winograd.appliesFiveByFive(to: g) {
            self = .winogradFiveByFive
        } else {
            self = .im2col
        }
    }
}
