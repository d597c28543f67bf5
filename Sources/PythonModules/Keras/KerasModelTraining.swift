import Interpreter
import NeuralNet
import Tensors

/// `compile`, `fit`, `fit_generator`, `evaluate` and `predict` with Keras 3's parameter names and
/// defaults, converting arrays, generators, callbacks and results at the edge.
enum KerasModelTraining {
    static let owner = "Sequential"

    static func methods(runtime: KerasRuntime) -> [(String, Value)] {
        [
            KerasNative.method(
                "compile",
                "optimizer='rmsprop', loss=None, loss_weights=None, metrics=None, weighted_metrics=None, run_eagerly=False, steps_per_execution=1, jit_compile='auto', auto_scale_loss=True",
                owner: owner
            ) { a in
                try compile(a, runtime: runtime)
            },
            KerasNative.method("fit", fitSignature, owner: owner) { a in try fit(a, runtime: runtime) },
            KerasNative.method(
                "fit_generator",
                "generator, steps_per_epoch=None, epochs=1, verbose=1, callbacks=None, validation_data=None, validation_steps=None, validation_freq=1, class_weight=None, max_queue_size=10, workers=1, use_multiprocessing=False, shuffle=True, initial_epoch=0",
                owner: owner
            ) { a in
                runtime.notice("fit_generator", "Notice: `model.fit_generator` is the old name of `model.fit` (Keras 3 removed it); running model.fit with the same arguments.")
                var keywords: [(name: String, value: Value)] = [("x", a["generator"])]
                for name in ["steps_per_epoch", "epochs", "verbose", "callbacks", "validation_data", "validation_steps", "shuffle"] {
                    keywords.append((name, a[name]))
                }
                return try a.interpreter.callMethod(a["self"], "fit", [], keywords: keywords)
            },
            KerasNative.method("evaluate", "x=None, y=None, batch_size=None, verbose='auto', sample_weight=None, steps=None, callbacks=None, return_dict=False", owner: owner) {
                a in
                try evaluate(a, runtime: runtime)
            },
            KerasNative.method("predict", "x, batch_size=None, verbose='auto', steps=None, callbacks=None", owner: owner) { a in
                try predict(a, runtime: runtime)
            },
        ]
    }

    static let fitSignature =
        "x=None, y=None, batch_size=None, epochs=1, verbose='auto', callbacks=None, validation_split=0.0, validation_data=None, shuffle=True, class_weight=None, sample_weight=None, initial_epoch=0, steps_per_epoch=None, validation_steps=None, validation_batch_size=None, validation_freq=1, max_queue_size=10, workers=1, use_multiprocessing=False"

    static func compile(_ a: BoundArguments, runtime: KerasRuntime) throws -> Value {
        let me = try KerasModelClass.object(a["self"])
        let model = try me.requireModel()
        let interp = a.interpreter
        let (optimizer, optimizerObject) = try KerasOptimizers.resolve(a["optimizer"], runtime: runtime)
        guard !a.isNone("loss") else {
            throw PythonError.valueError("No loss to compute. Provide a `loss` argument in `compile()`, e.g. loss='sparse_categorical_crossentropy'.")
        }
        // A loss weight on a model of one output scales its loss, so it trains as a list of one.
        if model.hasSeveralInputsOrOutputs || !a.isNone("loss_weights") {
            try compileSeveral(a, model: model, optimizer: optimizer, runtime: runtime)
            me.optimizerObject = optimizerObject
            me.lossValue = a["loss"]
            return .none
        }
        let loss = try KerasLosses.resolve(a["loss"], interp)
        var metrics: [String] = []
        switch a["metrics"] {
        case .none: break
        case .list, .tuple:
            metrics = try interp.iterateToArray(a["metrics"]).map { metric in
                guard case .str(let name) = metric else {
                    throw PythonError.valueError("Could not interpret metric identifier: \(try interp.repr(metric)). Use metrics=['accuracy'].")
                }
                return name
            }
        default:
            throw PythonError.typeError(
                "Expected `metrics` argument to be a list, tuple, or dict. Received instead: metrics=\(try interp.repr(a["metrics"])) of type \(a["metrics"].typeName). Write metrics=['accuracy']."
            )
        }
        try model.compile(optimizer: optimizer, loss: loss, metrics: metrics)
        me.optimizerObject = optimizerObject
        me.lossValue = a["loss"]
        return .none
    }

