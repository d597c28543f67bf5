import Tensors

/// Keras' densely connected layer: `activation(x · kernel + bias)` on the last axis.
///
///     let layer = Dense(units: 10, activation: .softmax)
///     let probabilities = try layer(x)   // x (n, 128) → (n, 10); kernel (128, 10) built on first call
public final class Dense: Layer {
    /// The output size.
    public let units: Int
    /// The activation applied after the affine map.
    public let activation: Activation
    /// Whether the layer adds a bias.
    public let useBias: Bool
    /// The (inputs, units) weight matrix, once built.
    public private(set) var kernel: Tensor?
    /// The (units) bias, once built with `useBias`.
    public private(set) var bias: Tensor?
    /// How the kernel starts (Keras: Glorot uniform).
    public let kernelInitializer: Initializer
    /// How the bias starts (Keras: zeros).
    public let biasInitializer: Initializer

    /// A dense layer of `units` outputs; `inputShape` makes it the first layer of a model.
    public init(
        units: Int, activation: Activation = .linear, useBias: Bool = true,
        kernelInitializer: Initializer = .glorotUniform, biasInitializer: Initializer = .zeros,
        name: String? = nil, inputShape: [Int]? = nil
    ) throws {
        guard units > 0 else {
            throw NeuralNetError.invalidArgument(
                "Received an invalid value for `units`, expected a positive integer. Received: units=\(units). Give Dense the number of outputs, e.g. Dense(10).")
        }
        self.units = units
        self.activation = activation
        self.useBias = useBias
        self.kernelInitializer = kernelInitializer
        self.biasInitializer = biasInitializer
        super.init(name: name, inputShape: inputShape)
    }

    override public func build(inputShape: [Int]) throws {
        guard let inputs = inputShape.last, inputs > 0 else {
            throw NeuralNetError.invalidArgument(
                "Layer \"\(name)\" (Dense) needs inputs with a last axis, received shape \(ShapeText.batch(inputShape, batch: nil)). Give the model an input_shape such as (784,).")
        }
        kernel = try Initializers.make(kernelInitializer, [inputs, units])
        bias = useBias ? try Initializers.make(biasInitializer, [units]) : nil
        try super.build(inputShape: inputShape)
    }

    override public func call(_ input: Tensor, training: Bool) throws -> Tensor {
        activation == .relu ? try affine(input, activation: .relu) : try activation.apply(try affine(input))
    }

    /// `x · kernel + bias` (then ReLU when asked, in the same op), before any other activation:
    /// the logits `fit` hands to a cross-entropy loss.
    func affine(_ input: Tensor, activation: LinearActivation = .identity) throws -> Tensor {
        guard let kernel else { return input }
        if input.rank == 2 { return try input.linear(weight: kernel, bias: bias, activation: activation) }
        let inputs = input.shape.last ?? 0
        let flat = try input.reshaped(to: [-1, inputs]).linear(weight: kernel, bias: bias, activation: activation)
        return try flat.reshaped(to: Array(input.shape.dropLast()) + [units])
    }

    override public func outputShape(for inputShape: [Int]) throws -> [Int] {
        if let built = builtInputShape, built.last != inputShape.last {
            try checkCompatible(inputShape, built: built, batch: nil)
        }
        return Array(inputShape.dropLast()) + [units]
    }

    override public var weights: [Tensor] { [kernel, bias].compactMap { $0 } }
}
