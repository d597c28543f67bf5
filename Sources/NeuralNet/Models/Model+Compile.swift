import Tensors

extension Model {
    /// Configures training (Keras' `compile`): the optimizer, the loss, and metric names such as
    /// `"accuracy"` or `"acc"`, logged under the name given.
    ///
    ///     try model.compile(optimizer: SGD(), loss: .meanSquaredError)
    ///     try model.compile(optimizer: RMSprop(learningRate: 1e-4), loss: .binaryCrossentropy, metrics: ["acc"])
    public func compile(optimizer: Optimizer, loss: Loss, metrics: [String] = []) throws {
        for metric in metrics where !["accuracy", "acc"].contains(metric.lowercased()) && Accuracy(kerasName: metric) == nil {
            throw NeuralNetError.invalidArgument("Could not interpret metric identifier: \(metric). Use metrics=['accuracy'] (or 'acc').")
        }
        let outputs = hasSeveralInputsOrOutputs ? try OutputObjective.resolve(names: outputNames, loss: .all(loss), lossWeights: nil, metrics: .all(metrics)) : []
        compiled = CompileConfiguration(optimizer: optimizer, loss: loss, metrics: metrics, outputs: outputs)
    }

    /// Keras' compile with names: `optimizer: "adam"`, `loss: "sparse_categorical_crossentropy"`.
    public func compile(optimizer: String, loss: String, metrics: [String] = []) throws {
        try compile(optimizer: try Self.optimizer(named: optimizer), loss: try Self.loss(named: loss), metrics: metrics)
    }

    /// The optimizer for a Keras name, with Keras' defaults.
    public static func optimizer(named name: String) throws -> Optimizer {
        switch name.lowercased() {
        case "sgd": return SGD()
        case "rmsprop": return RMSprop()
        case "adam": return Adam()
        default:
            throw NeuralNetError.invalidArgument("Could not interpret optimizer identifier: \(name). Use 'sgd', 'rmsprop' or 'adam'.")
        }
    }

    /// The loss for a Keras name.
    public static func loss(named name: String) throws -> Loss {
        guard let loss = Loss(kerasName: name) else {
            throw NeuralNetError.invalidArgument(
                "Could not interpret loss identifier: \(name). Use 'mean_squared_error', 'binary_crossentropy', 'categorical_crossentropy' or 'sparse_categorical_crossentropy'.")
        }
        return loss
    }

    /// The configuration, or Keras' error for training an uncompiled model.
    func requireCompiled(_ what: String) throws -> CompileConfiguration {
        guard let compiled else {
            throw NeuralNetError.notReady(
                "You must call `compile()` before using the model. Call model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy']) (or the loss that fits your labels) before model.\(what)()."
            )
        }
        return compiled
    }
}
