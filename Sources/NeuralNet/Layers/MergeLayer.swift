import Tensors

/// The base of layers that join several inputs into one (Keras' `Merge`); subclasses give the
/// output shape and the join.
///
///     let joined = try Concatenate()([branchA, branchB])   // symbolic or real tensors
open class MergeLayer: Layer {
    /// The per-sample shapes of the inputs the layer was built for; nil until built.
    public private(set) var builtInputShapes: [[Int]]?

    /// The per-sample output shape for inputs of `shapes`; throws when they cannot be joined.
    open func outputShape(forInputs shapes: [[Int]]) throws -> [Int] {
        shapes.first ?? []
    }

    /// The join of a batch of each input.
    open func merge(_ inputs: [Tensor], training: Bool) throws -> Tensor {
        inputs[0]
    }

    /// Builds on first use (or checks the inputs fit what the layer was built for), then joins.
    public func callAsFunction(_ inputs: [Tensor], training: Bool = false) throws -> Tensor {
        try prepare(inputShapes: inputs.map { Array($0.shape.dropFirst()) })
        return try merge(inputs, training: training)
    }

    /// Checks the input count and shapes, building the layer the first time.
    func prepare(inputShapes shapes: [[Int]]) throws {
        guard shapes.count >= 2 else {
            throw NeuralNetError.invalidArgument(
                "A `\(typeName)` layer should be called on a list of at least 2 inputs. Received: \(shapes.count) input(s). Pass a list, e.g. \(typeName)()([x, y]).")
        }
        if let built = builtInputShapes {
            guard built == shapes else {
                let expected = built.map { ShapeText.batch($0, batch: nil) }.joined(separator: ", ")
                let found = shapes.map { ShapeText.batch($0, batch: nil) }.joined(separator: ", ")
                throw NeuralNetError.invalidArgument(
                    "Layer \"\(name)\" was built for inputs of shapes [\(expected)], but received [\(found)]. Use a new \(typeName) layer for differently shaped inputs.")
            }
            return
        }
        _ = try outputShape(forInputs: shapes)
        builtInputShapes = shapes
        try build(inputShape: shapes[0])
    }

    override open func call(_ input: Tensor, training: Bool) throws -> Tensor {
        throw NeuralNetError.invalidArgument("A `\(typeName)` layer should be called on a list of inputs. Pass a list, e.g. \(typeName)()([x, y]).")
    }
}
