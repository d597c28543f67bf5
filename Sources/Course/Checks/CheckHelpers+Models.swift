import Interpreter
import NeuralNet
import PythonModules
import Tensors

extension CheckHelpers {
    static func modelHelpers(_ context: CheckContext) -> [String: Value] {
        [
            "expect_layers": context.helper("expect_layers", "model, layers") { a in
                let wanted = try layerSpecs(a["layers"], context)
                // A list of layers (e.g. `model.layers[-4:]`, a head on a pretrained base) is judged as given.
                if case .list(let list) = a["model"] {
                    let found = list.items.compactMap(KerasInspection.layer)
                    guard found.count == list.items.count else {
                        return context.verdict("expected a model or a list of its layers, found a list holding other values — pass e.g. model.layers[-4:]")
                    }
                    return context.verdict(layerMismatch(found, wanted))
                }
                guard let model = KerasInspection.model(a["model"]) else { return context.verdict(notAModel(a["model"])) }
                return context.verdict(layerMismatch(model.layers, wanted))
            },
            "expect_params": context.helper("expect_params", "model, count") { a in
                guard case .int(let count) = a["count"] else { throw context.misused("expect_params", "`count` must be an int") }
                guard let model = KerasInspection.model(a["model"]) else { return context.verdict(notAModel(a["model"])) }
                guard model.isBuilt else {
                    return context.verdict("the model is not built yet, so it has no weights — give the first layer `input_shape=` or call fit first")
                }
                let found = model.parameterCount
                if found == count { return context.verdict(nil) }
                return context.verdict(
                    "the model should have \(count) parameters, found \(found) — compare your layers' sizes with the lesson (model.summary() shows each layer's count)")
            },
            "predict_with": context.helper("predict_with", "model, x") { a in
                guard let model = KerasInspection.model(a["model"]) else {
                    // The verdict is the failure; the exception only stops the statement.
                    _ = context.verdict(notAModel(a["model"]))
                    throw PythonError.typeError(notAModel(a["model"]))
                }
                let x = try NumPyConversion.tensor(from: a["x"], dtype: .float32)
                return NDArray.wrap(try model.predict(x, verbose: 0))
            },
            "expect_accuracy": context.helper("expect_accuracy", "model, x, y, minimum") { a in
                let minimum = try a.double("minimum")
                guard let model = KerasInspection.model(a["model"]) else { return context.verdict(notAModel(a["model"])) }
                let x = try NumPyConversion.tensor(from: a["x"], dtype: .float32)
                let labels = try StrictArray(a["y"])
                let predictions = try model.predict(x, verbose: 0)
                guard let accuracy = accuracy(predictions, labels) else {
                    throw context.misused("expect_accuracy", "`y` must hold one label per row of `x` (class numbers or one-hot rows)")
                }
                if accuracy >= minimum { return context.verdict(nil) }
                return context.verdict(
                    "accuracy on held-back data should be at least \(formatNumber(minimum)), found \(formatNumber((accuracy * 1000).rounded() / 1000))"
                        + " — train for more epochs, check the loss suits the labels, or normalise the inputs")
            },
        ]
    }

    static func notAModel(_ value: Value) -> String {
        "expected a Keras Sequential model, found a value of type '\(value.typeName)' — build it with tf.keras.Sequential([...])"
    }

    /// Fraction of rows whose predicted class (argmax, or > 0.5 for one output) matches `labels`.
    static func accuracy(_ predictions: Tensor, _ labels: StrictArray) -> Double? {
        let rows = predictions.shape.first ?? 0
        guard rows > 0 else { return nil }
        let width = predictions.count / rows
        let values = predictions.asArray(Double.self)
        let oneHot = labels.shape.count == 2 && labels.shape[1] == width && width > 1
        guard labels.shape.first == rows, oneHot || labels.values.count == rows else { return nil }
        var correct = 0
        for row in 0..<rows {
            let scores = values[(row * width)..<((row + 1) * width)]
            let predicted = width == 1 ? (scores.first.map { $0 > 0.5 ? 1 : 0 } ?? 0) : (scores.indices.max { scores[$0] < scores[$1] }.map { $0 - row * width } ?? 0)
            let truth: Int
            if oneHot {
                let hot = labels.values[(row * width)..<((row + 1) * width)]
                truth = (hot.indices.max { hot[$0] < hot[$1] } ?? row * width) - row * width
            } else {
                let label = labels.values[row]
                guard label.isFinite, abs(label) < 1e9 else { return nil }
                truth = Int(label.rounded())
            }
            if predicted == truth { correct += 1 }
        }
        return Double(correct) / Double(rows)
    }

