import Tensors

/// A placeholder for a batch flowing through a graph of layers (Keras' `KerasTensor`): its
/// per-sample shape and the layer call that produces it. Calling a layer on one records the
/// call and returns the next; `Model(inputs:outputs:)` runs the recorded graph on real tensors.
///
///     let input = Input(shape: [28, 28, 1])
///     let x = try Flatten()(input)
///     let output = try Dense(units: 10, activation: .softmax)(x)   // shape [10]
public final class SymbolicTensor {
    /// The per-sample shape (without the batch axis).
    public let shape: [Int]
    /// The layer whose call produces this tensor (an `InputLayer` for a model input).
    public let layer: Layer
    /// The tensors the layer was called on; empty for an input.
    public let inputs: [SymbolicTensor]
    /// Keras' automatic name, `keras_tensor`, `keras_tensor_1`, …
    public let name: String

    init(shape: [Int], layer: Layer, inputs: [SymbolicTensor]) {
        self.shape = shape
        self.layer = layer
        self.inputs = inputs
        self.name = LayerNames.unique("keras_tensor")
    }

    /// Whether this tensor is a graph input (made by `Input`).
    public var isInput: Bool { layer is InputLayer }
}

/// Keras' `InputLayer`: the layer behind `Input(shape:)`, with no weights; its output is the batch itself.
public final class InputLayer: Layer {
    /// Keras names these `input_layer`, `input_layer_1`, …
    public init(shape: [Int], name: String? = nil) throws {
        guard shape.allSatisfy({ $0 > 0 }) else {
            throw NeuralNetError.invalidArgument(
                "Input shape must contain only positive sizes (the batch axis is left out). Received: shape=\(ShapeText.tuple(shape)). Use e.g. Input(shape=(150, 150, 3)).")
        }
        super.init(name: name ?? LayerNames.unique("input_layer"), inputShape: shape)
        try build(inputShape: shape)
        builtOutputShape = shape
    }
}

/// A graph input of per-sample `shape` (Keras' `keras.Input`), to call layers on.
///
///     let images = try Input(shape: [150, 150, 3])
///     let features = try Conv2D(filters: 32, kernelSize: (3, 3))(images)
public func Input(shape: [Int], name: String? = nil) throws -> SymbolicTensor {
    let layer = try InputLayer(shape: shape, name: name)
    let tensor = SymbolicTensor(shape: shape, layer: layer, inputs: [])
    layer.recordOutput(tensor)
    return tensor
}
