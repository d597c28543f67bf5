import Tensors

/// The shared base of Keras' global 2-D pooling layers: each channel reduced over height and
/// width; subclasses only choose the reduction.
///
///     let pool = GlobalAveragePooling2D()
///     let features = try pool(maps)   // (n, 3, 3, 2048) → (n, 2048)
open class GlobalPooling2D: Layer {
    /// Mean or maximum.
    public let reduction: Pooling2D.Reduction
    /// With `keepDims`, the output keeps height and width as 1 (Keras' `keepdims=True`).
    public let keepDims: Bool

    /// A global pooling layer with `reduction`.
    public init(reduction: Pooling2D.Reduction, keepDims: Bool, name: String?, inputShape: [Int]?) {
        self.reduction = reduction
        self.keepDims = keepDims
        super.init(name: name, inputShape: inputShape)
    }

    override open func build(inputShape: [Int]) throws {
        guard inputShape.count == 3 else {
            throw NeuralNetError.invalidArgument(
                "Input 0 of layer \"\(name)\" is incompatible with the layer: expected ndim=4, found ndim=\(inputShape.count + 1). Full shape received: \(ShapeText.batch(inputShape, batch: nil)). Give it feature maps of shape (height, width, channels)."
            )
        }
        try super.build(inputShape: inputShape)
    }

    override open func call(_ input: Tensor, training: Bool) throws -> Tensor {
        switch reduction {
        case .average: return try input.mean(axes: [1, 2], keepDims: keepDims)
        case .max: return try input.max(axes: [1, 2], keepDims: keepDims)
        }
    }

    override open func outputShape(for inputShape: [Int]) throws -> [Int] {
        guard inputShape.count == 3 else { return inputShape }
        return keepDims ? [1, 1, inputShape[2]] : [inputShape[2]]
    }
}

/// Keras' `GlobalAveragePooling2D`: the mean of each channel over height and width.
///
///     let pool = GlobalAveragePooling2D(name: "avg_pool")   // InceptionV3's top
public final class GlobalAveragePooling2D: GlobalPooling2D {
    /// A global average pooling layer.
    public init(keepDims: Bool = false, name: String? = nil, inputShape: [Int]? = nil) {
        super.init(reduction: .average, keepDims: keepDims, name: name, inputShape: inputShape)
    }
}

/// Keras' `GlobalMaxPooling2D`: the maximum of each channel over height and width.
///
///     let pool = GlobalMaxPooling2D()
public final class GlobalMaxPooling2D: GlobalPooling2D {
    /// A global max pooling layer.
    public init(keepDims: Bool = false, name: String? = nil, inputShape: [Int]? = nil) {
        super.init(reduction: .max, keepDims: keepDims, name: name, inputShape: inputShape)
    }
}
