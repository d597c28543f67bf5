import Tensors

extension Model {
    /// Writes the weights as TF-Keras 2 does in a `.h5` file: the root lists `layer_names`, each
    /// layer's group lists `weight_names` (`dense/kernel:0`, …) and holds a float32 dataset for
    /// each. With `fullModel`, the layout sits under a `model_weights` group, as `model.save('x.h5')`.
    ///
    ///     try model.saveKerasWeights(to: "model.weights.h5")
    public func saveKerasWeights(to path: String, fullModel: Bool = false) throws {
        try HDF5File.withLock {
            let file = try HDF5File(creating: path)
            let root = file.root
            let group = fullModel ? try root.makeGroup("model_weights") : root
            if fullModel {
                try root.setString("tensorflow", for: "backend")
                try root.setString(KerasH5.kerasVersion, for: "keras_version")
            }
            try group.setStrings(layers.map(\.name), for: "layer_names")
            try group.setString("tensorflow", for: "backend")
            try group.setString(KerasH5.kerasVersion, for: "keras_version")
            for layer in layers {
                let layerGroup = try group.makeGroup(layer.name)
                let names = layer.weightNames.map { "\(layer.name)/\($0):0" }
                try layerGroup.setStrings(names, for: "weight_names")
                for (name, weight) in zip(names, layer.weights) { try layerGroup.setTensor(weight, at: name) }
            }
        }
    }

    /// Reads a Keras `.h5` weights file (TF-Keras 2 `save_weights`, or `model.save` with its
    /// `model_weights` group), as Keras' `load_weights`: by default the layers with weights are
    /// matched in order; `byName` matches layers by name, and `skipMismatch` then skips layers
    /// whose weights differ in count or shape instead of failing.
    ///
    ///     try base.loadKerasWeights(from: "inception_v3_weights_tf_dim_ordering_tf_kernels_notop.h5")
    public func loadKerasWeights(from path: String, byName: Bool = false, skipMismatch: Bool = false) throws {
        if skipMismatch && !byName {
            throw NeuralNetError.invalidArgument("When calling model.load_weights, skip_mismatch can only be set to True when by_name is True. Pass by_name=True too.")
        }
        let saved = try HDF5File.withLock { try KerasH5.read(path) }
        let current = layers.filter { !$0.weights.isEmpty }
        var assignments: [(Tensor, Tensor)] = []
        if byName {
            for (index, entry) in saved.enumerated() {
                guard let layer = current.first(where: { $0.name == entry.name }) else { continue }
                let problem = KerasH5.mismatch(layer: layer, index: index, saved: entry.weights, quoted: true)
                if let problem {
                    if skipMismatch { continue }
                    throw NeuralNetError.invalidArgument(problem)
                }
                assignments += zip(layer.weights, entry.weights)
            }
        } else {
            let withWeights = saved.filter { !$0.weights.isEmpty }
            guard withWeights.count == current.count else {
                throw NeuralNetError.invalidArgument(
                    "Layer count mismatch when loading weights from file. Model expected \(current.count) layers, found \(withWeights.count) saved layers. Load a file saved from the same architecture, or pass by_name=True to match layers by name."
                )
            }
            for (index, (layer, entry)) in zip(current, withWeights).enumerated() {
                if layer.weights.count != entry.weights.count {
                    throw NeuralNetError.invalidArgument(
                        "Weight count mismatch for layer #\(index) (named \(layer.name) in the current model, \(entry.name) in the save file). Layer expects \(layer.weights.count) weight(s). Received \(entry.weights.count) saved weight(s). Load a file saved from the same architecture."
                    )
                }
                if let problem = KerasH5.mismatch(layer: layer, index: index, saved: entry.weights, quoted: false) {
                    throw NeuralNetError.invalidArgument(problem)
                }
                assignments += zip(layer.weights, entry.weights)
            }
        }
        for (target, value) in assignments { try target.assign(value) }
    }
}

/// Reading TF-Keras 2 `.h5` weight files.
enum KerasH5 {
    /// The `keras_version` written into files.
    static let kerasVersion = "2.21.0"

    /// Whether `path` names a Keras HDF5 file (`.h5`, `.hdf5`, `.keras` excluded).
    static func isKerasPath(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".h5") || lower.hasSuffix(".hdf5")
    }

    /// The saved layers in file order: name and weights in `weight_names` order.
    static func read(_ path: String) throws -> [(name: String, weights: [Tensor])] {
        let file = try HDF5File(reading: path)
        var group = file.root
        if group.contains("model_weights") { group = try group.group("model_weights") }
        guard let names = try group.strings("layer_names") else {
            if group.contains("layers") {
                throw NeuralNetError.invalidArgument(
                    "\(path) is a Keras 3 `.weights.h5` file; this Keras reads the TF-Keras 2 layout (layer_names, weight_names). Save it with model.save('file.h5') or tf_keras' save_weights."
                )
            }
            throw NeuralNetError.invalidArgument(
                "\(path) is an HDF5 file without Keras weights (no `layer_names` attribute). Load a file written by model.save_weights('file.h5') or model.save('file.h5').")
        }
        return try names.map { name in
            let layerGroup = try group.group(name)
            let weightNames = try layerGroup.strings("weight_names") ?? []
            return (name, try weightNames.map { try layerGroup.tensor($0) })
        }
    }

    /// Keras' message when `saved` does not fit `layer`'s weights (count or a shape), else nil.
    static func mismatch(layer: Layer, index: Int, saved: [Tensor], quoted: Bool) -> String? {
        let name = quoted ? "\"\(layer.name)\"" : layer.name
        guard layer.weights.count == saved.count else {
            return
                "Layer #\(index) (named \(name)) expects \(layer.weights.count) weight(s), but the saved weights have \(saved.count) element(s). Load a file saved from the same architecture, or pass skip_mismatch=True with by_name=True."
        }
        for (weightName, (target, value)) in zip(layer.weightNames, zip(layer.weights, saved)) where target.shape != value.shape {
            return
                "Shape mismatch in layer #\(index) (named \(name)) for weight \(layer.name)/\(weightName). Weight expects shape \(ShapeText.tuple(target.shape)). Received saved weight with shape \(ShapeText.tuple(value.shape)). Load a file saved from the same architecture (same input_shape and layer sizes)."
        }
        return nil
    }
}
