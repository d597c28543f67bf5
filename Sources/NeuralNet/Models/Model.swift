import Tensors

/// Keras' model: layers, a forward pass, and (in extensions) `compile`, `fit`, `evaluate`,
/// `predict`, `summary` and weights. `Model(inputs:outputs:)` runs a graph of layer calls
/// (Keras' functional API); `Sequential` is the special case of a chain it builds as layers are added.
///
///     let input = try Input(shape: [28, 28])
///     let output = try Dense(units: 10, activation: .softmax)(try Flatten()(input))
///     let model = try Model(inputs: input, outputs: output)
///     try model.compile(optimizer: Adam(), loss: .sparseCategoricalCrossentropy, metrics: ["accuracy"])
///     let history = try model.fit(x, y, epochs: 5)
open class Model {
    /// The model's name, unique per process (`sequential`, `sequential_1`, …) unless given.
    public let name: String
    /// Set to true (typically from a callback) to end `fit` after the current batch.
    public var stopTraining = false
    /// The per-sample input shape, once known (declared on the first layer or seen in data).
    public internal(set) var inputShape: [Int]?
    /// Each layer's per-sample output shape, once built.
    public internal(set) var layerOutputShapes: [[Int]] = []
    /// The flag that stops `fit`, `evaluate` and `predict` between batches; the global one by default.
    public var interruptFlag: InterruptFlag = trainingInterrupt
    /// The optimizer, loss and metric names given to `compile`.
    public internal(set) var compiled: CompileConfiguration?

    /// The graph of a functional model; nil for a `Sequential` one.
    let graph: FunctionalGraph?

    /// A model named `name`, or `defaultNameBase` numbered like Keras (`sequential_1`).
    public init(name: String? = nil, defaultNameBase: String) {
        self.name = name ?? LayerNames.unique(defaultNameBase)
        graph = nil
    }

    /// The functional model computing `outputs` from `inputs` (Keras' `Model(inputs, outputs)`),
    /// named `functional`, `functional_1`, … unless given; throws when an output does not depend
    /// on the inputs alone ("Graph disconnected").
    public init(inputs: [SymbolicTensor], outputs: [SymbolicTensor], name: String? = nil) throws {
        let graph = try FunctionalGraph(inputs: inputs, outputs: outputs)
        self.graph = graph
        self.name = name ?? LayerNames.unique("functional")
        inputShape = inputs[0].shape
        layerOutputShapes = graph.layers.map { $0.builtOutputShape ?? [] }
    }

    /// A functional model of one input and one output.
    public convenience init(inputs: SymbolicTensor, outputs: SymbolicTensor, name: String? = nil) throws {
        try self.init(inputs: [inputs], outputs: [outputs], name: name)
    }

    /// The layers, in order (Keras' `model.layers`); a functional model's include its `InputLayer`s.
    open var layers: [Layer] { graph?.layers ?? [] }

    /// The symbolic inputs (Keras' `model.inputs`).
    open var inputs: [SymbolicTensor] { graph?.inputs ?? [] }

    /// The symbolic outputs (Keras' `model.outputs`).
    open var outputs: [SymbolicTensor] { graph?.outputs ?? [] }

    /// Whether this is a functional model of more than one input or output, which trains on
    /// lists of arrays (Keras' multi-input, multi-output models).
    public var hasSeveralInputsOrOutputs: Bool { graph != nil && (inputs.count > 1 || outputs.count > 1) }

    /// The outputs' names, from the layers that make them (Keras' `model.output_names`).
    public var outputNames: [String] {
        graph != nil ? outputs.map(\.layer.name) : [layers.last?.name ?? name]
    }

    /// The inputs' names, from their `Input` layers (the keys of a dict of input arrays).
    public var inputNames: [String] { inputs.map(\.layer.name) }

    /// The per-sample shape of each output, once known.
    var outputShapes: [[Int]] { graph != nil ? outputs.map(\.shape) : [outputShape ?? []] }

    /// The forward pass on a batch whose per-sample shape matches `inputShape`.
    open func call(_ input: Tensor, training: Bool) throws -> Tensor {
        guard let graph else { return input }
        return try singleOutput(try graph.run([input], training: training).outputs)
    }

    /// The forward pass on one batch per input, giving one batch per output.
    open func call(_ inputs: [Tensor], training: Bool) throws -> [Tensor] {
        guard let graph else {
            guard inputs.count == 1 else {
                throw NeuralNetError.invalidArgument("Model \"\(name)\" expects 1 input, but it received \(inputs.count) input tensors. Pass one array.")
            }
            return [try call(inputs[0], training: training)]
        }
        return try graph.run(inputs, training: training).outputs
    }

    /// The only output, or the error for a model of several (whose arrays come as lists).
    private func singleOutput(_ outputs: [Tensor]) throws -> Tensor {
        guard outputs.count == 1 else {
            throw NeuralNetError.invalidArgument(
                "Model \"\(name)\" has \(outputs.count) outputs, so one array cannot hold its result. Use predict([x]) (a list of inputs) to get every output, and fit / evaluate with a list of targets, one per output."
            )
        }
        return outputs[0]
    }

    /// The training forward pass for a loss that can take logits of `activation`: the output, and
    /// the logits when the last layer ends in that activation (nil when it does not).
    func callForLoss(_ input: Tensor, activation: Activation, training: Bool) throws -> (output: Tensor, logits: Tensor?) {
        guard let graph else { return (try call(input, training: training), nil) }
        let (outputs, logits) = try graph.run([input], training: training, logits: activation)
        return (try singleOutput(outputs), logits)
    }

