import Tensors

/// The convolution and pooling ops the layers call, in one place.
enum ConvolutionOps {
    static func conv2d(_ input: Tensor, kernel: Tensor, bias: Tensor?, strides: (Int, Int), padding: Padding) throws -> Tensor {
        try input.conv2d(kernel, bias: bias, strides: strides, padding: padding)
    }

    static func pool2d(_ input: Tensor, reduction: Pooling2D.Reduction, poolSize: (Int, Int), strides: (Int, Int), padding: Padding) throws -> Tensor {
        switch reduction {
        case .max: return try input.maxPool2d(poolSize: poolSize, strides: strides, padding: padding)
        case .average: return try input.avgPool2d(poolSize: poolSize, strides: strides, padding: padding)
        }
    }
}
