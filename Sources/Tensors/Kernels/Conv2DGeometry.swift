/// The validated shapes of one 2-D convolution: NHWC input, `(KH, KW, C, F)` filter as Keras
/// stores it, strides and padding, with the derived output size and padding.
///
///     let g = try Conv2DGeometry(inputShape: [32, 28, 28, 1], filterShape: [3, 3, 1, 64], padding: .valid)
///     g.outputShape  // [32, 26, 26, 64]
package struct Conv2DGeometry: Equatable, Sendable {
    package let batch: Int
    package let inputHeight: Int
    package let inputWidth: Int
    package let inputChannels: Int
    package let kernelHeight: Int
    package let kernelWidth: Int
    package let outputChannels: Int
    package let strideHeight: Int
    package let strideWidth: Int
    package let padding: KernelPadding
    package let outputHeight: Int
    package let outputWidth: Int
    /// Rows of zero padding above the input (TensorFlow's `pad_total / 2`).
    package let padTop: Int
    /// Columns of zero padding left of the input.
    package let padLeft: Int

    /// Validates the shapes and derives the output size.
    ///
    /// Throws ``KernelConfigurationError`` for a rank other than 4, non-positive sizes or
    /// strides, a filter whose input channels differ from the input's, or a kernel larger than
    /// the input with `valid` padding.
    package init(
        inputShape: [Int], filterShape: [Int], strides: (Int, Int) = (1, 1), padding: KernelPadding
    ) throws {
        guard inputShape.count == 4 else {
            throw KernelConfigurationError(
                "conv2d expected a rank-4 input (batch, height, width, channels), received shape \(inputShape)")
        }
        guard filterShape.count == 4 else {
            throw KernelConfigurationError(
                "conv2d expected a rank-4 filter (kernel height, kernel width, in channels, filters), "
                    + "received shape \(filterShape)")
        }
        guard inputShape[0] > 0, inputShape[3] > 0 else {
            throw KernelConfigurationError(
                "conv2d expected a positive batch size and channel count, received input shape \(inputShape)")
        }
        guard filterShape[3] > 0 else {
            throw KernelConfigurationError(
                "conv2d expected a positive number of filters, received filter shape \(filterShape)")
        }
        guard filterShape[2] == inputShape[3] else {
            throw KernelConfigurationError(
                "conv2d filter expects \(filterShape[2]) input channels, but the input has \(inputShape[3]) "
                    + "(input shape \(inputShape), filter shape \(filterShape)); "
                    + "the filter's third axis must equal the input's last axis")
        }
        let rows = try WindowAxis(
            inputSize: inputShape[1], windowSize: filterShape[0], stride: strides.0, padding: padding,
            axis: "height", windowKind: "kernel")
        let columns = try WindowAxis(
            inputSize: inputShape[2], windowSize: filterShape[1], stride: strides.1, padding: padding,
            axis: "width", windowKind: "kernel")
        batch = inputShape[0]
        inputHeight = inputShape[1]
        inputWidth = inputShape[2]
        inputChannels = inputShape[3]
        kernelHeight = filterShape[0]
        kernelWidth = filterShape[1]
        outputChannels = filterShape[3]
        strideHeight = strides.0
        strideWidth = strides.1
        self.padding = padding
        outputHeight = rows.outputSize
        outputWidth = columns.outputSize
        padTop = rows.paddingBefore
        padLeft = columns.paddingBefore
    }

    /// `[N, H, W, C]`.
    package var inputShape: [Int] { [batch, inputHeight, inputWidth, inputChannels] }
    /// `[KH, KW, C, F]`.
    package var filterShape: [Int] { [kernelHeight, kernelWidth, inputChannels, outputChannels] }
    /// `[N, OH, OW, F]`.
    package var outputShape: [Int] { [batch, outputHeight, outputWidth, outputChannels] }

    package var inputCount: Int { batch * inputHeight * inputWidth * inputChannels }
    package var filterCount: Int { kernelHeight * kernelWidth * inputChannels * outputChannels }
    package var outputCount: Int { batch * outputHeight * outputWidth * outputChannels }

    /// Rows of the im2col matrix: one per output pixel, `N·OH·OW`.
    package var patchCount: Int { batch * outputHeight * outputWidth }
    /// Columns of the im2col matrix: one per filter tap, `KH·KW·C`.
    package var patchSize: Int { kernelHeight * kernelWidth * inputChannels }
    /// Multiply-adds ×2 of one pass (forward, backward-filter or backward-data).
    package var flopsPerPass: Double { 2 * Double(patchCount) * Double(patchSize) * Double(outputChannels) }

    /// True when the im2col matrix is the input itself (1×1 kernel, stride 1), so no copy is needed.
    package var isPointwise: Bool {
        kernelHeight == 1 && kernelWidth == 1 && strideHeight == 1 && strideWidth == 1
    }

    /// The output columns whose windows lie wholly inside the input (no padding taps).
    package var interiorOutputColumns: Range<Int> {
        let first = (padLeft &+ strideWidth &- 1) / strideWidth
        let last = (inputWidth &- kernelWidth &+ padLeft) / strideWidth
        return first..<max(first, min(last &+ 1, outputWidth))
    }

    /// Whether the windows of output row `oh` lie wholly inside the input rows.
    package func isInteriorOutputRow(_ oh: Int) -> Bool {
        let top = oh &* strideHeight &- padTop
        return top >= 0 && top &+ kernelHeight <= inputHeight
    }

    /// Throws unless a bias of `count` values fits this convolution's `F` filters.
    package func validateBias(count: Int) throws {
        guard count == outputChannels else {
            throw KernelConfigurationError(
                "conv2d bias expected \(outputChannels) values (one per filter), received \(count)")
        }
    }
}
