import Tensors

/// The layer calls between a functional model's inputs and outputs, in Keras' order (its
/// `map_graph`): layers sorted by depth from the outputs, deepest first, ties broken by the
/// order a depth-first walk from the outputs meets them.
struct FunctionalGraph {
    /// The tensors fed with data.
    let inputs: [SymbolicTensor]
    /// The tensors returned.
    let outputs: [SymbolicTensor]
    /// Every tensor of the graph in an order that computes each after its inputs.
    let nodes: [SymbolicTensor]
    /// The layers, in Keras' `model.layers` order (input layers included).
    let layers: [Layer]
    /// Whether the graph is a plain chain (one call per depth, each on one tensor, no shared
    /// layer), which Keras' summary shows without a "Connected to" column.
    let isChain: Bool
    /// How many later calls read each tensor, so a forward pass can drop tensors it no longer needs.
    private let readers: [ObjectIdentifier: Int]
    /// Convolution, normalization and relu blocks that can run as one convolution, by the relu's output.
    private let fusions: [ObjectIdentifier: ConvolutionFusion]

    init(inputs: [SymbolicTensor], outputs: [SymbolicTensor]) throws {
        guard !inputs.isEmpty, !outputs.isEmpty else {
            throw NeuralNetError.invalidArgument("A functional Model needs at least one input and one output. Pass Model(inputs=Input(shape=...), outputs=...).")
        }
        self.inputs = inputs
        self.outputs = outputs
        let fed = Set(inputs.map(ObjectIdentifier.init))

        // Depth-first from the outputs: post-order tensors, and each layer's first pre-order index.
        var finished = Set<ObjectIdentifier>()
        var postOrder: [SymbolicTensor] = []
        var layerIndex: [ObjectIdentifier: Int] = [:]
        func visit(_ tensor: SymbolicTensor) {
            let id = ObjectIdentifier(tensor)
            guard !finished.contains(id) else { return }
            if layerIndex[ObjectIdentifier(tensor.layer)] == nil { layerIndex[ObjectIdentifier(tensor.layer)] = layerIndex.count }
            if !fed.contains(id) { tensor.inputs.forEach(visit) }
            finished.insert(id)
            postOrder.append(tensor)
        }
        outputs.forEach(visit)

        var depth: [ObjectIdentifier: Int] = [:]
        var layerDepth: [ObjectIdentifier: Int] = [:]
        for tensor in postOrder.reversed() {
            let id = ObjectIdentifier(tensor), layerID = ObjectIdentifier(tensor.layer)
            let value = Swift.max(depth[id] ?? 0, layerDepth[layerID] ?? 0)
            layerDepth[layerID] = value
            depth[id] = value
            guard !fed.contains(id) else { continue }
            for parent in tensor.inputs {
                depth[ObjectIdentifier(parent)] = Swift.max(value + 1, depth[ObjectIdentifier(parent)] ?? 0)
            }
        }
        for input in inputs where layerDepth[ObjectIdentifier(input.layer)] == nil {
            layerDepth[ObjectIdentifier(input.layer)] = 0
            layerIndex[ObjectIdentifier(input.layer)] = -1
            depth[ObjectIdentifier(input)] = 0
            postOrder.append(input)
        }
        let position = Dictionary(uniqueKeysWithValues: postOrder.enumerated().map { (ObjectIdentifier($0.element), $0.offset) })
        nodes = postOrder.sorted {
            let (a, b) = (depth[ObjectIdentifier($0)] ?? 0, depth[ObjectIdentifier($1)] ?? 0)
            return a != b ? a > b : position[ObjectIdentifier($0)]! < position[ObjectIdentifier($1)]!
        }
        var seenLayers = Set<ObjectIdentifier>()
        let uniqueLayers = postOrder.map(\.layer).filter { seenLayers.insert(ObjectIdentifier($0)).inserted }
        layers = uniqueLayers.sorted {
            let (a, b) = (layerDepth[ObjectIdentifier($0)] ?? 0, layerDepth[ObjectIdentifier($1)] ?? 0)
            return a != b ? a > b : layerIndex[ObjectIdentifier($0)]! < layerIndex[ObjectIdentifier($1)]!
        }

        var computable = fed
        var reached: [String] = []
        var readers: [ObjectIdentifier: Int] = [:]
        for tensor in nodes where !fed.contains(ObjectIdentifier(tensor)) {
            if tensor.isInput {
                throw NeuralNetError.invalidArgument(
                    "Graph disconnected: cannot find parent for tensor \(Self.describe(tensor)) at layer '\(tensor.layer.name)': the outputs need this Input, but it is not among the model's inputs. Pass it in inputs=[...]."
                )
            }
            for input in tensor.inputs {
                guard computable.contains(ObjectIdentifier(input)) else {
                    throw NeuralNetError.invalidArgument(
                        "Graph disconnected: cannot find parent for tensor \(Self.describe(input)) at layer '\(tensor.layer.name)'. The following previous layers were accessed without issue: [\(reached.map { "'\($0)'" }.joined(separator: ", "))]. Pass the Input that this tensor comes from in inputs=."
                    )
                }
                readers[ObjectIdentifier(input), default: 0] += 1
            }
            reached.append(tensor.layer.name)
            computable.insert(ObjectIdentifier(tensor))
        }
        for output in outputs { readers[ObjectIdentifier(output), default: 0] += 1 }
        let depths = nodes.map { depth[ObjectIdentifier($0)] ?? 0 }
        isChain = Set(depths).count == depths.count && nodes.allSatisfy { $0.inputs.count <= 1 } && uniqueLayers.count == nodes.count
        self.readers = readers
        fusions = ConvolutionFusion.find(in: nodes, readers: readers, outputs: outputs)
        var names: [String: Int] = [:]
        for layer in layers { names[layer.name, default: 0] += 1 }
        if let (name, count) = names.first(where: { $0.value > 1 }) {
            throw NeuralNetError.invalidArgument(
                "The name \"\(name)\" is used \(count) times in the model. All layer names should be unique. Give each layer its own name=, or leave name out.")
        }
    }

