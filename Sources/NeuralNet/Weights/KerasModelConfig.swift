import Foundation
import Tensors

/// Keras' `model_config` JSON for the layers this library has: written by `saveKerasModel` in
/// Keras 3's shape, read back from Keras 3 or TF-Keras 2 files (whose `inbound_nodes` differ).
enum KerasModelConfig {
    // MARK: Writing

    /// `{"class_name": "Sequential" or "Functional", "config": {...}}`.
    static func config(of model: Model) throws -> [String: Any] {
        if let sequential = model as? Sequential {
            guard let shape = sequential.inputShape else {
                throw NeuralNetError.notReady(
                    "The model \"\(model.name)\" is not built, so it cannot be saved whole. Give the first layer an input_shape (or call fit) first, or save only the weights.")
            }
            let input = try layerEntry(try InputLayer(shape: shape, name: "input_layer"), inbound: nil)
            let layers = [input] + (try sequential.layers.map { try layerEntry($0, inbound: nil) })
            return ["class_name": "Sequential", "config": ["name": model.name, "layers": layers] as [String: Any]]
        }
        let nodes = model.layers.flatMap { layer in model.outputsOfLayer(layer) }
        let layers = try model.layers.map { layer -> [String: Any] in
            let calls = nodes.filter { $0.layer === layer && !$0.isInput }
            return try layerEntry(
                layer,
                inbound: calls.map { call in
                    ["args": [call.inputs.count == 1 ? tensorEntry(call.inputs[0]) : call.inputs.map(tensorEntry)] as [Any], "kwargs": [String: Any]()]
                })
        }
        let history = { (tensor: SymbolicTensor) -> [Any] in [tensor.layer.name, 0, 0] }
        return [
            "class_name": "Functional",
            "config": [
                "name": model.name, "layers": layers,
                "input_layers": model.inputs.map(history), "output_layers": model.outputs.map(history),
            ] as [String: Any],
        ]
    }

    private static func tensorEntry(_ tensor: SymbolicTensor) -> [String: Any] {
        [
            "class_name": "__keras_tensor__",
            "config": [
                "shape": [NSNull()] + tensor.shape.map { $0 as Any }, "dtype": "float32",
                "keras_history": [tensor.layer.name, tensor.layer.callIndex(of: tensor), 0],
            ] as [String: Any],
        ]
    }

    private static func layerEntry(_ layer: Layer, inbound: [[String: Any]]?) throws -> [String: Any] {
        var config: [String: Any] = ["name": layer.name, "trainable": layer.isTrainable, "dtype": "float32"]
        func pair(_ value: (Int, Int)) -> [Int] { [value.0, value.1] }
        switch layer {
        case let input as InputLayer:
            config["batch_shape"] = [NSNull()] + (input.declaredInputShape ?? []).map { $0 as Any }
        case let dense as Dense:
            config["units"] = dense.units
            config["activation"] = dense.activation.rawValue
            config["use_bias"] = dense.useBias
        case let conv as Conv2D:
            config["filters"] = conv.filters
            config["kernel_size"] = pair(conv.kernelSize)
            config["strides"] = pair(conv.strides)
            config["padding"] = conv.padding.rawValue
            config["activation"] = conv.activation.rawValue
            config["use_bias"] = conv.useBias
        case let pool as Pooling2D:
            config["pool_size"] = pair(pool.poolSize)
            config["strides"] = pair(pool.strides)
            config["padding"] = pool.padding.rawValue
        case let pool as GlobalPooling2D:
            config["keepdims"] = pool.keepDims
        case let dropout as Dropout:
            config["rate"] = dropout.rate
        case let activation as ActivationLayer:
            config["activation"] = activation.activation.rawValue
        case let norm as BatchNormalization:
            config["axis"] = -1
            config["momentum"] = norm.momentum
            config["epsilon"] = norm.epsilon
            config["center"] = norm.center
            config["scale"] = norm.scale
        case let join as Concatenate:
            config["axis"] = join.axis
        case is Flatten:
            break
        default:
            throw NeuralNetError.invalidArgument(
                "Layer \"\(layer.name)\" (\(layer.typeName)) cannot be saved in a Keras model file here. Save the weights with model.save_weights('file.weights.h5') instead.")
        }
        var entry: [String: Any] = ["module": "keras.layers", "class_name": layer.typeName, "config": config, "name": layer.name]
        if let inbound { entry["inbound_nodes"] = inbound }
        return entry
    }

    // MARK: Reading

