import Interpreter
import NeuralNet
import Tensors

/// The `Model` and `Sequential` classes: construction, layers, summary and weights. Training methods are in
/// `KerasModelTraining`.
enum KerasModelClass {
    static let owner = "Sequential"

    static func object(_ value: Value) throws -> KerasModelObject {
        try KerasNative.payload(value, as: KerasModelObject.self, expected: "a Keras model")
    }

    static func model(_ value: Value) throws -> Model { try object(value).requireModel() }

    /// `keras.Model`: `Model(inputs, outputs)` over symbolic tensors, and every method models share.
    static func makeModelClass(runtime: KerasRuntime) -> PyClass {
        var attributes: [(String, Value)] = [
            (
                "__init__",
                .object(
                    PyNativeFunction("Model.__init__", "self, inputs=None, outputs=None, name=None, trainable=True, **kwargs") { a in
                        try KerasErrors.translating {
                            let me = try object(a["self"])
                            let interp = a.interpreter
                            guard let (inputs, _) = try KerasSymbolicTensor.tensors(in: a["inputs"], interp) else {
                                throw PythonError.valueError(
                                    "Model(inputs, outputs) needs `inputs` made by keras.Input(shape=...) (or another model's .input). Received: inputs=\(try interp.repr(a["inputs"]))."
                                )
                            }
                            guard let (outputs, isList) = try KerasSymbolicTensor.tensors(in: a["outputs"], interp) else {
                                throw PythonError.valueError(
                                    "All `outputs` values must be KerasTensors (the result of calling a layer on a tensor). Received: outputs=\(try interp.repr(a["outputs"])) of type \(a["outputs"].typeName). Call the layer first, e.g. outputs=layers.Dense(3)(x)."
                                )
                            }
                            let name = try a.optional("name", as: String.self)
                            me.model = try runtime.naming { try Model(inputs: inputs, outputs: outputs, name: name) }
                            me.returnsList = isList
                            if !(try a.bool("trainable")) { me.model?.isTrainable = false }
                            return .none
                        }
                    })
            ),
            ("layers", KerasNative.property { v, _ in .list(try object(v).layerObjects(runtime)) }),
            (
                "input",
                KerasNative.property { v, _ in
                    let inputs = try runtime.naming { try symbolic(v, \.inputs, "input") }
                    return inputs.count == 1 ? inputs[0] : .list(inputs)
                }
            ),
            ("inputs", KerasNative.property { v, _ in .list(try runtime.naming { try symbolic(v, \.inputs, "input") }) }),
            (
                "output",
                KerasNative.property { v, _ in
                    let outputs = try runtime.naming { try symbolic(v, \.outputs, "output") }
                    let returnsList = try object(v).returnsList
                    return outputs.count == 1 && !returnsList ? outputs[0] : .list(outputs)
                }
            ),
            ("outputs", KerasNative.property { v, _ in .list(try runtime.naming { try symbolic(v, \.outputs, "output") }) }),
            ("name", KerasNative.property { v, _ in .str(try model(v).name) }),
            ("built", KerasNative.property { v, _ in .bool(try model(v).isBuilt) }),
            (
                "stop_training",
                KerasNative.property(
                    { v, _ in .bool(try model(v).stopTraining) },
                    set: { v, new, i in try model(v).stopTraining = try i.isTruthy(new) })
            ),
            ("history", KerasNative.property { v, _ in try object(v).history }),
            ("optimizer", KerasNative.property { v, _ in try object(v).optimizerObject }),
            ("loss", KerasNative.property { v, _ in try object(v).lossValue }),
            (
                "trainable",
                KerasNative.property(
                    { v, _ in .bool(try model(v).layers.allSatisfy(\.isTrainable)) },
                    set: { v, new, i in
                        let flag = try i.isTruthy(new)
                        for layer in try model(v).layers { layer.isTrainable = flag }
                    })
            ),
            ("weights", KerasNative.property { v, i in try KerasLayerBase.arrays(try model(v).weights, i) }),
            ("trainable_weights", KerasNative.property { v, i in try KerasLayerBase.arrays(try model(v).trainableWeights, i) }),
            ("non_trainable_weights", KerasNative.property { v, i in try KerasLayerBase.arrays(try model(v).nonTrainableWeights, i) }),
            (
                "input_shape",
                KerasNative.property { v, _ in
                    let m = try model(v)
                    guard let shape = m.inputShape else { throw unbuilt(m, "input_shape") }
                    return KerasLayerBase.batchShape(shape)
                }
            ),
            (
                "output_shape",
                KerasNative.property { v, _ in
                    let m = try model(v)
                    guard m.isBuilt, let shape = m.outputShape else { throw unbuilt(m, "output_shape") }
                    return KerasLayerBase.batchShape(shape)
                }
            ),
            (
                "metrics_names",
                KerasNative.property { v, _ in
                    let m = try model(v)
                    return .list((m.compiled == nil ? ["loss"] : m.metricsNames).map { .str($0) })
                }
            ),
            ("output_names", KerasNative.property { v, _ in .list(try model(v).outputNames.map { .str($0) }) }),
            KerasNative.method("summary", "line_length=None, positions=None, print_fn=None, expand_nested=False, show_trainable=False, layer_range=None", owner: owner) { a in
                let text = try model(a["self"]).summary(
                    lineLength: try a.optional("line_length", as: Int.self),
                    showTrainable: try a.bool("show_trainable"))
                if a.isNone("print_fn") {
                    runtime.write(text.hasSuffix("\n") ? text : text + "\n")
                } else {
                    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
                        try a.interpreter.call(a["print_fn"], [.str(String(line))])
                    }
                }
                return .none
            },
            KerasNative.method("count_params", "", owner: owner) { a in
                let m = try model(a["self"])
                guard m.isBuilt else {
                    throw PythonError.valueError(
                        "You tried to call `count_params` on model '\(m.name)', but the model isn't built. Give the first layer an input_shape, or call fit (or build) first.")
                }
                return .int(m.parameterCount)
            },
            KerasNative.method("get_layer", "name=None, index=None", owner: owner) { a in
                let me = try object(a["self"])
                let m = try me.requireModel()
                let layer: Layer
                if !a.isNone("index") {
                    layer = try m.layer(at: try a.int("index"))
                } else if !a.isNone("name") {
                    layer = try m.layer(named: try a.string("name"))
                } else {
                    throw PythonError.valueError("Provide either a layer name or layer index at `get_layer`, e.g. model.get_layer('dense').")
                }
                return .object(me.object(for: layer, runtime))
            },
            KerasNative.method("get_weights", "", owner: owner) { a in
                try KerasLayerBase.arrays(try model(a["self"]).getWeights(), a.interpreter)
            },
            KerasNative.method("set_weights", "weights", owner: owner) { a in
                let interp = a.interpreter
                let given = try interp.iterateToArray(a["weights"])
                let tensors = try given.enumerated().map { try KerasArrays.tensor(from: $0.element, interp, argument: "weights[\($0.offset)]") }
                try model(a["self"]).setWeights(tensors)
                return .none
            },
            KerasNative.method("save_weights", "filepath, overwrite=True", owner: owner) { a in
                try model(a["self"]).saveWeights(to: try KerasPaths.writable(try a.string("filepath"), a.interpreter))
                return .none
            },
            KerasNative.method("save", "filepath, overwrite=True", owner: owner) { a in
                let path = try KerasPaths.writable(try a.string("filepath"), a.interpreter)
                let m = try model(a["self"])
                if path.lowercased().hasSuffix(".h5") || path.lowercased().hasSuffix(".hdf5") {
                    try m.saveKerasModel(to: path)
                } else {
                    try m.saveWeights(to: path)
                }
                return .none
            },
            KerasNative.method("load_weights", "filepath, skip_mismatch=False, by_name=False", owner: owner) { a in
                try model(a["self"]).loadWeights(
                    from: try KerasPaths.readable(try a.string("filepath"), a.interpreter),
                    byName: try a.bool("by_name"), skipMismatch: try a.bool("skip_mismatch"))
                return .none
            },
            KerasNative.method("build", "input_shape=None", owner: owner) { a in
                let m = try model(a["self"])
                guard let shape = try KerasArguments.shape(a, "input_shape", withBatchAxis: true) ?? m.inputShape else {
                    throw PythonError.valueError("You must provide an `input_shape` argument, e.g. model.build((None, 28, 28)).")
                }
                try m.build(inputShape: shape)
                return .none
            },
        ]
        attributes += KerasModelTraining.methods(runtime: runtime)
        return KerasNative.makeClass("Model", module: "keras.src.models.model", attributes: attributes) { KerasModelObject(cls: $0) }
    }

    /// `keras.Sequential`, a `Model` grown layer by layer.
    static func makeSequentialClass(base: PyClass, runtime: KerasRuntime) -> PyClass {
        let attributes: [(String, Value)] = [
            (
                "__init__",
                .object(
                    PyNativeFunction("Sequential.__init__", "self, layers=None, name=None, trainable=True") { a in
                        try KerasErrors.translating {
                            let me = try object(a["self"])
                            me.model = try Sequential(name: try a.optional("name", as: String.self) ?? runtime.uniqueName(for: "Sequential"))
                            if !a.isNone("layers") {
                                for layer in try a.interpreter.iterateToArray(a["layers"]) { try me.add(layer, a.interpreter) }
                            }
                            return .none
                        }
                    })
            ),
            KerasNative.method("add", "layer", owner: owner) { a in
                try object(a["self"]).add(a["layer"], a.interpreter)
                return .none
            },
            KerasNative.method("pop", "", owner: owner) { a in try object(a["self"]).pop(runtime) },
        ]
        return KerasNative.makeClass("Sequential", module: "keras.src.models.sequential", bases: [base], attributes: attributes)
    }

    /// `keras.models.load_model(filepath)` for Keras `.h5` model files.
    static func loadModelFunction(runtime: KerasRuntime) -> (String, Value) {
        KerasNative.function("load_model", "filepath, custom_objects=None, compile=True, safe_mode=True") { a in
            let path = try KerasPaths.readable(try a.string("filepath"), a.interpreter)
            guard path.lowercased().hasSuffix(".h5") || path.lowercased().hasSuffix(".hdf5") else {
                throw PythonError.valueError("File format not supported: filepath=\(path). This Keras loads models saved as .h5 files, e.g. model.save('model.h5').")
            }
            let model = try runtime.naming { try Model.loadKerasModel(from: path) }
            let object = KerasModelObject(cls: model is Sequential ? runtime.classes.sequential : runtime.classes.functional)
            object.model = model
            return .object(object)
        }
    }

    /// The model's symbolic inputs or outputs as Python values, or Keras' error before it has any.
    static func symbolic(_ value: Value, _ key: KeyPath<Model, [SymbolicTensor]>, _ what: String) throws -> [Value] {
        let m = try model(value)
        let tensors = m[keyPath: key]
        guard !tensors.isEmpty else {
            throw PythonError.attributeError(
                "The model \"\(m.name)\" has never been called and thus has no defined \(what). Give the first layer an input_shape (or call fit first).")
        }
        return tensors.map(KerasSymbolicTensor.value)
    }

    static func unbuilt(_ model: Model, _ what: String) -> PythonError {
        PythonError.attributeError("The model \"\(model.name)\" has not been built yet, so it has no \(what). Give the first layer an input_shape, or call fit first.")
    }
}
