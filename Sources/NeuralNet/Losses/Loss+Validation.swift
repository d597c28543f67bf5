import Tensors

extension Loss {
    /// Checks targets of per-sample shape `target` against outputs of per-sample shape `output`
    /// before training, with Keras' message and one sentence of advice.
    func validate(targetShape: [Int], outputShape: [Int]) throws {
        let targetText = ShapeText.batch(targetShape, batch: nil)
        let outputText = ShapeText.batch(outputShape, batch: nil)
        let classes = outputShape.last ?? 1
        switch self {
        case .categoricalCrossentropy, .binaryCrossentropy:
            var target = targetShape
            if target.count == outputShape.count - 1, outputShape.last == 1 { target.append(1) }
            guard target == outputShape else {
                let advice: String
                if self == .categoricalCrossentropy, let labels = targetShape.last, targetShape.count == outputShape.count {
                    advice =
                        "The labels are one-hot over \(labels) classes but the last layer has \(classes) unit\(classes == 1 ? "" : "s"): give it \(labels) units, e.g. Dense(\(labels), activation='softmax')."
                } else if self == .categoricalCrossentropy {
                    advice = "categorical_crossentropy expects one-hot labels of the output's shape; for integer labels use loss='sparse_categorical_crossentropy'."
                } else {
                    advice =
                        "binary_crossentropy expects one 0/1 label per output unit; for one-hot labels use categorical_crossentropy with Dense(\(targetShape.last ?? 1), activation='softmax')."
                }
                throw NeuralNetError.invalidArgument(
                    "Arguments `target` and `output` must have the same shape. Received: target.shape=\(targetText), output.shape=\(outputText). \(advice)")
            }
        case .sparseCategoricalCrossentropy:
            var target = targetShape
            if target.count == outputShape.count, target.last == 1 { target.removeLast() }
            guard target.count == outputShape.count - 1 else {
                let advice =
                    outputShape.count > 1
                    ? "The model's output still has \(outputShape.count) axes per sample; flatten before the last Dense layer (add Flatten() first) so that each image gives one vector of class scores."
                    : "Give one integer class label per sample."
                throw NeuralNetError.invalidArgument(
                    "Argument `output` must have rank (ndim) `target.ndim - 1`. Received: target.shape=\(targetText), output.shape=\(outputText). \(advice)")
            }
            guard target == Array(outputShape.dropLast()) else {
                throw NeuralNetError.invalidArgument(
                    "Arguments `target` and `output` must have the same shape up until the last dimension: target.shape=\(targetText), output.shape=\(outputText). Give one integer label per output vector."
                )
            }
        case .meanSquaredError:
            var target = targetShape
            if target.count == outputShape.count - 1, outputShape.last == 1 { target.append(1) }
            let compatible = target.count == outputShape.count && zip(target, outputShape).allSatisfy { $0 == $1 || $0 == 1 || $1 == 1 }
            guard compatible else {
                throw NeuralNetError.invalidArgument(
                    "Dimensions must be equal or broadcastable: target.shape=\(targetText), output.shape=\(outputText). Give the last layer as many units as each target has values."
                )
            }
        }
    }

    /// Checks that sparse labels lie in `0..<classes`, as TensorFlow's kernel does at run time.
    func validateLabels(_ labels: Tensor, classes: Int) throws {
        guard self == .sparseCategoricalCrossentropy else { return }
        let values = labels.doubleValues()
        guard let bad = values.first(where: { $0 < 0 || $0 >= Double(classes) || $0 != $0.rounded(.towardZero) }) else { return }
        let preview = values.prefix(10).map { String(Int($0)) }.joined(separator: " ")
        let maximum = Int(values.max() ?? bad)
        throw NeuralNetError.invalidArgument(
            "Received a label value of \(Int(bad)) which is outside the valid range of [0, \(classes)). Label values: \(preview)\(values.count > 10 ? " ..." : ""). The last layer has \(classes) units but the labels go up to \(maximum): give it one unit per class, e.g. Dense(\(maximum + 1), activation='softmax')."
        )
    }
}