    /// The model described by `json` (Keras 3 or TF-Keras 2), with fresh weights.
    static func model(from json: String, path: String) throws -> Model {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let className = object["class_name"] as? String, let config = object["config"] as? [String: Any]
        else {
            throw corrupt(path, "its model_config is not Keras JSON")
        }
        let name = config["name"] as? String
        let entries = config["layers"] as? [[String: Any]] ?? []
        switch className {
        case "Sequential":
            var layers: [Layer] = []
            var inputShape: [Int]?
            for entry in entries {
                let layerConfig = entry["config"] as? [String: Any] ?? [:]
                if entry["class_name"] as? String == "InputLayer" {
                    inputShape = batchShape(layerConfig)
                    continue
                }
                layers.append(try layer(entry, inputShape: layers.isEmpty ? (inputShape ?? batchShape(layerConfig)) : nil, path: path))
            }
            return try Sequential(layers, name: name)
        case "Functional", "Model":
            var tensors: [String: SymbolicTensor] = [:]
            for entry in entries {
                guard let layerName = entry["name"] as? String ?? (entry["config"] as? [String: Any])?["name"] as? String else {
                    throw corrupt(path, "a layer has no name")
                }
                if entry["class_name"] as? String == "InputLayer" {
                    guard let shape = batchShape(entry["config"] as? [String: Any] ?? [:]) else { throw corrupt(path, "input '\(layerName)' has no shape") }
                    tensors[layerName] = try Input(shape: shape, name: layerName)
                    continue
                }
                let made = try layer(entry, inputShape: nil, path: path)
                let sources = try inboundLayerNames(entry["inbound_nodes"], path: path)
                let inputs = try sources.map { source -> SymbolicTensor in
                    guard let tensor = tensors[source] else { throw corrupt(path, "layer '\(layerName)' reads '\(source)', which comes later or is missing") }
                    return tensor
                }
                tensors[layerName] = made is MergeLayer ? try made(inputs) : try made(inputs.first ?? { throw corrupt(path, "layer '\(layerName)' has no input") }())
            }
            func resolve(_ key: String) throws -> [SymbolicTensor] {
                let items = config[key] as? [Any] ?? []
                let list = items.first is String ? [items] : items
                return try list.map { item in
                    guard let name = (item as? [Any])?.first as? String, let tensor = tensors[name] else { throw corrupt(path, "\(key) names a missing layer") }
                    return tensor
                }
            }
            return try Model(inputs: try resolve("input_layers"), outputs: try resolve("output_layers"), name: name)
        default:
            throw NeuralNetError.invalidArgument("\(path) holds a \(className) model; this Keras loads Sequential and functional models.")
        }
    }

    /// The layer names a layer's first call reads, from Keras 3's `args`/`keras_history` or TF-Keras 2's lists.
    private static func inboundLayerNames(_ value: Any?, path: String) throws -> [String] {
        guard let nodes = value as? [Any], let first = nodes.first else { return [] }
        if let node = first as? [String: Any] {
            var names: [String] = []
            func collect(_ item: Any) {
                if let tensor = item as? [String: Any], let history = (tensor["config"] as? [String: Any])?["keras_history"] as? [Any],
                    let name = history.first as? String
                {
                    names.append(name)
                } else if let list = item as? [Any] {
                    list.forEach(collect)
                }
            }
            collect(node["args"] ?? [])
            return names
        }
        guard let entries = first as? [Any] else { throw corrupt(path, "unreadable inbound_nodes") }
        return entries.compactMap { ($0 as? [Any])?.first as? String }
    }

    private static func batchShape(_ config: [String: Any]) -> [Int]? {
        guard let shape = (config["batch_shape"] ?? config["batch_input_shape"]) as? [Any] else { return nil }
        return shape.dropFirst().compactMap { $0 as? Int }
    }

