import Tensors

/// The shared base of Keras' 2-D pooling layers; subclasses only choose the reduction.
///
///     let pool = MaxPooling2D(poolSize: (2, 2))      // strides default to the pool size
///     let smaller = try pool(features)               // (n, 26, 26, 64) → (n, 13, 13, 64)
open class Pooling2D: Layer {
    /// How each window is reduced.
    public enum Reduction: Sendable { case max, average }

    /// The window's height and width.
    public let poolSize: (Int, Int)
    /// The step between windows (Keras: the pool size when not given).
    public let strides: (Int, Int)
    /// `valid` (default) or `same`.
    public let padding: Padding
    /// Max or average.
    public let reduction: Reduction

    /// A pooling layer; `strides` default to `poolSize`.
    public init(
        reduction: Reduction, poolSize: (Int, Int), strides: (Int, Int)?, padding: Padding,
        name: String?, inputShape: [Int]?
    ) throws {
        let strides = strides ?? poolSize
        guard poolSize.0 > 0, poolSize.1 > 0, strides.0 > 0, strides.1 > 0 else {
            throw NeuralNetError.invalidArgument(
                "Pooling needs positive pool_size and strides. Received: pool_size=(\(poolSize.0), \(poolSize.1)), strides=(\(strides.0), \(strides.1)). Use e.g. MaxPooling2D(2, 2)."
            )
        }
        self.reduction = reduction
        self.poolSize = poolSize
        self.strides = strides
        self.padding = padding
        super.init(name: name, inputShape: inputShape)
    }

    override open func build(inputShape: [Int]) throws {
        _ = try windowedOutputSize(layer: self, inputShape: inputShape, window: poolSize, strides: strides, padding: padding)
        try super.build(inputShape: inputShape)
    }

    override open func call(_ input: Tensor, training: Bool) throws -> Tensor {
        try ConvolutionOps.pool2d(input, reduction: reduction, poolSize: poolSize, strides: strides, padding: padding)
    }

    override open func outputShape(for inputShape: [Int]) throws -> [Int] {
        let (height, width) = try windowedOutputSize(layer: self, inputShape: inputShape, window: poolSize, strides: strides, padding: padding)
        return [height, width, inputShape[2]]
    }
}

/// Keras' `MaxPooling2D`: the maximum of each window.
///
///     let pool = try MaxPooling2D(poolSize: (2, 2), strides: (2, 2))   // Keras: MaxPooling2D(2, 2)
public final class MaxPooling2D: Pooling2D {
    /// Max pooling over `poolSize` windows; `strides` default to `poolSize`.
    public init(
        poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, padding: Padding = .valid,
        name: String? = nil, inputShape: [Int]? = nil
    ) throws {
        try super.init(reduction: .max, poolSize: poolSize, strides: strides, padding: padding, name: name, inputShape: inputShape)
    }
}

/// Keras' `AveragePooling2D`: the mean of each window (padding excluded with `same`, as TensorFlow).
///
///     let pool = try AveragePooling2D(poolSize: (3, 3), strides: (1, 1), padding: .same)
public final class AveragePooling2D: Pooling2D {
    /// Average pooling over `poolSize` windows; `strides` default to `poolSize`.
    public init(
        poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, padding: Padding = .valid,
        name: String? = nil, inputShape: [Int]? = nil
    ) throws {
        try super.init(reduction: .average, poolSize: poolSize, strides: strides, padding: padding, name: name, inputShape: inputShape)
    }
}
