import Tensors

/// Keras' `Dropout`: while training, zeroes each input with probability `rate` and scales the
/// rest by `1 / (1 − rate)`; at inference it passes inputs through.
///
///     let dropout = try Dropout(rate: 0.2)
///     let y = try dropout(x, training: true)
public final class Dropout: Layer {
    /// The fraction of inputs dropped, in [0, 1).
    public let rate: Double

    /// A dropout layer dropping `rate` of its inputs during training.
    public init(rate: Double, name: String? = nil, inputShape: [Int]? = nil) throws {
        guard rate >= 0, rate < 1 else {
            throw NeuralNetError.invalidArgument(
                "Invalid value received for argument `rate`. Expected a float value between 0 and 1. Received: rate=\(rate). Use e.g. Dropout(0.2) to drop a fifth of the inputs.")
        }
        self.rate = rate
        super.init(name: name, inputShape: inputShape)
    }

    override public func call(_ input: Tensor, training: Bool) throws -> Tensor {
        guard training, rate > 0 else { return input }
        let mask = try Initializers.dropoutMask(shape: input.shape, rate: rate)
        return try input * mask
    }
}