    /// The model's output on a batch and its loss, from logits when the last layer allows it.
    func outputAndLoss(x: Tensor, y: Tensor, loss: Loss, training: Bool) throws -> (output: Tensor, loss: Tensor) {
        guard let activation = loss.logitsActivation else {
            let output = try call(x, training: training)
            return (output, try loss(target: y, output: output))
        }
        let (output, logits) = try callForLoss(x, activation: activation, training: training)
        return (output, try logits.map { try loss.fromLogits(target: y, logits: $0) } ?? loss(target: y, output: output))
    }

    /// Builds every layer for per-sample inputs of `shape`, recording their output shapes.
    open func build(inputShape shape: [Int]) throws {
        if graph != nil {
            if shape != inputShape { try prepare(forSampleShape: shape, batch: nil) }
            return
        }
        var current = shape
        var shapes: [[Int]] = []
        for layer in layers {
            if !layer.isBuilt { try layer.build(inputShape: current) }
            current = try layer.outputShape(for: current)
            layer.builtOutputShape = current
            shapes.append(current)
        }
        inputShape = shape
        layerOutputShapes = shapes
    }

    /// Whether the model knows its input shape and its layers have weights.
    public var isBuilt: Bool { inputShape != nil && layers.allSatisfy(\.isBuilt) }

    /// The per-sample output shape, once built.
    public var outputShape: [Int]? { layerOutputShapes.last ?? inputShape }

    /// The layer called `name` (Keras' `get_layer`).
    public func layer(named name: String) throws -> Layer {
        if let layer = layers.first(where: { $0.name == name }) { return layer }
        let names = layers.map { "'\($0.name)'" }.joined(separator: ", ")
        throw NeuralNetError.notFound("No such layer: \(name). Existing layers are: [\(names)]. Check the spelling, or print [layer.name for layer in model.layers].")
    }

    /// The layer at `index` (negative counts from the end), as Keras' `get_layer(index=)`.
    public func layer(at index: Int) throws -> Layer {
        let resolved = index < 0 ? layers.count + index : index
        guard layers.indices.contains(resolved) else {
            throw NeuralNetError.invalidArgument(
                "Was asked to retrieve layer at index \(index) but model only has \(layers.count) layers. Use an index between 0 and \(layers.count - 1).")
        }
        return layers[resolved]
    }

    /// All weights of all layers, in layer order (Keras' `model.weights`).
    public var weights: [Tensor] { layers.flatMap(\.weights) }

    /// The weights `fit` updates (those of trainable layers).
    public var trainableWeights: [Tensor] { layers.flatMap(\.trainableWeights) }

    /// The weights `fit` leaves alone: those of frozen layers and layers' statistics.
    public var nonTrainableWeights: [Tensor] { layers.flatMap(\.nonTrainableWeights) }

    /// Freezes or unfreezes every layer (Keras' `model.trainable = False`); reads true when any layer trains.
    public var isTrainable: Bool {
        get { layers.contains { $0.isTrainable } }
        set { for layer in layers { layer.isTrainable = newValue } }
    }

    /// The number of scalars in all weights (Keras' `count_params()`).
    public var parameterCount: Int { weights.reduce(0) { $0 + $1.count } }

    /// Keras' `_adjust_input_rank`: samples of rank one below the input shape whose last axis is 1
    /// gain that axis, so `fit(xs)` with xs of shape (6,) feeds a model built for (None, 1).
    func adjustedInputRank(_ x: Tensor) throws -> Tensor {
        if let expected = inputShape {
            if x.rank == expected.count, expected.last == 1 { return try x.expandedDimensions(axis: -1) }
            return x
        }
        return x.rank == 1 ? try x.expandedDimensions(axis: -1) : x
    }

    /// Builds from the data's per-sample shape when needed, else checks the data fits, as Keras.
    func prepare(forSampleShape sample: [Int], batch: Int?) throws {
        if let expected = inputShape {
            guard expected == sample else {
                let expectedText = ShapeText.batch(expected, batch: nil), found = ShapeText.batch(sample, batch: batch)
                throw NeuralNetError.invalidArgument(
                    "Input 0 of layer \"\(name)\" is incompatible with the layer: expected shape=\(expectedText), found shape=\(found). Give the model data of shape \(ShapeText.tuple(expected)) per sample (reshape it, e.g. x.reshape(-1, \(expected.map(String.init).joined(separator: ", ")))), or declare input_shape=\(ShapeText.tuple(sample)) on the first layer."
                )
            }
            if !isBuilt { try build(inputShape: expected) }
            return
        }
        try build(inputShape: sample)
    }
}

/// What `compile` recorded: optimizer, loss and the metric names as the learner spelled them.
public struct CompileConfiguration {
    /// The optimizer that updates the weights.
    public let optimizer: Optimizer
    /// The loss minimized.
    public let loss: Loss
    /// The metric names, logged as given (`acc` or `accuracy`).
    public let metrics: [String]
    /// Each output's loss, weight and metrics when the model trains through them (several inputs
    /// or outputs, or a loss weight); empty when `loss` and `metrics` apply to its one output.
    public let outputs: [OutputObjective]
}