    static func fit(_ a: BoundArguments, runtime: KerasRuntime) throws -> Value {
        let me = try KerasModelClass.object(a["self"])
        let model = try me.requireModel()
        let interp = a.interpreter
        let epochs = try a.int("epochs")
        guard epochs >= 0 else { throw PythonError.valueError("`epochs` must be a non-negative integer, received \(epochs). Use e.g. epochs=5.") }
        for name in ["class_weight", "sample_weight", "validation_batch_size"] where !a.isNone(name) {
            throw PythonError.valueError("`\(name)` is not supported here; leave it out of fit().")
        }
        guard try a.int("initial_epoch") == 0, try a.int("validation_freq") == 1 else {
            throw PythonError.valueError("`initial_epoch` and `validation_freq` are not supported here; leave them at their defaults (0 and 1).")
        }
        let verbose = try KerasArguments.verbose(a)
        let stepsPerEpoch = try KerasArguments.steps(a, "steps_per_epoch")
        let validationSteps = try KerasArguments.steps(a, "validation_steps")
        var callbacks = try KerasCallbacks.adapters(a["callbacks"], model: a["self"], interp)
        callbacks.append(InterpreterInterruptBridge(interp))
        let history: History
        if model.hasSeveralInputsOrOutputs, try KerasDataSources.batchSource(a["x"], interp) == nil {
            history = try fitSeveral(a, model: model, epochs: epochs, verbose: verbose, callbacks: callbacks, runtime: runtime)
        } else if let source = try KerasDataSources.batchSource(a["x"], interp) {
            guard a.isNone("y") else {
                throw PythonError.valueError(
                    "`y` argument is not supported when using a data generator (here \(a["x"].typeName)) as input. The generator yields the labels itself; drop y.")
            }
            let validation = try KerasDataSources.validationSource(a["validation_data"], batchSize: try a.optional("batch_size", as: Int.self) ?? 32, interp)
            history = try model.fit(
                source, epochs: epochs, verbose: verbose, callbacks: callbacks, validationData: validation,
                stepsPerEpoch: stepsPerEpoch, validationSteps: validationSteps, output: runtime.write)
        } else {
            guard !a.isNone("x") else {
                throw PythonError.valueError("Unrecognized data type: x=None. Pass the training data, e.g. model.fit(x_train, y_train, epochs=5).")
            }
            let x = try KerasArrays.tensor(from: a["x"], interp, argument: "x")
            guard let y = try KerasArrays.optionalTensor(from: a["y"], interp, argument: "y") else {
                throw PythonError.valueError("Target data is missing. Your model has `loss` as the training objective, but you did not pass `y`. Call model.fit(x, y, ...).")
            }
            var validation: (Tensor, Tensor)?
            if !a.isNone("validation_data") {
                let parts = try KerasDataSources.validationTuple(a["validation_data"], interp)
                validation = (
                    try KerasArrays.tensor(from: parts.0, interp, argument: "validation_data[0]"),
                    try KerasArrays.tensor(from: parts.1, interp, argument: "validation_data[1]")
                )
            }
            history = try model.fit(
                x, y, batchSize: try a.optional("batch_size", as: Int.self), epochs: epochs, verbose: verbose,
                callbacks: callbacks, validationSplit: try a.double("validation_split"), validationData: validation,
                shuffle: try a.bool("shuffle"), stepsPerEpoch: stepsPerEpoch, validationSteps: validationSteps,
                output: runtime.write)
        }
        let result = try KerasCallbacks.historyObject(history, model: a["self"], runtime: runtime)
        me.history = result
        // The history makes a cycle with the model, whose weights, gradients and optimizer state
        // (about three copies of the weights) only a collection frees once the learner rebuilds it.
        CycleCollector.noteNativeAllocation(bytes: model.parameterCount * MemoryLayout<Float>.size * 3)
        return result
    }

