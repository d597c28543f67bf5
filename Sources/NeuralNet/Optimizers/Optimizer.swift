import Tensors

/// The base of Keras' optimizers: updates each trainable parameter in place from its gradient.
///
///     model.compile(optimizer: Adam(learningRate: 0.001), loss: .sparseCategoricalCrossentropy)
///     // fit calls optimizer.apply(to: parameters) after every batch's backward pass
open class Optimizer {
    /// The step size (Keras' `learning_rate`, spelled `lr=` in the course's notebooks).
    public var learningRate: Double
    /// The number of updates applied so far (Keras' `iterations`).
    public internal(set) var iterations = 0
    /// Per-parameter state buffers (slots), keyed by the parameter's identity.
    var slots: [ObjectIdentifier: [UnsafeMutableBufferPointer<Float>]] = [:]

    /// An optimizer with the given learning rate.
    public init(learningRate: Double) {
        self.learningRate = learningRate
    }

    deinit {
        for buffers in slots.values { for buffer in buffers { buffer.deallocate() } }
    }

    /// The Keras name (`sgd`, `rmsprop`, `adam`).
    open var kerasName: String { "optimizer" }

    /// How many state buffers each parameter needs (Adam: 2, RMSprop: 1, plain SGD: 0).
    open var slotsPerParameter: Int { 0 }

    /// Updates `count` floats of `parameter` in place from `gradient`, with one pointer per slot at
    /// the same offset. Elements are independent, so `apply` may split a tensor across threads.
    open func update(
        parameter: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, count: Int,
        slots: [UnsafeMutablePointer<Float>], step: Int
    ) {}

    /// Tensors at least this large are updated in two halves on two threads (about 20 µs of Adam
    /// on one core, against a few microseconds to hand half to a `WorkerPool` helper).
    static let parallelThreshold = 1 << 15

    /// Applies one update to every parameter that has a gradient, then clears the gradients.
    public func apply(to parameters: [Tensor]) throws {
        let step = iterations + 1
        for parameter in parameters {
            if let pending = parameter.pendingGradient {
                parameter.pendingGradient = nil
                let (rows, columns, _) = pending.shape
                let state = slotPointers(for: parameter)
                var fused = false
                try TensorAccess.withMutableFloats(parameter) { values in
                    guard let p = values.baseAddress else { return }
                    fused = parameter.shape == [rows, columns] && applyFused(pending, parameter: p, slots: state, step: step)
                }
                if fused { continue }
                parameter.grad = pending.materialized()
            }
            guard let gradient = parameter.grad else { continue }
            let count = parameter.count
            let state = slotPointers(for: parameter)
            try TensorAccess.withMutableFloats(parameter) { values in
                try TensorAccess.withFloats(gradient) { grads in
                    guard let p = values.baseAddress, let g = grads.baseAddress else { return }
                    updateInChunks(parameter: p, gradient: g, count: count, slots: state, step: step)
                }
            }
            parameter.grad = nil
        }
        iterations = step
    }

    /// The optimizer's state for `parameter` (``slotsPerParameter`` buffers), made zero on first use.
    private func slotPointers(for parameter: Tensor) -> [UnsafeMutablePointer<Float>] {
        let key = ObjectIdentifier(parameter), count = parameter.count
        if slots[key] == nil {
            slots[key] = (0..<slotsPerParameter).map { _ in
                let buffer = UnsafeMutableBufferPointer<Float>.allocate(capacity: count)
                buffer.initialize(repeating: 0)
                return buffer
            }
        }
        return (slots[key] ?? []).compactMap(\.baseAddress)
    }

    /// Applies a gradient still in factors (``Tensor/pendingGradient``) while computing it, when
    /// the optimizer has such a fused step; false to have it materialised and applied as usual.
    func applyFused(_ gradient: OuterProductGradient, parameter: UnsafeMutablePointer<Float>, slots: [UnsafeMutablePointer<Float>], step: Int) -> Bool {
        false
    }

    private func updateInChunks(
        parameter: UnsafeMutablePointer<Float>, gradient: UnsafePointer<Float>, count: Int,
        slots: [UnsafeMutablePointer<Float>], step: Int
    ) {
        guard count >= Self.parallelThreshold else {
            update(parameter: parameter, gradient: gradient, count: count, slots: slots, step: step)
            return
        }
        // The optimizer is only read during the update (its state lives behind the pointers).
        nonisolated(unsafe) let p = parameter, g = gradient, state = slots, optimizer = self
        let half = (count / 2) & ~7
        KernelThreads.run(parts: 2) { part in
            let start = part == 0 ? 0 : half, length = part == 0 ? half : count - half
            optimizer.update(parameter: p + start, gradient: g + start, count: length, slots: state.map { $0 + start }, step: step)
        }
    }

    /// The number of optimizer variables Keras' `summary()` counts: slots, plus iterations and learning rate.
    func variableCount(for parameters: [Tensor]) -> Int {
        parameters.reduce(0) { $0 + $1.count * slotsPerParameter } + 2
    }

    /// Whether any update has run (Keras builds optimizer variables on the first one).
    var isBuilt: Bool { iterations > 0 }

    /// Drops the state of parameters no longer in `parameters` (after `setWeights` replaced them).
    func forgetState() {
        for buffers in slots.values { for buffer in buffers { buffer.deallocate() } }
        slots = [:]
    }
}
