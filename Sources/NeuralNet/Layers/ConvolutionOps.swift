import Tensors

/// The convolution and pooling ops the layers call, in one place.
enum ConvolutionOps {
    /// The convolution followed by `activation`; relu runs fused inside the kernel call, which
    /// saves a full-size activation tensor and its gradient.
    static func conv2d(
        _ input: Tensor, kernel: Tensor, bias: Tensor?, strides: (Int, Int), padding: Padding,
        activation: Activation
    ) throws -> Tensor {
        if activation == .relu {
            return try input.conv2d(kernel, bias: bias, strides: strides, padding: padding, activation: .relu)
        }
        return try activation.apply(try input.conv2d(kernel, bias: bias, strides: strides, padding: padding))
    }

    static func pool2d(_ input: Tensor, reduction: Pooling2D.Reduction, poolSize: (Int, Int), strides: (Int, Int), padding: Padding) throws -> Tensor {
        switch reduction {
        case .max: return try input.maxPool2d(poolSize: poolSize, strides: strides, padding: padding)
        case .average: return try input.avgPool2d(poolSize: poolSize, strides: strides, padding: padding)
        }
    }
}
