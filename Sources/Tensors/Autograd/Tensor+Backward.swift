extension Tensor {
    /// Back-propagates from this tensor, accumulating into `.grad` of every leaf that requires gradients.
    ///
    ///     w.requiresGradient = true
    ///     let loss = try (x.matmul(w) - y).square().mean()
    ///     try loss.backward()          // w.grad now holds dloss/dw
    ///
    /// - Parameters:
    ///   - seed: the gradient of the final objective with respect to this tensor; defaults to
    ///     ones, and must then be a one-element tensor.
    ///   - retainGraph: keep the tape for another `backward()`; by default each node is released
    ///     as soon as it has been used, so activations are freed during the backward pass.
    public func backward(_ seed: Tensor? = nil, retainGraph: Bool = false) throws {
        try backward(seed, retainGraph: retainGraph, deferringOuterProducts: false)
    }

    /// ``backward(_:retainGraph:)``, where with `deferringOuterProducts` a leaf whose whole
    /// gradient is one op's outer-product sum (a dense layer's kernel at a small batch, used once
    /// in the graph, with no gradient yet) gets it as ``pendingGradient`` instead of ``grad``,
    /// for an optimizer to apply fused. The caller must then consume every pending gradient.
    package func backward(_ seed: Tensor?, retainGraph: Bool, deferringOuterProducts: Bool) throws {
        guard requiresGradient else {
            throw TensorError(
                "backward", expected: "a tensor that requires gradients",
                received: "one with no gradient history",
                hint: "set requiresGradient = true on the parameters before computing this value")
        }
        let start: Tensor
        if let seed {
            guard seed.shape == shape else {
                throw TensorError(
                    "backward", expected: "a seed of shape \(describeShape(shape))",
                    received: describeShape(seed.shape))
            }
            start = try seed.cast(to: dtype)
        } else {
            guard count == 1 else {
                throw TensorError(
                    "backward", expected: "a one-element tensor (a scalar loss) or an explicit seed",
                    received: "shape \(describeShape(shape))")
            }
            start = Tensor.ones(shape, dtype: dtype)
        }
        try Tensor.withoutGradients {
            let order = topologicalOrder()
            let uses = deferringOuterProducts ? Self.leafUses(order) : [:]
            var gradients: [ObjectIdentifier: Tensor] = [ObjectIdentifier(self): start]
            for tensor in order.reversed() {
                guard let gradient = gradients.removeValue(forKey: ObjectIdentifier(tensor)) else { continue }
                guard let node = tensor.gradientNode else {
                    guard !tensor.gradientHistoryReleased else {
                        throw TensorError(
                            "backward", expected: "a graph that has not been back-propagated already",
                            received: "a tensor whose tape was released by an earlier backward()",
                            hint: "pass retainGraph: true to the first backward() to run it twice")
                    }
                    tensor.grad = try tensor.grad.map { try $0 + gradient } ?? gradient.contiguousStorage()
                    continue
                }
                var inputGradients: [Tensor?]
                if let deferrable = node.deferrable, deferringOuterProducts,
                    case let leaf = node.inputs[deferrable.input], leaf.requiresGradient, leaf.gradientNode == nil,
                    !leaf.gradientHistoryReleased, leaf.grad == nil, leaf.pendingGradient == nil, uses[ObjectIdentifier(leaf)] == 1
                {
                    let (others, deferred) = try deferrable.backward(gradient)
                    leaf.pendingGradient = deferred
                    inputGradients = others
                } else {
                    inputGradients = try node.backward(gradient)
                }
                if !retainGraph {
                    tensor.gradientNode = nil
                    tensor.gradientHistoryReleased = true
                }
                for (input, inputGradient) in zip(node.inputs, inputGradients) {
                    guard input.requiresGradient, let inputGradient else { continue }
                    let key = ObjectIdentifier(input)
                    if let existing = gradients[key] {
                        gradients[key] = try existing + inputGradient
                    } else {
                        gradients[key] = inputGradient
                    }
                }
            }
        }
    }

    /// How many times each leaf that requires gradients is an input of a node in `order`.
    private static func leafUses(_ order: [Tensor]) -> [ObjectIdentifier: Int] {
        var uses: [ObjectIdentifier: Int] = [:]
        for tensor in order {
            for input in tensor.gradientNode?.inputs ?? [] where input.requiresGradient && input.gradientNode == nil {
                uses[ObjectIdentifier(input), default: 0] += 1
            }
        }
        return uses
    }

    /// Tensors reachable from `self` through tape nodes, each after all of its inputs.
    private func topologicalOrder() -> [Tensor] {
        var order: [Tensor] = []
        var visited: Set<ObjectIdentifier> = []
        var stack: [(Tensor, Bool)] = [(self, false)]
        while let (tensor, inputsDone) = stack.popLast() {
            if inputsDone {
                order.append(tensor)
                continue
            }
            guard visited.insert(ObjectIdentifier(tensor)).inserted else { continue }
            stack.append((tensor, true))
            for input in tensor.gradientNode?.inputs ?? [] where input.requiresGradient {
                if !visited.contains(ObjectIdentifier(input)) { stack.append((input, false)) }
            }
        }
        return order
    }
}
