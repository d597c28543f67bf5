/// The validated shapes of one 2-D pooling: NHWC input, window, strides and padding, with the
/// derived output size. Strides default to the pool size, as in Keras.
///
///     let g = try Pool2DGeometry(inputShape: [32, 26, 26, 64], poolSize: (2, 2), padding: .valid)
///     g.outputShape  // [32, 13, 13, 64]
package struct Pool2DGeometry: Equatable, Sendable {
    package let batch: Int
    package let inputHeight: Int
    package let inputWidth: Int
    package let channels: Int
    package let poolHeight: Int
    package let poolWidth: Int
    package let strideHeight: Int
    package let strideWidth: Int
    package let padding: KernelPadding
    package let outputHeight: Int
    package let outputWidth: Int
    /// Rows of padding above the input (never part of a maximum or an average).
    package let padTop: Int
    /// Columns of padding left of the input.
    package let padLeft: Int

    /// Validates the shapes and derives the output size; `strides` nil means `poolSize`.
    ///
    /// Throws ``KernelConfigurationError`` for a rank other than 4, non-positive sizes or
    /// strides, or a window larger than the input with `valid` padding.
    package init(inputShape: [Int], poolSize: (Int, Int), strides: (Int, Int)? = nil, padding: KernelPadding) throws {
        guard inputShape.count == 4 else {
            throw KernelConfigurationError(
                "pooling expected a rank-4 input (batch, height, width, channels), received shape \(inputShape)")
        }
        guard inputShape[0] > 0, inputShape[3] > 0 else {
            throw KernelConfigurationError(
                "pooling expected a positive batch size and channel count, received input shape \(inputShape)")
        }
        let strides = strides ?? poolSize
        let rows = try WindowAxis(
            inputSize: inputShape[1], windowSize: poolSize.0, stride: strides.0, padding: padding,
            axis: "height", windowKind: "pool")
        let columns = try WindowAxis(
            inputSize: inputShape[2], windowSize: poolSize.1, stride: strides.1, padding: padding,
            axis: "width", windowKind: "pool")
        batch = inputShape[0]
        inputHeight = inputShape[1]
        inputWidth = inputShape[2]
        channels = inputShape[3]
        poolHeight = poolSize.0
        poolWidth = poolSize.1
        strideHeight = strides.0
        strideWidth = strides.1
        self.padding = padding
        outputHeight = rows.outputSize
        outputWidth = columns.outputSize
        padTop = rows.paddingBefore
        padLeft = columns.paddingBefore
    }

    /// `[N, H, W, C]`.
    package var inputShape: [Int] { [batch, inputHeight, inputWidth, channels] }
    /// `[N, OH, OW, C]`.
    package var outputShape: [Int] { [batch, outputHeight, outputWidth, channels] }
    package var inputCount: Int { batch * inputHeight * inputWidth * channels }
    package var outputCount: Int { batch * outputHeight * outputWidth * channels }

    /// The input rows `ih` and columns `iw` that the window of output `(oh, ow)` covers,
    /// clipped to the input (padding taps are left out).
    @inline(__always)
    package func window(outputRow oh: Int, outputColumn ow: Int) -> (rows: Range<Int>, columns: Range<Int>) {
        let top = oh &* strideHeight &- padTop, left = ow &* strideWidth &- padLeft
        return (max(top, 0)..<min(top &+ poolHeight, inputHeight), max(left, 0)..<min(left &+ poolWidth, inputWidth))
    }

    /// True when no input lies in two windows (stride ≥ pool size on both axes).
    package var windowsAreDisjoint: Bool { strideHeight >= poolHeight && strideWidth >= poolWidth }

    /// True when every input lies in exactly one window: stride = pool size, and with `valid`
    /// padding the windows reach the last row and column (with `same` they always do).
    package var windowsCoverEachInputOnce: Bool {
        strideHeight == poolHeight && strideWidth == poolWidth
            && (padding == .same || (inputHeight % poolHeight == 0 && inputWidth % poolWidth == 0))
    }

    /// Parts for a pass over this pooling: several only when the data is large enough to pay.
    package func parts(units: Int) -> Int {
        inputCount < 1 << 16 || KernelThreads.workerCount == 1
            ? 1 : max(1, min(KernelThreads.workerCount &* KernelThreads.partsPerWorker, units))
    }
}
