import Tensors

extension Model {
    /// Writes the weights in Keras 3's `.weights.h5` layout: `layers/<key>/vars/0, 1, …`, one group
    /// per layer keyed by its type in snake case (`conv2d`, `conv2d_1`, …, as Keras 3 numbers them
    /// in the model), with the layer's name in the `vars` group's `name` attribute.
    ///
    ///     try model.saveKeras3Weights(to: "model.weights.h5")
    public func saveKeras3Weights(to path: String) throws {
        try HDF5File.withLock {
            let file = try HDF5File(creating: path)
            let root = file.root
            for (layer, key) in zip(layers, Keras3Weights.keys(for: layers)) {
                let vars = try root.makeGroup("layers/\(key)/vars")
                try vars.setString(layer.name, for: "name")
                for (index, weight) in layer.weights.enumerated() { try vars.setTensor(weight, at: String(index)) }
            }
            try root.makeGroup("vars").setString(name, for: "name")
        }
    }

    /// Reads Keras 3's `.weights.h5` layout: each layer's weights from the group of its key, as
    /// Keras 3 matches them (by position among layers of its type, not by name).
    public func loadKeras3Weights(from path: String) throws {
        var assignments: [(Tensor, Tensor)] = []
        try HDF5File.withLock {
            let file = try HDF5File(reading: path)
            let root = file.root
            guard root.contains("layers") else {
                throw NeuralNetError.invalidArgument(
                    "\(path) has no `layers` group, so it is not a Keras 3 .weights.h5 file. Load it under a name ending in .h5 only (TF-Keras 2 layout), or save it again with model.save_weights('file.weights.h5')."
                )
            }
            for (layer, key) in zip(layers, Keras3Weights.keys(for: layers)) where !layer.weights.isEmpty {
                let group = "layers/\(key)/vars"
                guard root.contains(group) else {
                    throw NeuralNetError.invalidArgument(
                        "Layer '\(layer.name)' expects weights under '\(group)' in \(path), but the file has none there. Load a file saved from the same architecture.")
                }
                let vars = try root.group(group)
                for (index, (weightName, weight)) in zip(layer.weightNames, layer.weights).enumerated() {
                    guard vars.contains(String(index)) else {
                        throw NeuralNetError.invalidArgument(
                            "Layer '\(layer.name)' expects \(layer.weights.count) weights, but \(path) holds fewer under '\(group)'. Load a file saved from the same architecture.")
                    }
                    let value = try vars.tensor(String(index))
                    guard value.shape == weight.shape else {
                        throw NeuralNetError.invalidArgument(
                            "The shape of the target variable and the shape of the target value in `variable.assign(value)` must match. Layer '\(layer.name)' weight '\(weightName)' has shape \(ShapeText.tuple(weight.shape)), the file holds \(ShapeText.tuple(value.shape)). Load a file saved from the same architecture."
                        )
                    }
                    assignments.append((weight, value))
                }
            }
        }
        for (target, value) in assignments { try target.assign(value) }
    }
}

/// Keras 3's weight-file keys.
enum Keras3Weights {
    /// Whether `path` names a Keras 3 weights file.
    static func isKeras3Path(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".weights.h5")
    }

    /// Whether the HDF5 file at `path` has Keras 3's layout (a `layers` group, no `layer_names`).
    static func isKeras3File(_ path: String) throws -> Bool {
        try HDF5File.withLock {
            let root = try HDF5File(reading: path).root
            return !root.hasAttribute("layer_names") && root.contains("layers")
        }
    }

    /// Each layer's key: its type in snake case, numbered `_1`, `_2`, … among layers of that type.
    static func keys(for layers: [Layer]) -> [String] {
        var used: [String: Int] = [:]
        return layers.map { layer in
            let base = LayerNames.snakeCase(layer.typeName)
            defer { used[base, default: -1] += 1 }
            guard let count = used[base] else { return base }
            return "\(base)_\(count + 1)"
        }
    }
}
