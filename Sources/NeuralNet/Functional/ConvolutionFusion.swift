import Tensors

/// Keras' `conv2d_bn` block (a linear `Conv2D`, a `BatchNormalization`, a relu `Activation`)
/// found in a graph. When the normalization runs in inference mode (predicting, or frozen as a
/// pretrained base is), the block runs as one convolution: the normalization folded into the
/// kernel and bias, the relu fused, and two full-size passes over the activations saved.
struct ConvolutionFusion {
    let convolution: Conv2D
    let normalization: BatchNormalization
    /// The tensor the convolution reads.
    let input: SymbolicTensor
    /// The convolution's and the normalization's outputs, which a fused run never computes.
    let skipped: [ObjectIdentifier]

    /// The blocks of `nodes` whose intermediate tensors nothing else reads, by their relu's output.
    static func find(
        in nodes: [SymbolicTensor], readers: [ObjectIdentifier: Int],
        outputs: [SymbolicTensor]
    ) -> [ObjectIdentifier: ConvolutionFusion] {
        let returned = Set(outputs.map(ObjectIdentifier.init))
        func onlyFeeds(_ tensor: SymbolicTensor) -> Bool {
            readers[ObjectIdentifier(tensor)] == 1 && !returned.contains(ObjectIdentifier(tensor))
        }
        var found: [ObjectIdentifier: ConvolutionFusion] = [:]
        for tensor in nodes {
            guard let relu = tensor.layer as? ActivationLayer, relu.activation == .relu,
                let normalized = tensor.inputs.first, tensor.inputs.count == 1, onlyFeeds(normalized),
                let normalization = normalized.layer as? BatchNormalization,
                let convolved = normalized.inputs.first, normalized.inputs.count == 1, onlyFeeds(convolved),
                let convolution = convolved.layer as? Conv2D, convolution.activation == .linear,
                let input = convolved.inputs.first, convolved.inputs.count == 1
            else { continue }
            found[ObjectIdentifier(tensor)] = ConvolutionFusion(
                convolution: convolution, normalization: normalization, input: input,
                skipped: [ObjectIdentifier(convolved), ObjectIdentifier(normalized)])
        }
        return found
    }

    /// Whether the block can run fused in this pass.
    func applies(training: Bool) -> Bool {
        !normalization.runsInTrainingMode(training: training) && convolution.kernel != nil && normalization.isBuilt
    }

    /// The block's output on `x`: relu(conv(x, kernel · factor) + bias · factor + offset).
    func callAsFunction(_ x: Tensor) throws -> Tensor {
        guard let kernel = convolution.kernel else { return x }
        let (factor, offset) = try normalization.inferenceAffine()
        let bias = try convolution.bias.map { try $0 * factor + offset } ?? offset
        return try ConvolutionOps.conv2d(
            x, kernel: try kernel * factor, bias: bias, strides: convolution.strides,
            padding: convolution.padding, activation: .relu)
    }
}
