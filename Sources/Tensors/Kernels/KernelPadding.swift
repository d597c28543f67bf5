/// How a sliding window (convolution kernel or pooling window) treats the border,
/// with Keras/TensorFlow semantics.
///
///     KernelPadding.same   // output size ceil(input / stride); zero padding, extra row/column at the end
///     KernelPadding.valid  // output size floor((input - window) / stride) + 1; no padding
public enum KernelPadding: String, Sendable, Equatable, CaseIterable {
    /// No padding: windows lie entirely inside the input.
    case valid
    /// Pads so the output has `ceil(input / stride)` positions; TensorFlow puts the odd
    /// padding row or column at the bottom/right.
    case same
}

/// The placement of a window along one spatial axis: output length and padding before it.
package struct WindowAxis: Equatable, Sendable {
    /// Number of output positions.
    package let outputSize: Int
    /// Padding inserted before the first input element (top or left).
    package let paddingBefore: Int
    /// Padding inserted after the last input element (bottom or right).
    package let paddingAfter: Int

    /// Computes the axis placement for `inputSize` elements, window `windowSize` and `stride`.
    ///
    /// `axis` and `windowKind` only name things in error messages ("height", "kernel").
    package init(
        inputSize: Int, windowSize: Int, stride: Int, padding: KernelPadding,
        axis: String, windowKind: String
    ) throws {
        guard stride > 0 else {
            throw KernelConfigurationError(
                "stride along \(axis) must be a positive integer, received \(stride); use strides of 1 or more")
        }
        guard windowSize > 0 else {
            throw KernelConfigurationError(
                "\(windowKind) \(axis) must be a positive integer, received \(windowSize)")
        }
        guard inputSize > 0 else {
            throw KernelConfigurationError(
                "input \(axis) must be a positive integer, received \(inputSize)")
        }
        switch padding {
        case .valid:
            guard windowSize <= inputSize else {
                throw KernelConfigurationError(
                    "\(windowKind) \(axis) \(windowSize) is larger than the input \(axis) \(inputSize) "
                        + "with 'valid' padding; expected \(windowKind) \(axis) <= \(inputSize). "
                        + "Use a smaller \(windowKind), a larger input, or padding='same'")
            }
            outputSize = (inputSize - windowSize) / stride + 1
            paddingBefore = 0
            paddingAfter = 0
        case .same:
            outputSize = (inputSize + stride - 1) / stride
            let total = max((outputSize - 1) * stride + windowSize - inputSize, 0)
            paddingBefore = total / 2
            paddingAfter = total - total / 2
        }
    }
}
