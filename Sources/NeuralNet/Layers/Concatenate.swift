import Tensors

/// Keras' `Concatenate`: joins its inputs along `axis` (the channels, −1, by default); every
/// other axis must match.
///
///     let mixed = try Concatenate(axis: -1, name: "mixed0")([branch1x1, branch5x5, branch3x3, pool])
///     // (None, 16, 16, 64) ×2 + (None, 16, 16, 96) + (None, 16, 16, 32) → (None, 16, 16, 256)
public final class Concatenate: MergeLayer {
    /// The axis joined, counted on the batch shape (−1 is the last).
    public let axis: Int

    /// A layer joining its inputs along `axis`.
    public init(axis: Int = -1, name: String? = nil) {
        self.axis = axis
        super.init(name: name)
    }

    override public func outputShape(forInputs shapes: [[Int]]) throws -> [Int] {
        guard let first = shapes.first else { return [] }
        let rank = first.count + 1
        let along = axis < 0 ? axis + rank : axis
        let mismatch = NeuralNetError.invalidArgument(
            "A `Concatenate` layer requires inputs with matching shapes except for the concatenation axis. Received: input_shape=[\(shapes.map { ShapeText.batch($0, batch: nil) }.joined(separator: ", "))]. Give every input the same sizes on the other axes (e.g. padding='same' in each branch)."
        )
        guard along >= 1, along < rank else {
            throw NeuralNetError.invalidArgument("Concatenate axis \(axis) is out of range for inputs of rank \(rank). Use axis=-1 to join channels.")
        }
        var result = first
        for shape in shapes.dropFirst() {
            guard shape.count == first.count else { throw mismatch }
            for index in shape.indices where index != along - 1 && shape[index] != first[index] { throw mismatch }
            result[along - 1] += shape[along - 1]
        }
        return result
    }

    override public func merge(_ inputs: [Tensor], training: Bool) throws -> Tensor {
        try Tensor.concatenate(inputs, axis: axis)
    }
}
