import Tensors

/// Keras' 2-D convolution on NHWC images: `activation(conv(x, kernel) + bias)`.
///
///     let conv = try Conv2D(filters: 64, kernelSize: (3, 3), activation: .relu, inputShape: [28, 28, 1])
///     let features = try conv(images)   // (n, 28, 28, 1) → (n, 26, 26, 64); kernel (3, 3, 1, 64)
public final class Conv2D: Layer {
    /// The number of output channels.
    public let filters: Int
    /// The window's height and width.
    public let kernelSize: (Int, Int)
    /// The step between windows along height and width.
    public let strides: (Int, Int)
    /// `valid` (default) or `same`.
    public let padding: Padding
    /// The activation applied after the convolution.
    public let activation: Activation
    /// Whether the layer adds a bias per filter.
    public let useBias: Bool
    /// The (kh, kw, channels, filters) kernel, once built.
    public private(set) var kernel: Tensor?
    /// The (filters) bias, once built with `useBias`.
    public private(set) var bias: Tensor?
    /// How the kernel starts (Keras: Glorot uniform).
    public let kernelInitializer: Initializer
    /// How the bias starts (Keras: zeros).
    public let biasInitializer: Initializer

    /// A convolution with `filters` outputs and a `kernelSize` window.
    public init(
        filters: Int, kernelSize: (Int, Int), strides: (Int, Int) = (1, 1), padding: Padding = .valid,
        activation: Activation = .linear, useBias: Bool = true,
        kernelInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
        name: String? = nil, inputShape: [Int]? = nil
    ) throws {
        guard filters > 0, kernelSize.0 > 0, kernelSize.1 > 0, strides.0 > 0, strides.1 > 0 else {
            throw NeuralNetError.invalidArgument(
                "Conv2D needs positive filters, kernel_size and strides. Received: filters=\(filters), kernel_size=(\(kernelSize.0), \(kernelSize.1)), strides=(\(strides.0), \(strides.1)). Use e.g. Conv2D(64, (3,3))."
            )
        }
        self.filters = filters
        self.kernelSize = kernelSize
        self.strides = strides
        self.padding = padding
        self.activation = activation
        self.useBias = useBias
        self.kernelInitializer = kernelInitializer
        self.biasInitializer = biasInitializer
        super.init(name: name, inputShape: inputShape)
    }

    override public func build(inputShape: [Int]) throws {
        _ = try windowedOutputSize(layer: self, inputShape: inputShape, window: kernelSize, strides: strides, padding: padding)
        kernel = try Initializers.make(kernelInitializer, [kernelSize.0, kernelSize.1, inputShape[2], filters])
        bias = useBias ? try Initializers.make(biasInitializer, [filters]) : nil
        try super.build(inputShape: inputShape)
    }

    override public func call(_ input: Tensor, training: Bool) throws -> Tensor {
        guard let kernel else { return input }
        return try ConvolutionOps.conv2d(input, kernel: kernel, bias: bias, strides: strides, padding: padding, activation: activation)
    }

    override public func outputShape(for inputShape: [Int]) throws -> [Int] {
        let (height, width) = try windowedOutputSize(layer: self, inputShape: inputShape, window: kernelSize, strides: strides, padding: padding)
        if let built = builtInputShape, built.last != inputShape.last { try checkCompatible(inputShape, built: built, batch: nil) }
        return [height, width, filters]
    }

    override public var weights: [Tensor] { [kernel, bias].compactMap { $0 } }
}
