/// One tape entry: the inputs an op read and the closure that maps the gradient of its output to
/// gradients of those inputs (nil for inputs that need none).
final class GradientNode {
    let operation: String
    let inputs: [Tensor]
    let backward: (Tensor) throws -> [Tensor?]
    /// An input whose gradient a second backward can hand back as factors instead, and that
    /// backward (its other inputs' gradients, and the factors).
    typealias Deferrable = (input: Int, backward: (Tensor) throws -> (gradients: [Tensor?], deferred: OuterProductGradient))

    /// The node's ``Deferrable``, if it has one.
    let deferrable: Deferrable?

    init(
        operation: String, inputs: [Tensor], backward: @escaping (Tensor) throws -> [Tensor?],
        deferrable: Deferrable? = nil
    ) {
        self.operation = operation
        self.inputs = inputs
        self.backward = backward
        self.deferrable = deferrable
    }
}

/// Whether operations record tape nodes on the current thread or task.
enum GradientMode {
    @TaskLocal static var isEnabled = true
}

extension Tensor {
    /// Runs `body` without recording gradients (inference, optimizer updates, metrics).
    ///
    ///     let predictions = try Tensor.withoutGradients { try model(x) }
    public static func withoutGradients<R>(_ body: () throws -> R) rethrows -> R {
        try GradientMode.$isEnabled.withValue(false, operation: body)
    }

    /// Whether operations on this thread currently record gradients.
    public static var isRecordingGradients: Bool { GradientMode.isEnabled }

    /// Whether an op over `inputs` must record a node.
    @inline(__always) static func needsGradient(_ inputs: Tensor...) -> Bool {
        guard GradientMode.isEnabled else { return false }
        for input in inputs where input.requiresGradient { return true }
        return false
    }

    /// Attaches a tape node to `self` (an op's fresh output) when any input requires gradients.
    @discardableResult
    func recording(
        _ operation: String, _ inputs: [Tensor], backward: @escaping (Tensor) throws -> [Tensor?],
        deferrable: GradientNode.Deferrable? = nil
    ) -> Tensor {
        guard GradientMode.isEnabled, inputs.contains(where: { $0.requiresGradient }) else { return self }
        requiresGradient = true
        gradientNode = GradientNode(operation: operation, inputs: inputs, backward: backward, deferrable: deferrable)
        return self
    }

    /// Whether this tensor was produced by a recorded op (it is not a leaf).
    public var hasGradientHistory: Bool { gradientNode != nil }
}
