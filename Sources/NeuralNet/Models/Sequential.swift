import Tensors

/// Keras' `Sequential`: a stack of layers, each feeding the next.
///
///     let model = Sequential([try Dense(units: 1, inputShape: [1])])
///     model.add(try Dense(units: 1))
///     model.layers.map(\.name)   // ["dense", "dense_1"]
public final class Sequential: Model {
    private var stack: [Layer]
    /// The symbolic input and output of the chain, made on first request after each change.
    private var symbolic: (input: SymbolicTensor, output: SymbolicTensor)?

    /// A model of `layers`; when the first declares `inputShape`, the model is built at once, as Keras does.
    public init(_ layers: [Layer] = [], name: String? = nil) throws {
        stack = []
        super.init(name: name, defaultNameBase: "sequential")
        for layer in layers { try add(layer) }
    }

    override public var layers: [Layer] { stack }

    /// The symbolic input (Keras' `model.inputs`), once the input shape is known; calling it
    /// records each layer's `output` for feature-map models.
    override public var inputs: [SymbolicTensor] { (try? symbolicChain()).map { [$0.input] } ?? [] }

    /// The symbolic output of the last layer, once the input shape is known.
    override public var outputs: [SymbolicTensor] { (try? symbolicChain()).map { [$0.output] } ?? [] }

    private func symbolicChain() throws -> (input: SymbolicTensor, output: SymbolicTensor)? {
        if let symbolic { return symbolic }
        guard let shape = inputShape, isBuilt else { return nil }
        let input = try Input(shape: shape)
        var current = input
        for layer in stack { current = try layer(current) }
        symbolic = (input, current)
        return symbolic
    }

    /// Appends `layer`; a first layer with a declared input shape builds the model.
    public func add(_ layer: Layer) throws {
        if stack.contains(where: { $0 === layer }) {
            throw NeuralNetError.invalidArgument("The layer \"\(layer.name)\" is already in the model. Create a new layer object for each position, e.g. Dense(10) twice.")
        }
        if let declared = layer.declaredInputShape, !stack.isEmpty {
            if let current = outputShape, current != declared {
                throw NeuralNetError.invalidArgument(
                    "Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected shape=\(ShapeText.batch(declared, batch: nil)), found shape=\(ShapeText.batch(current, batch: nil)). Only the first layer needs input_shape; remove it from \"\(layer.name)\"."
                )
            }
        }
        stack.append(layer)
        symbolic = nil
        if stack.count == 1, let declared = layer.declaredInputShape {
            try build(inputShape: declared)
        } else if let shape = inputShape {
            try build(inputShape: shape)
        }
    }

    /// Removes and returns the last layer (Keras' `pop`).
    @discardableResult
    public func pop() throws -> Layer {
        guard let last = stack.popLast() else {
            throw NeuralNetError.invalidArgument("There are no layers in the model. Add layers before removing one.")
        }
        layerOutputShapes = Array(layerOutputShapes.prefix(stack.count))
        symbolic = nil
        return last
    }

    override public func call(_ input: Tensor, training: Bool) throws -> Tensor {
        var current = input
        for layer in stack { current = try layer(current, training: training) }
        return current
    }

    override func callForLoss(_ input: Tensor, activation: Activation, training: Bool) throws -> (output: Tensor, logits: Tensor?) {
        guard let last = stack.last as? Dense, last.activation == activation, last.isBuilt else {
            return (try call(input, training: training), nil)
        }
        var current = input
        for layer in stack.dropLast() { current = try layer(current, training: training) }
        let logits = try last.affine(current)
        return (try Tensor.withoutGradients { try activation.apply(logits) }, logits)
    }
}
