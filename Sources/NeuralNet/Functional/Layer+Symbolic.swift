import Tensors

extension Layer {
    /// Calls the layer on a symbolic tensor (Keras' functional API): builds the layer for that
    /// shape on first use (or checks the shape fits), records the call and returns its output.
    ///
    ///     let input = try Input(shape: [150, 150, 3])
    ///     let x = try Conv2D(filters: 32, kernelSize: (3, 3))(input)   // shape [148, 148, 32]
    public func callAsFunction(_ input: SymbolicTensor) throws -> SymbolicTensor {
        if self is MergeLayer { return try self([input]) }
        if self is InputLayer {
            throw NeuralNetError.invalidArgument("An InputLayer cannot be called on a tensor. Use the tensor that Input(shape=...) returned instead.")
        }
        if let built = builtInputShape {
            try checkCompatible(input.shape, built: built, batch: nil)
        } else {
            try build(inputShape: input.shape)
        }
        let shape = try outputShape(for: input.shape)
        if builtOutputShape == nil { builtOutputShape = shape }
        let output = SymbolicTensor(shape: shape, layer: self, inputs: [input])
        recordOutput(output)
        return output
    }

    /// Calls the layer on a list of symbolic tensors: merge layers (`Concatenate`) take several,
    /// other layers exactly one, as Keras.
    public func callAsFunction(_ inputs: [SymbolicTensor]) throws -> SymbolicTensor {
        guard let merge = self as? MergeLayer else {
            guard inputs.count == 1 else {
                throw NeuralNetError.invalidArgument(
                    "Layer \"\(name)\" expects 1 input(s), but it received \(inputs.count) input tensors. Call it on one tensor, or join the tensors first with Concatenate()([...])."
                )
            }
            return try self(inputs[0])
        }
        let shapes = inputs.map(\.shape)
        try merge.prepare(inputShapes: shapes)
        let shape = try merge.outputShape(forInputs: shapes)
        if builtOutputShape == nil { builtOutputShape = shape }
        let output = SymbolicTensor(shape: shape, layer: self, inputs: inputs)
        recordOutput(output)
        return output
    }
}
