/// Gradient of a 5×5 stride-1 'same' convolution with respect to its input, by F(2×2, 5×5):
/// that gradient is itself a 5×5 stride-1 'same' convolution of the output gradient, with the
/// filter turned by 180° and its channel axes swapped, so it runs on ``winogradConv2DForward``.
/// Same contract as ``conv2DBackwardData`` (a relu's mask, if any, already applied to the gradient).
///
///     let g = try Conv2DGeometry(inputShape: [20, 16, 16, 48], filterShape: [5, 5, 48, 64], padding: .same)
///     winogradFiveByFiveBackwardData(g, outputGradient: dy, filter: w, inputGradient: dx)
package func winogradFiveByFiveBackwardData(
    _ g: Conv2DGeometry, outputGradient: UnsafePointer<Float>, filter: UnsafePointer<Float>,
    inputGradient: UnsafeMutablePointer<Float>
) {
    guard let turned = Winograd.fiveByFiveDataGradientGeometry(g) else {
        preconditionFailure("winogradFiveByFiveBackwardData called for a geometry it does not take")
    }
    let c = g.inputChannels, f = g.outputChannels, taps = g.kernelHeight &* g.kernelWidth
    let turnedFilter = KernelScratch(floats: g.filterCount)
    defer { turnedFilter.release() }
    for tap in 0..<taps {
        let source = filter + tap &* c &* f, destination = turnedFilter.floats + (taps &- 1 &- tap) &* f &* c
        for i in 0..<c {
            for o in 0..<f { destination[o &* c &+ i] = source[i &* f &+ o] }
        }
    }
    winogradConv2DForward(
        turned, input: outputGradient, filter: turnedFilter.floats, bias: nil, relu: false, output: inputGradient)
}

extension Winograd {
    /// The convolution that computes the data gradient of `g` as a forward: the output gradient
    /// in, the turned filter (`F` in, `C` out), 'same' padding; nil unless `g` is a 5×5 'same'
    /// convolution on F(2×2, 5×5), whose padding (two rows and columns each side) the turned
    /// convolution repeats.
    package static func fiveByFiveDataGradientGeometry(_ g: Conv2DGeometry) -> Conv2DGeometry? {
        guard appliesFiveByFive(to: g), g.padding == .same else { return nil }
        return try? Conv2DGeometry(
            inputShape: g.outputShape, filterShape: [g.kernelHeight, g.kernelWidth, g.outputChannels, g.inputChannels],
            padding: .same)
    }
}