    static func evaluate(_ a: BoundArguments, runtime: KerasRuntime) throws -> Value {
        let model = try KerasModelClass.model(a["self"])
        let interp = a.interpreter
        let verbose = try KerasArguments.verbose(a)
        let steps = try KerasArguments.steps(a, "steps")
        let result: Evaluation
        if model.hasSeveralInputsOrOutputs, try KerasDataSources.batchSource(a["x"], interp) == nil {
            result = try evaluateSeveral(a, model: model, verbose: verbose, runtime: runtime)
        } else if let source = try KerasDataSources.batchSource(a["x"], interp) {
            result = try model.evaluate(source, verbose: verbose, steps: steps, output: runtime.write)
        } else {
            let x = try KerasArrays.tensor(from: a["x"], interp, argument: "x")
            guard let y = try KerasArrays.optionalTensor(from: a["y"], interp, argument: "y") else {
                throw PythonError.valueError("Target data is missing: evaluate needs the labels too. Call model.evaluate(x_test, y_test).")
            }
            result = try model.evaluate(
                x, y, batchSize: try a.optional("batch_size", as: Int.self), verbose: verbose,
                steps: steps, output: runtime.write)
        }
        if try a.bool("return_dict") {
            let dict = PyDict()
            // Keras' TensorFlow backend returns the logs dict, whose keys come sorted.
            for (name, value) in zip(result.names, result.values).sorted(by: { $0.0 < $1.0 }) { dict.setString(name, float32(value)) }
            return .dict(dict)
        }
        return result.isScalar ? float32(result.loss) : .list(result.values.map(float32))
    }

    /// A metric as Keras reports it: a float32 value widened to a Python float (0.8763999938964844).
    static func float32(_ value: Double) -> Value {
        .float(Double(Float(value)))
    }

    static func predict(_ a: BoundArguments, runtime: KerasRuntime) throws -> Value {
        let model = try KerasModelClass.model(a["self"])
        let interp = a.interpreter
        let verbose = try KerasArguments.verbose(a)
        let batchSize = try a.optional("batch_size", as: Int.self)
        if let source = try KerasDataSources.batchSource(a["x"], interp) {
            let steps = try KerasArguments.steps(a, "steps") ?? source.batchCount
            var outputs: [Tensor] = []
            source.startPass()
            for step in 0..<steps {
                outputs.append(try model.predict(try source.batch(at: step % max(source.batchCount, 1)).x, verbose: 0))
            }
            return try KerasArrays.value(of: try Tensor.concatenate(outputs, axis: 0), interp)
        }
        switch a["x"] {
        case .list, .tuple:
            runtime.notice("predict-list", "Notice: Keras 3 rejects a Python list in predict(); converting it to a NumPy array, as np.array(x), for you.")
        default: break
        }
        let me = try KerasModelClass.object(a["self"])
        if !(model is Sequential) {
            let xs: [Tensor]
            var isDict = false
            if case .dict = a["x"] { isDict = true }
            if model.inputs.count > 1 || isDict {
                xs = try KerasSeveralArrays.inputs(a["x"], model: model, interp, argument: "x")
            } else {
                xs = [try KerasArrays.tensor(from: a["x"], interp, argument: "x[0]")]
            }
            let outputs = try model.predict(xs, batchSize: batchSize, verbose: verbose, output: runtime.write)
            let arrays = try outputs.map { try KerasArrays.value(of: $0, interp) }
            return me.returnsList || arrays.count != 1 ? .list(arrays) : arrays[0]
        }
        let x = try KerasArrays.tensor(from: a["x"], interp, argument: "x")
        return try KerasArrays.value(of: try model.predict(x, batchSize: batchSize, verbose: verbose, output: runtime.write), interp)
    }
}
