import Interpreter
import NeuralNet
import PythonModules
import Tensors

extension CheckHelpers {
    /// `retrain(model, x, y, epochs=5, minimum_accuracy=None, maximum_loss=None,
    /// validation_data=None, batch_size=32, seed=0)`: rebuilds the learner's architecture and
    /// compile settings with fresh weights drawn from `seed` (`ModelRebuilder`), trains
    /// without shuffling for `epochs`, then requires the accuracy (or loss) on `validation_data`
    /// (else on `x`, `y`). The statement's time limit applies between batches. It judges the
    /// architecture and settings, not the learner's own weights or training run.
    static func retrainHelper(_ context: CheckContext) -> Value {
        context.helper("retrain", "model, x, y, epochs=5, minimum_accuracy=None, maximum_loss=None, validation_data=None, batch_size=32, seed=0") { a in
            let interp = a.interpreter
            let epochs = try a.int("epochs"), batchSize = try a.int("batch_size"), seed = try a.int("seed")
            let minimumAccuracy = try a.optional("minimum_accuracy", as: Double.self)
            let maximumLoss = try a.optional("maximum_loss", as: Double.self)
            guard epochs > 0, batchSize > 0, minimumAccuracy != nil || maximumLoss != nil else {
                throw context.misused("retrain", "give positive `epochs` and `batch_size`, and `minimum_accuracy=` or `maximum_loss=`")
            }
            guard let learnerModel = KerasInspection.sequential(a["model"]) else { return context.verdict(notAModel(a["model"])) }
            guard let compiled = learnerModel.compiled else {
                return context.verdict("the model is not compiled — call model.compile(optimizer=..., loss=...) before training")
            }
            let x = try tensorArgument(a["x"]), y = try tensorArgument(a["y"])
            var validation = (x, y)
            if !a["validation_data"].isNone {
                guard case .tuple(let parts) = a["validation_data"], parts.count == 2 else {
                    throw context.misused("retrain", "`validation_data` must be a tuple (x, y)")
                }
                validation = (try tensorArgument(parts[0]), try tensorArgument(parts[1]))
            }
            let model: Sequential
            do {
                model = try ModelRebuilder.layers(of: learnerModel)
                try model.compile(
                    optimizer: try ModelRebuilder.optimizer(like: compiled.optimizer), loss: compiled.loss,
                    metrics: minimumAccuracy == nil ? [] : ["accuracy"])
            } catch let error as ModelRebuilder.Unsupported {
                return context.verdict("\(error.reason) — use the layers this lesson teaches")
            }
            if !model.isBuilt { _ = try model.predict(x, verbose: 0, output: { _ in }) }
            try ModelRebuilder.initializeWeights(of: model, seed: UInt64(truncatingIfNeeded: seed))
            let limits = LambdaCallback(onBatchEnd: { _, _ in try interp.checkLimits() })
            try model.fit(x, y, batchSize: batchSize, epochs: epochs, verbose: 0, callbacks: [limits], shuffle: false, output: { _ in })
            let result = try model.evaluate(validation.0, validation.1, batchSize: batchSize, verbose: 0, output: { _ in })
            let trained = "retrained from scratch (seed \(seed), \(epochs) epoch\(epochs == 1 ? "" : "s"))"
            if let minimum = minimumAccuracy {
                let accuracy = result.metrics["accuracy"] ?? 0
                if accuracy < minimum {
                    return context.verdict(
                        "\(trained), your model reaches accuracy \(formatNumber((accuracy * 1000).rounded() / 1000)), it should reach at least \(formatNumber(minimum)) — compare your layers, activations, loss and learning rate with the lesson"
                    )
                }
            }
            if let maximum = maximumLoss, !(result.loss <= maximum) {
                return context.verdict(
                    "\(trained), your model ends with loss \(formatNumber((result.loss * 10000).rounded() / 10000)), it should be at most \(formatNumber(maximum)) — compare your layers, loss and optimizer with the lesson"
                )
            }
            return context.verdict(nil)
        }
    }

    /// An array argument: a NumPy array as it is, anything else as float32.
    static func tensorArgument(_ value: Value) throws -> Tensor {
        if case .object(let object) = value, let array = object as? NDArray { return array.tensor }
        return try NumPyConversion.tensor(from: value, dtype: .float32)
    }
}
