import Tensors

/// Keras' `Flatten`: reshapes each sample to one axis, keeping the batch axis.
///
///     let flatten = Flatten(inputShape: [28, 28])
///     let rows = try flatten(images)   // (n, 28, 28) → (n, 784)
public final class Flatten: Layer {
    override public func call(_ input: Tensor, training: Bool) throws -> Tensor {
        try input.reshaped(to: [input.shape.first ?? 0, input.shape.dropFirst().reduce(1, *)])
    }

    override public func outputShape(for inputShape: [Int]) throws -> [Int] {
        [inputShape.reduce(1, *)]
    }
}
