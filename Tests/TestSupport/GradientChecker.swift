import Testing
import Tensors

/// Deterministic float64 inputs for gradient checks, away from kinks at 0.
public func sampleInput(_ shape: [Int], seed: UInt64, low: Double = -2, high: Double = 2, dtype: DType = .float64) -> Tensor {
    var rng = RandomGenerator(seed: seed)
    let values = (0..<shape.reduce(1, *)).map { _ -> Double in
        var v = low + (high - low) * rng.nextUnit()
        if Swift.abs(v) < 0.1 { v += v < 0 ? -0.2 : 0.2 }
        return v
    }
    return try! Tensor(values, shape: shape).cast(to: dtype)
}

/// Compares autograd gradients of `sum(f(inputs) * weights)` with central finite differences.
public func checkGradient(
    _ inputs: [Tensor], epsilon: Double = 1e-6, tolerance: Double = 1e-5,
    sourceLocation: SourceLocation = #_sourceLocation, _ f: ([Tensor]) throws -> Tensor
) throws {
    for input in inputs { input.requiresGradient = true; input.grad = nil }
    let output = try f(inputs)
    let weights = sampleInput(output.shape, seed: 99, low: 0.5, high: 1.5, dtype: output.dtype)
    try (output * weights).sum().backward()
    func objective() throws -> Double {
        try Tensor.withoutGradients { try (f(inputs).cast(to: .float64) * weights.cast(to: .float64)).sum().item(Double.self) }
    }
    for (index, input) in inputs.enumerated() {
        let analytic = input.grad?.asArray(Double.self) ?? [Double](repeating: 0, count: input.count)
        #expect(input.isContiguous, "gradient check inputs must be contiguous", sourceLocation: sourceLocation)
        var numeric: [Double] = []
        for element in 0..<input.count {
            let original = try readElement(input, element)
            try writeElement(input, element, original + epsilon)
            let plus = try objective()
            try writeElement(input, element, original - epsilon)
            let minus = try objective()
            try writeElement(input, element, original)
            numeric.append((plus - minus) / (2 * epsilon))
        }
        let scale = Swift.max(1, numeric.map(Swift.abs).max() ?? 1)
        let worst = zip(analytic, numeric).map { Swift.abs($0 - $1) }.max() ?? 0
        #expect(worst <= tolerance * scale, "input \(index): max |analytic - numeric| = \(worst)", sourceLocation: sourceLocation)
    }
}

private func readElement(_ tensor: Tensor, _ index: Int) throws -> Double {
    if tensor.dtype == .float64 { return try tensor.withUnsafeBufferPointer(Double.self) { $0[index] } }
    return try tensor.withUnsafeBufferPointer(Float.self) { Double($0[index]) }
}

private func writeElement(_ tensor: Tensor, _ index: Int, _ value: Double) throws {
    if tensor.dtype == .float64 {
        try tensor.withUnsafeMutableBufferPointer(Double.self) { $0[index] = value }
    } else {
        try tensor.withUnsafeMutableBufferPointer(Float.self) { $0[index] = Float(value) }
    }
}