    /// Keras' "Connected to" text for `layer`: `name[node][tensor]` for each input of its calls here, or `-`.
    func connections(of layer: Layer) -> String {
        let calls = nodes.filter { node in node.layer === layer && !inputs.contains { $0 === node } }
        let parts = calls.flatMap(\.inputs).map { "\($0.layer.name)[\($0.layer.callIndex(of: $0))][0]" }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }

    /// `<KerasTensor shape=(None, 7, 7, 768), name=keras_tensor_3>`.
    static func describe(_ tensor: SymbolicTensor) -> String {
        "<KerasTensor shape=\(ShapeText.batch(tensor.shape, batch: nil)), dtype=float32, name=\(tensor.name)>"
    }

    /// Runs the graph on a batch per input. With `logits`, an only output made by a `Dense` layer
    /// ending in that activation also comes back before the activation, for a loss from logits.
    func run(_ values: [Tensor], training: Bool, logits activation: Activation? = nil) throws -> (outputs: [Tensor], logits: Tensor?) {
        let activations = outputs.count == 1 ? [activation] : Array(repeating: nil, count: outputs.count)
        let (results, logits) = try run(values, training: training, logits: activations)
        return (results, logits[0])
    }

    /// Runs the graph on a batch per input. Each output made by a `Dense` layer ending in its
    /// entry of `activations`, and read by nothing else in the graph, also comes back before that
    /// activation (its value then carries no gradient: the loss is taken from the logits).
    func run(_ values: [Tensor], training: Bool, logits activations: [Activation?]) throws -> (outputs: [Tensor], logits: [Tensor?]) {
        guard values.count == inputs.count else {
            throw NeuralNetError.invalidArgument("The model expects \(inputs.count) input(s), but it received \(values.count) input tensors. Pass a list with one array per Input.")
        }
        var computed: [ObjectIdentifier: Tensor] = [:]
        var remaining = readers
        for (input, value) in zip(inputs, values) {
            let sample = Array(value.shape.dropFirst())
            guard sample == input.shape else {
                throw NeuralNetError.invalidArgument(
                    "Input \(computed.count) of the model is incompatible: expected shape=\(ShapeText.batch(input.shape, batch: nil)), found shape=\(ShapeText.batch(sample, batch: value.shape.first)). Give it data of shape \(ShapeText.tuple(input.shape)) per sample."
                )
            }
            computed[ObjectIdentifier(input)] = value
        }
        var logits: [ObjectIdentifier: Tensor] = [:]
        var logitsActivations: [ObjectIdentifier: Activation] = [:]
        for (output, activation) in zip(outputs, activations) where readers[ObjectIdentifier(output)] == 1 {
            if let activation { logitsActivations[ObjectIdentifier(output)] = activation }
        }
        let fused = fusions.filter { $0.value.applies(training: training) }
        let skipped = Set(fused.values.flatMap(\.skipped))
        for tensor in nodes where computed[ObjectIdentifier(tensor)] == nil && !skipped.contains(ObjectIdentifier(tensor)) {
            if let fusion = fused[ObjectIdentifier(tensor)] {
                let id = ObjectIdentifier(fusion.input)
                guard let value = computed[id] else {
                    throw NeuralNetError.invalidArgument("Graph disconnected at layer '\(tensor.layer.name)'.")
                }
                remaining[id, default: 1] -= 1
                if remaining[id] == 0 { computed[id] = nil }
                computed[ObjectIdentifier(tensor)] = try fusion(value)
                continue
            }
            let arguments = try tensor.inputs.map { input -> Tensor in
                let id = ObjectIdentifier(input)
                guard let value = computed[id] else {
                    throw NeuralNetError.invalidArgument("Graph disconnected at layer '\(tensor.layer.name)'.")
                }
                remaining[id, default: 1] -= 1
                if remaining[id] == 0 { computed[id] = nil }
                return value
            }
            let layer = tensor.layer
            if !logitsActivations.isEmpty, let activation = logitsActivations[ObjectIdentifier(tensor)], let dense = layer as? Dense, dense.activation == activation {
                let raw = try dense.affine(arguments[0])
                logits[ObjectIdentifier(tensor)] = raw
                computed[ObjectIdentifier(tensor)] = try Tensor.withoutGradients { try activation.apply(raw) }
            } else if let merge = layer as? MergeLayer {
                computed[ObjectIdentifier(tensor)] = try merge(arguments, training: training)
            } else {
                computed[ObjectIdentifier(tensor)] = try layer(arguments[0], training: training)
            }
        }
        let results = try outputs.map { output -> Tensor in
            guard let value = computed[ObjectIdentifier(output)] else {
                throw NeuralNetError.invalidArgument("Output \(output.name) was not computed.")
            }
            return value
        }
        return (results, outputs.map { logits[ObjectIdentifier($0)] })
    }
}
