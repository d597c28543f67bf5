import Interpreter
import NeuralNet
import Tensors

/// `compile`, `fit` and `evaluate` of a functional model of several inputs or outputs, on lists
/// or dicts of arrays, with Keras 3's argument forms, log keys and `evaluate` order.
extension KerasModelTraining {
    /// `compile` with a loss, loss weights and metrics per output.
    static func compileSeveral(_ a: BoundArguments, model: Model, optimizer: Optimizer, runtime: KerasRuntime) throws {
        let interp = a.interpreter
        let loss = try KerasSeveralArrays.loss(a["loss"], interp)
        let weights = try KerasSeveralArrays.lossWeights(a["loss_weights"], interp)
        let metrics = try KerasSeveralArrays.metrics(a["metrics"], outputs: model.outputs.count, interp, runtime: runtime)
        try model.compile(optimizer: optimizer, loss: loss, lossWeights: weights, metrics: metrics)
    }

    /// `fit(x, y, ...)` with one array per input and per output (lists or dicts).
    static func fitSeveral(_ a: BoundArguments, model: Model, epochs: Int, verbose: Int, callbacks: [Callback], runtime: KerasRuntime) throws -> History {
        let interp = a.interpreter
        guard !a.isNone("x") else {
            throw PythonError.valueError("Unrecognized data type: x=None. Pass the training data, e.g. model.fit([x1, x2], [y1, y2], epochs=5).")
        }
        let x = try KerasSeveralArrays.inputs(a["x"], model: model, interp, argument: "x")
        guard !a.isNone("y") else {
            throw PythonError.valueError(
                "Target data is missing. Your model has `loss` as the training objective, but you did not pass `y`. Call model.fit(x, [y1, y2], ...) with one target array per output."
            )
        }
        let y = try KerasSeveralArrays.targets(a["y"], model: model, interp, argument: "y")
        var validation: ([Tensor], [Tensor])?
        if !a.isNone("validation_data") {
            let (vx, vy) = try KerasDataSources.validationTuple(a["validation_data"], interp)
            validation = (
                try KerasSeveralArrays.inputs(vx, model: model, interp, argument: "validation_data[0]"),
                try KerasSeveralArrays.targets(vy, model: model, interp, argument: "validation_data[1]")
            )
        }
        return try model.fit(
            x, y, batchSize: try a.optional("batch_size", as: Int.self), epochs: epochs, verbose: verbose,
            callbacks: callbacks, validationSplit: try a.double("validation_split"), validationData: validation,
            shuffle: try a.bool("shuffle"), stepsPerEpoch: try KerasArguments.steps(a, "steps_per_epoch"),
            validationSteps: try KerasArguments.steps(a, "validation_steps"), output: runtime.write)
    }

    /// `evaluate(x, y, ...)` with one array per input and per output (lists or dicts).
    static func evaluateSeveral(_ a: BoundArguments, model: Model, verbose: Int, runtime: KerasRuntime) throws -> Evaluation {
        let interp = a.interpreter
        let x = try KerasSeveralArrays.inputs(a["x"], model: model, interp, argument: "x")
        guard !a.isNone("y") else {
            throw PythonError.valueError("Target data is missing: evaluate needs the targets too. Call model.evaluate(x_test, [y1_test, y2_test]).")
        }
        let y = try KerasSeveralArrays.targets(a["y"], model: model, interp, argument: "y")
        return try model.evaluate(
            x, y, batchSize: try a.optional("batch_size", as: Int.self), verbose: verbose,
            steps: try KerasArguments.steps(a, "steps"), output: runtime.write)
    }
}
