import Tensors

/// Keras' layer contract: configuration in `init`, weights created lazily by `build(inputShape:)`
/// at the first call, a forward pass in `call(_:training:)`, and `outputShape(for:)`.
///
/// Shapes given to and returned by layers exclude the batch axis, as Keras' `input_shape=`.
///
///     let dense = Dense(units: 10, activation: .softmax)
///     let y = try dense(x)            // builds a (784, 10) kernel on first use when x is (n, 784)
///     dense.trainableWeights.count          // 2: kernel and bias
open class Layer {
    /// The layer's name, unique in this process (`dense`, `dense_1`, …) unless given.
    public let name: String
    /// Whether `fit` updates this layer's weights (Keras' `trainable`).
    public var isTrainable = true
    /// The per-sample input shape declared at init (Keras' `input_shape=`), if any.
    public let declaredInputShape: [Int]?
    /// The per-sample input shape the layer was built for; nil until built.
    public private(set) var builtInputShape: [Int]?
    /// The per-sample output shape in its model, once the model is built (Keras' `layer.output_shape`
    /// without the batch axis).
    public internal(set) var builtOutputShape: [Int]?
    /// The symbolic outputs of this layer's calls, held weakly: the graph owns them, so a layer
    /// and the tensors it made do not keep each other alive.
    private var symbolicOutputs: [WeakSymbolicTensor] = []

    /// A layer named `name`, or automatically after its type (`MaxPooling2D` → `max_pooling2d`).
    public init(name: String? = nil, inputShape: [Int]? = nil) {
        self.name = name ?? LayerNames.unique(LayerNames.snakeCase(Self.typeName))
        self.declaredInputShape = inputShape
    }

    /// The output of the layer's first call on a symbolic tensor still in use (Keras' `layer.output`).
    public var output: SymbolicTensor? { symbolicOutputs.lazy.compactMap(\.tensor).first }

    /// The position of `tensor` among this layer's live symbolic outputs (Keras' node index).
    func callIndex(of tensor: SymbolicTensor) -> Int {
        symbolicOutputs.compactMap(\.tensor).firstIndex { $0 === tensor } ?? 0
    }

    /// Remembers `tensor` as an output of this layer.
    func recordOutput(_ tensor: SymbolicTensor) {
        symbolicOutputs.removeAll { $0.tensor == nil }
        symbolicOutputs.append(WeakSymbolicTensor(tensor: tensor))
    }

    /// The Keras class name shown by `summary()`, e.g. `Dense`.
    open class var typeName: String { String(describing: self) }

    /// The Keras class name of this layer's type.
    public var typeName: String { Self.typeName }

    /// Whether `build(inputShape:)` has run.
    public var isBuilt: Bool { builtInputShape != nil }

    /// Creates the weights for inputs of `inputShape` (per sample); override, then call `super`.
    open func build(inputShape: [Int]) throws {
        builtInputShape = inputShape
    }

    /// The forward pass on a batch; `training` switches layers such as `Dropout`.
    open func call(_ input: Tensor, training: Bool) throws -> Tensor {
        input
    }

    /// The per-sample output shape for a per-sample `inputShape`; throws when the input cannot fit.
    open func outputShape(for inputShape: [Int]) throws -> [Int] {
        inputShape
    }

    /// All weights in a stable order (Keras' `weights`), the order `get_weights()` and files use.
    open var weights: [Tensor] { [] }

    /// Keras' names of `weights`, in the same order (`kernel`, `bias`; `gamma`, `beta`,
    /// `moving_mean`, `moving_variance`), as weight files store them.
    open var weightNames: [String] {
        weights.indices.map { ["kernel", "bias"].indices.contains($0) ? ["kernel", "bias"][$0] : "weight_\($0)" }
    }

    /// The weights learned by gradient, which `fit` updates while the layer is trainable; override
    /// to leave out statistics such as BatchNormalization's moving mean, which Keras keeps
    /// non-trainable even in a trainable layer.
    open var learnedWeights: [Tensor] { weights }

    /// The weights `fit` updates (Keras' `trainable_weights`): none when `isTrainable` is false.
    public var trainableWeights: [Tensor] { isTrainable ? learnedWeights : [] }

    /// The weights `fit` leaves alone (Keras' `non_trainable_weights`).
    public var nonTrainableWeights: [Tensor] {
        let updated = Set(trainableWeights.map(ObjectIdentifier.init))
        return weights.filter { !updated.contains(ObjectIdentifier($0)) }
    }

    /// The number of scalars in `weights`.
    public var parameterCount: Int { weights.reduce(0) { $0 + $1.count } }

    /// Builds on first use (checking the input against the built shape), then runs `call`.
    public func callAsFunction(_ input: Tensor, training: Bool = false) throws -> Tensor {
        let sampleShape = Array(input.shape.dropFirst())
        if let built = builtInputShape {
            if built != sampleShape { try checkCompatible(sampleShape, built: built, batch: input.shape.first) }
        } else {
            try build(inputShape: sampleShape)
        }
        return try call(input, training: training)
    }

    /// Throws Keras' "incompatible with the layer" error unless `sampleShape` fits what the layer was built for.
    func checkCompatible(_ sampleShape: [Int], built: [Int], batch: Int?) throws {
        guard sampleShape != built else { return }
        let received = ShapeText.batch(sampleShape, batch: batch)
        if sampleShape.count != built.count {
            throw NeuralNetError.invalidArgument(
                "Input 0 of layer \"\(name)\" is incompatible with the layer: expected ndim=\(built.count + 1), found ndim=\(sampleShape.count + 1). Full shape received: \(received). The model was built for inputs of shape \(ShapeText.batch(built, batch: nil)); reshape the data to that shape (or rebuild the model with input_shape=\(ShapeText.tuple(sampleShape)))."
            )
        }
        let axis = zip(sampleShape, built).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? 0
        throw NeuralNetError.invalidArgument(
            "Input 0 of layer \"\(name)\" is incompatible with the layer: expected axis \(axis - sampleShape.count) of input shape to have value \(built[axis]), but received input with shape \(received). The model was built for inputs of shape \(ShapeText.batch(built, batch: nil)); give it data of that shape."
        )
    }
}

/// A weak reference to a symbolic tensor, for `Layer.output`.
struct WeakSymbolicTensor {
    weak var tensor: SymbolicTensor?
}

/// Formats shapes as Keras prints them: `(None, 28, 28)`, `(28, 28)`, `(1,)`.
enum ShapeText {
    /// A per-sample shape with the batch axis in front, `None` when unknown.
    static func batch(_ shape: [Int], batch: Int?) -> String {
        tupleText([batch.map(String.init) ?? "None"] + shape.map(String.init))
    }

    /// A plain tuple.
    static func tuple(_ shape: [Int]) -> String {
        tupleText(shape.map(String.init))
    }

    private static func tupleText(_ items: [String]) -> String {
        items.count == 1 ? "(\(items[0]),)" : "(\(items.joined(separator: ", ")))"
    }
}
