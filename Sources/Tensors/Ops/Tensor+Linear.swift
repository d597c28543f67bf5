/// The activations `linear(weight:bias:activation:)` applies in the same pass as its product.
public enum LinearActivation: Sendable {
    /// No activation: `x · weight + bias`.
    case identity
    /// `max(x · weight + bias, 0)`.
    case relu
}

extension Tensor {
    /// `activation(self · weight + bias)` for an (n, k) input, a (k, m) weight and an (m) bias, as
    /// one op: BLAS multiplies onto rows that already hold the bias, the activation runs in place,
    /// and one tape node back-propagates all three (the bias gradient is the column sum).
    ///
    ///     let hidden = try x.linear(weight: w, bias: b, activation: .relu)   // (32, 784) → (32, 128)
    public func linear(weight: Tensor, bias: Tensor? = nil, activation: LinearActivation = .identity) throws -> Tensor {
        guard rank == 2, weight.rank == 2, shape[1] == weight.shape[0] else {
            throw TensorError(
                "linear", expected: "an (n, k) input and a (k, m) weight",
                received: "\(describeShape(shape)) and \(describeShape(weight.shape))")
        }
        let units = weight.shape[1]
        if let bias, bias.shape != [units] {
            throw TensorError("linear", expected: "a bias of shape \(describeShape([units]))", received: describeShape(bias.shape))
        }
        let sameFloat = dtype.isFloatingPoint && weight.dtype == dtype && (bias?.dtype ?? dtype) == dtype
        guard sameFloat else { return try composedLinear(weight: weight, bias: bias, activation: activation) }
        let relu = activation == .relu
        let out =
            dtype == .float32
            ? Tensor.linearForward(self, weight, bias, relu: relu, Float.self)
            : Tensor.linearForward(self, weight, bias, relu: relu, Double.self)
        let x = self, result = out.detached()
        // A small batch's kernel gradient may stay as its factors, for an optimizer to apply fused.
        var deferrable: GradientNode.Deferrable?
        if dtype == .float32 && ShortDepthProduct.applies(rows: shape[1], columns: units, depth: shape[0]) {
            deferrable = (
                input: 1,
                backward: { g in
                    let (gradients, gz) = try Tensor.linearBackward(
                        g, x: x, weight: weight, bias: bias, relu: relu ? result : nil, weightGradient: false, Float.self)
                    guard let deferred = OuterProductGradient(left: x, right: gz) else {
                        throw TensorError("linear", message: "the deferred kernel gradient no longer fits its kernel")
                    }
                    return (gradients, deferred)
                }
            )
        }
        return out.recording(
            "linear", [self, weight] + (bias.map { [$0] } ?? []),
            backward: { g in
                try x.dtype == .float32
                    ? Tensor.linearBackward(g, x: x, weight: weight, bias: bias, relu: relu ? result : nil, Float.self).gradients
                    : Tensor.linearBackward(g, x: x, weight: weight, bias: bias, relu: relu ? result : nil, Double.self).gradients
            }, deferrable: deferrable)
    }

    /// The same map from separate ops, for mixed or integer dtypes (NumPy's promotion applies).
    private func composedLinear(weight: Tensor, bias: Tensor?, activation: LinearActivation) throws -> Tensor {
        var out = try matmul(weight)
        if let bias { out = try out + bias }
        return activation == .relu ? try out.relu() : out
    }

    private static func linearForward<T: BLASElement>(_ x: Tensor, _ w: Tensor, _ b: Tensor?, relu: Bool, _: T.Type) -> Tensor {
        let (n, k, m) = (x.shape[0], x.shape[1], w.shape[1])
        let out = Tensor(uninitializedShape: [n, m], dtype: x.dtype, zeroed: b == nil && k == 0)
        let o = out.pointer(T.self)
        if let b {
            let bias = b.contiguousStorage()
            withExtendedLifetime(bias) { fillRows(o, with: bias.pointer(T.self), rows: n, channels: m) }
        }
        if n > 0 && m > 0 && k > 0 {
            gemm(matrixOperand(x, T.self), matrixOperand(w, T.self), m: n, n: m, k: k, beta: b == nil ? 0 : 1, c: o, ldc: m)
        }
        if relu { applyRelu(o, count: n &* m) }
        return out
    }

    /// Gradients of x, weight and bias from the output's gradient `g` (the weight's left out, nil,
    /// when `weightGradient` is false), and the gradient before the layer's relu `gz`; `relu` is
    /// the forward output when the activation was ReLU (its positive entries pass the gradient).
    private static func linearBackward<T: BLASElement>(
        _ g: Tensor, x: Tensor, weight: Tensor, bias: Tensor?,
        relu: Tensor?, weightGradient: Bool = true, _: T.Type
    ) throws -> (gradients: [Tensor?], gz: Tensor) {
        let (n, k, m) = (x.shape[0], x.shape[1], weight.shape[1])
        let upstream = try g.castWithoutGradient(to: x.dtype).contiguousStorage()
        var gz = upstream
        if let relu {
            gz = Tensor(uninitializedShape: [n, m], dtype: x.dtype)
            withExtendedLifetime(upstream) {
                maskByReluOutput(upstream.pointer(T.self), output: relu.pointer(T.self), count: n &* m, into: gz.pointer(T.self))
            }
        }
        let gzOperand = matrixOperand(gz, T.self)
        var gx: Tensor?
        if x.requiresGradient {
            let result = Tensor(uninitializedShape: [n, k], dtype: x.dtype, zeroed: m == 0)
            if n > 0 && k > 0 && m > 0 {
                gemm(gzOperand, matrixOperand(weight, T.self).transposedOperand, m: n, n: k, k: m, c: result.pointer(T.self), ldc: k)
            }
            gx = result
        }
        var gw: Tensor?
        if weight.requiresGradient && weightGradient {
            let result = Tensor(uninitializedShape: [k, m], dtype: x.dtype, zeroed: n == 0)
            if n > 0 && k > 0 && m > 0 {
                gemm(matrixOperand(x, T.self).transposedOperand, gzOperand, m: k, n: m, k: n, c: result.pointer(T.self), ldc: m)
            }
            gw = result
        }
        guard let bias else { return ([gx, gw], gz) }
        guard bias.requiresGradient else { return ([gx, gw, nil], gz) }
        let gb = Tensor(uninitializedShape: [m], dtype: x.dtype, zeroed: true)
        withExtendedLifetime(gz) { sumRows(gz.pointer(T.self), rows: n, channels: m, into: gb.pointer(T.self)) }
        return ([gx, gw, gb], gz)
    }
}