    private static func layer(_ entry: [String: Any], inputShape: [Int]?, path: String) throws -> Layer {
        let className = entry["class_name"] as? String ?? "?"
        let c = entry["config"] as? [String: Any] ?? [:]
        let name = c["name"] as? String ?? entry["name"] as? String
        func int(_ key: String, _ fallback: Int) -> Int { c[key] as? Int ?? fallback }
        func double(_ key: String, _ fallback: Double) -> Double { c[key] as? Double ?? (c[key] as? Int).map(Double.init) ?? fallback }
        func bool(_ key: String, _ fallback: Bool) -> Bool { c[key] as? Bool ?? fallback }
        func pair(_ key: String) -> (Int, Int)? {
            if let single = c[key] as? Int { return (single, single) }
            guard let values = c[key] as? [Int], values.count == 2 else { return nil }
            return (values[0], values[1])
        }
        func activation() throws -> Activation {
            let text = c["activation"] as? String ?? "linear"
            guard let value = Activation(kerasName: text) else { throw corrupt(path, "layer '\(name ?? "?")' uses activation '\(text)', which this Keras lacks") }
            return value
        }
        func padding() -> Padding { Padding(rawValue: c["padding"] as? String ?? "valid") ?? .valid }
        let made: Layer
        switch className {
        case "Dense":
            made = try Dense(units: int("units", 1), activation: try activation(), useBias: bool("use_bias", true), name: name, inputShape: inputShape)
        case "Conv2D":
            made = try Conv2D(
                filters: int("filters", 1), kernelSize: pair("kernel_size") ?? (3, 3), strides: pair("strides") ?? (1, 1),
                padding: padding(), activation: try activation(), useBias: bool("use_bias", true), name: name, inputShape: inputShape)
        case "MaxPooling2D", "MaxPool2D":
            made = try MaxPooling2D(poolSize: pair("pool_size") ?? (2, 2), strides: pair("strides"), padding: padding(), name: name, inputShape: inputShape)
        case "AveragePooling2D", "AvgPool2D":
            made = try AveragePooling2D(poolSize: pair("pool_size") ?? (2, 2), strides: pair("strides"), padding: padding(), name: name, inputShape: inputShape)
        case "GlobalAveragePooling2D":
            made = GlobalAveragePooling2D(keepDims: bool("keepdims", false), name: name, inputShape: inputShape)
        case "GlobalMaxPooling2D":
            made = GlobalMaxPooling2D(keepDims: bool("keepdims", false), name: name, inputShape: inputShape)
        case "Flatten":
            made = Flatten(name: name, inputShape: inputShape)
        case "Dropout":
            made = try Dropout(rate: double("rate", 0), name: name, inputShape: inputShape)
        case "Activation":
            made = ActivationLayer(try activation(), name: name, inputShape: inputShape)
        case "BatchNormalization":
            made = try BatchNormalization(
                momentum: double("momentum", 0.99), epsilon: double("epsilon", 1e-3), center: bool("center", true),
                scale: bool("scale", true), name: name, inputShape: inputShape)
        case "Concatenate":
            made = Concatenate(axis: int("axis", -1), name: name)
        default:
            throw NeuralNetError.invalidArgument(
                "\(path) uses a \(className) layer, which this Keras cannot build. Load only its weights into a model you build, with model.load_weights(path, by_name=True).")
        }
        made.isTrainable = bool("trainable", true)
        return made
    }

    private static func corrupt(_ path: String, _ detail: String) -> NeuralNetError {
        .invalidArgument("\(path) is not a Keras model file this Keras can read (\(detail)). Save it with model.save('file.h5').")
    }
}

extension Model {
    /// The symbolic outputs of `layer`'s calls in this model's graph.
    func outputsOfLayer(_ layer: Layer) -> [SymbolicTensor] {
        graph?.nodes.filter { $0.layer === layer } ?? []
    }

    /// Writes the whole model as Keras' `model.save('x.h5')` does: `model_config` JSON and the
    /// weights under `model_weights` (TF-Keras 2's layout, which Keras 3 also reads).
    ///
    ///     try model.saveKerasModel(to: "model.h5")
    ///     let copy = try Model.loadKerasModel(from: "model.h5")
    public func saveKerasModel(to path: String) throws {
        let config = try KerasModelConfig.config(of: self)
        let json = String(decoding: try JSONSerialization.data(withJSONObject: config, options: [.sortedKeys]), as: UTF8.self)
        try saveKerasWeights(to: path, fullModel: true)
        try HDF5File.withLock {
            let file = try HDF5File(updating: path)
            try file.root.setString(json, for: "model_config")
        }
    }

    /// A model read from a Keras `.h5` model file (Keras' `load_model`): its architecture from
    /// `model_config`, then its weights.
    public static func loadKerasModel(from path: String) throws -> Model {
        let json = try HDF5File.withLock { try HDF5File(reading: path).root.strings("model_config")?.first }
        guard let json else {
            throw NeuralNetError.invalidArgument("No model config found in the file at \(path). It holds only weights: build the model, then call model.load_weights(path).")
        }
        let model = try KerasModelConfig.model(from: json, path: path)
        try model.loadKerasWeights(from: path)
        return model
    }
}