    /// One wanted layer: its type and the settings to compare.
    struct LayerSpec {
        var type: String
        var settings: [(String, Value)]
    }

    static func layerSpecs(_ value: Value, _ context: CheckContext) throws -> [LayerSpec] {
        let usage = "`layers` must be a list of type names or dicts such as {'type': 'Dense', 'units': 10}"
        guard case .list(let list) = value else { throw context.misused("expect_layers", usage) }
        return try list.items.map { item in
            switch item {
            case .str(let type): return LayerSpec(type: type, settings: [])
            case .dict(let dict):
                var spec = LayerSpec(type: "", settings: [])
                for (key, setting) in dict.pairs {
                    guard case .str(let name) = key else { throw context.misused("expect_layers", usage) }
                    if name == "type", case .str(let type) = setting { spec.type = type } else { spec.settings.append((name, setting)) }
                }
                guard !spec.type.isEmpty else { throw context.misused("expect_layers", "each dict needs a 'type'") }
                let known: Set<String> = ["units", "filters", "kernel_size", "activation", "pool_size", "rate"]
                if let unknown = spec.settings.first(where: { !known.contains($0.0) }) {
                    throw context.misused("expect_layers", "unknown setting '\(unknown.0)' (known: \(known.sorted().joined(separator: ", ")))")
                }
                return spec
            default: throw context.misused("expect_layers", usage)
            }
        }
    }

    /// nil when `layers` match `wanted`, else what differs first.
    static func layerMismatch(_ layers: [Layer], _ wanted: [LayerSpec]) -> String? {
        let types = layers.map(\.typeName)
        if layers.count != wanted.count {
            return
                "the model should have \(wanted.count) layer\(wanted.count == 1 ? "" : "s") (\(wanted.map(\.type).joined(separator: ", "))), found \(layers.count) (\(types.joined(separator: ", "))) — compare your list of layers with the lesson"
        }
        for (index, (layer, spec)) in zip(layers, wanted).enumerated() {
            let position = "layer \(index + 1)"
            if layer.typeName != spec.type { return "\(position) should be \(spec.type), found \(layer.typeName)" }
            for (name, want) in spec.settings {
                let found = setting(name, of: layer)
                guard let found else { return "\(position) (\(layer.typeName)) has no setting '\(name)'" }
                if !matches(found, want) {
                    return "\(position) (\(layer.typeName)) should have \(name)=\(render(want)), found \(name)=\(found.description) — change that argument"
                }
            }
        }
        return nil
    }

    static func setting(_ name: String, of layer: Layer) -> PlainValue? {
        switch (name, layer) {
        case ("units", let dense as Dense): return .number(Double(dense.units))
        case ("activation", let dense as Dense): return .string(dense.activation.rawValue)
        case ("filters", let conv as Conv2D): return .number(Double(conv.filters))
        case ("kernel_size", let conv as Conv2D): return .tuple([.number(Double(conv.kernelSize.0)), .number(Double(conv.kernelSize.1))])
        case ("activation", let conv as Conv2D): return .string(conv.activation.rawValue)
        case ("activation", let activation as ActivationLayer): return .string(activation.activation.rawValue)
        case ("pool_size", let pool as Pooling2D): return .tuple([.number(Double(pool.poolSize.0)), .number(Double(pool.poolSize.1))])
        case ("rate", let dropout as Dropout): return .number(Double(dropout.rate))
        default: return nil
        }
    }

    /// Keras' spellings: `kernel_size=3` means `(3, 3)`; `None` activation means linear.
    static func matches(_ found: PlainValue, _ want: Value) -> Bool {
        if case .int(let n) = want, case .tuple = found { return found == .tuple([.number(Double(n)), .number(Double(n))]) }
        if want.isNone, found == .string("linear") { return true }
        guard let plain = PlainValue(want) else { return false }
        if case .list(let items) = plain { return found == .tuple(items) }
        if case .number(let x) = plain, case .number(let y) = found { return abs(x - y) < 1e-9 }
        return found == plain
    }

    static func render(_ value: Value) -> String { PlainValue(value)?.description ?? value.typeName }
}
