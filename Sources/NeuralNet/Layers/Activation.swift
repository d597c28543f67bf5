import Tensors

/// The activations the course uses, by Keras name.
///
///     Dense(units: 128, activation: .relu)
///     Activation(kerasName: "softmax")   // nil for an unknown name
public enum Activation: String, Sendable, CaseIterable {
    /// The identity (Keras' default, `None` or `'linear'`).
    case linear
    /// `max(x, 0)`.
    case relu
    /// `1 / (1 + e^−x)`.
    case sigmoid
    /// `e^x / Σ e^x` over the last axis.
    case softmax
    /// The hyperbolic tangent.
    case tanh

    /// The activation for a Keras name (`'relu'`, `'softmax'`, …), or nil.
    public init?(kerasName: String) {
        self.init(rawValue: kerasName.lowercased())
    }

    /// Applies the activation to `x`.
    public func apply(_ x: Tensor) throws -> Tensor {
        switch self {
        case .linear: return x
        case .relu: return try x.relu()
        case .sigmoid: return try x.sigmoid()
        case .softmax: return try x.softmax(axis: -1)
        case .tanh: return try x.tanh()
        }
    }
}

/// A layer that applies an activation (Keras' `Activation`).
///
///     let act = ActivationLayer(.relu)   // Keras: layers.Activation('relu'), named `activation`
///     let y = try act(x)
public final class ActivationLayer: Layer {
    /// The activation applied.
    public let activation: Activation

    /// A layer applying `activation`.
    public init(_ activation: Activation, name: String? = nil, inputShape: [Int]? = nil) {
        self.activation = activation
        super.init(name: name, inputShape: inputShape)
    }

    override public class var typeName: String { "Activation" }

    override public func call(_ input: Tensor, training: Bool) throws -> Tensor {
        try activation.apply(input)
    }
}
