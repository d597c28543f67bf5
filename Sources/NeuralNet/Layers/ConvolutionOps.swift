import Tensors

/// The convolution and pooling ops the layers call, in one place.
enum ConvolutionOps {
    static func conv2d(_ input: Tensor, kernel: Tensor, bias: Tensor?, strides: (Int, Int), padding: Padding) throws -> Tensor {
        throw NeuralNetError.notReady("conv2d is not available yet in Tensors.")
    }

    static func pool2d(_ input: Tensor, reduction: Pooling2D.Reduction, poolSize: (Int, Int), strides: (Int, Int), padding: Padding) throws -> Tensor {
        throw NeuralNetError.notReady("pooling is not available yet in Tensors.")
    }
}
