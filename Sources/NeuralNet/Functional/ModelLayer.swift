import Tensors

/// A functional model used as one layer of another, as Keras does when a model is called on a
/// symbolic tensor (`x = base(inputs, training=False)`): its forward pass is the model's, its
/// weights are the model's, and `fit` updates those of its trainable layers (none once
/// `base.trainable = False`).
///
///     let base = try Applications.courseBase(inputShape: [150, 150, 3])
///     base.isTrainable = false
///     let input = try Input(shape: [150, 150, 3])
///     let features = try ModelLayer(base)(input)          // shape [7, 7, 320]
public final class ModelLayer: Layer {
    /// The model this layer runs.
    public let model: Model

    /// The layer of `model`, named like it; throws for a model of several inputs or outputs.
    public init(_ model: Model) throws {
        guard model.inputs.count == 1, model.outputs.count == 1 else {
            throw NeuralNetError.invalidArgument(
                "Model \"\(model.name)\" has \(model.inputs.count) inputs and \(model.outputs.count) outputs; only a model of one input and one output can be called as a layer here. Use its layers' outputs instead (model.get_layer(name).output)."
            )
        }
        self.model = model
        super.init(name: model.name)
    }

    /// Keras' class name of a functional model.
    override public class var typeName: String { "Functional" }

    override public func outputShape(for inputShape: [Int]) throws -> [Int] {
        guard let expected = model.inputs.first?.shape, let output = model.outputs.first?.shape else { return inputShape }
        guard inputShape == expected else {
            throw NeuralNetError.invalidArgument(
                "Input 0 of model \"\(model.name)\" is incompatible: expected shape=\(ShapeText.batch(expected, batch: nil)), found shape=\(ShapeText.batch(inputShape, batch: nil)). Call it on a tensor of shape \(ShapeText.tuple(expected)) per sample."
            )
        }
        return output
    }

    override public func call(_ input: Tensor, training: Bool) throws -> Tensor {
        try model.call(input, training: training)
    }

    override public var weights: [Tensor] { model.weights }

    override public var weightNames: [String] {
        model.layers.flatMap { layer in layer.weightNames.map { "\(layer.name)/\($0)" } }
    }

    /// The weights of the model's trainable layers (its frozen layers stay frozen).
    override public var learnedWeights: [Tensor] { model.trainableWeights }
}
