import Tensors

/// The output length along one axis for a window of `window` with `stride` (Keras' rule).
func windowedLength(_ padding: Padding, input: Int, window: Int, stride: Int) -> Int {
    switch padding {
    case .valid: return input >= window ? (input - window) / stride + 1 : 0
    case .same: return (input + stride - 1) / stride
    }
}

/// Checks a 2-D window configuration for `layer` on a per-sample `(h, w, c)` shape and returns
/// the output height and width, with Keras' error when the input is too small or of the wrong rank.
func windowedOutputSize(layer: Layer, inputShape: [Int], window: (Int, Int), strides: (Int, Int), padding: Padding) throws -> (Int, Int) {
    guard inputShape.count == 3 else {
        let hint =
            inputShape.count == 2
            ? "Add a channel axis: reshape the images to (\(inputShape[0]), \(inputShape[1]), 1), e.g. x.reshape(-1, \(inputShape[0]), \(inputShape[1]), 1)."
            : "Give it images of shape (height, width, channels)."
        throw NeuralNetError.invalidArgument(
            "Input 0 of layer \"\(layer.name)\" is incompatible with the layer: expected ndim=4, found ndim=\(inputShape.count + 1). Full shape received: \(ShapeText.batch(inputShape, batch: nil)). \(hint)"
        )
    }
    let height = windowedLength(padding, input: inputShape[0], window: window.0, stride: strides.0)
    let width = windowedLength(padding, input: inputShape[1], window: window.1, stride: strides.1)
    guard height > 0, width > 0 else {
        throw NeuralNetError.invalidArgument(
            "Computed output size would be negative or zero for layer \"\(layer.name)\": input shape \(ShapeText.batch(inputShape, batch: nil)), window \(window.0)×\(window.1), strides \(strides.0)×\(strides.1), padding '\(padding.rawValue)'. The image has become too small: remove a pooling or convolution layer, or use padding='same'."
        )
    }
    return (height, width)
}
