extension Tensor {
    /// Elementwise sum with broadcasting.
    ///
    ///     let y = try x.matmul(w) + bias       // (32, 10) + (10,)
    public static func + (a: Tensor, b: Tensor) throws -> Tensor {
        let out = try binaryForward(.add, a, b)
        return out.recording("add", [a, b]) { g in
            [
                a.requiresGradient ? try g.sum(toShape: a.shape) : nil,
                b.requiresGradient ? try g.sum(toShape: b.shape) : nil,
            ]
        }
    }

    /// Elementwise product with broadcasting.
    ///
    ///     let scaled = try x * Tensor(2 as Float)
    public static func * (a: Tensor, b: Tensor) throws -> Tensor {
        let out = try binaryForward(.multiply, a, b)
        return out.recording("multiply", [a, b]) { g in
            [
                a.requiresGradient ? try (g * b).sum(toShape: a.shape) : nil,
                b.requiresGradient ? try (g * a).sum(toShape: b.shape) : nil,
            ]
        }
    }

    /// Elementwise difference with broadcasting (composite: `a + (-b)` when gradients are recorded).
    public static func - (a: Tensor, b: Tensor) throws -> Tensor {
        if needsGradient(a, b) { return try a + b.negated() }
        return try binaryForward(.subtract, a, b)
    }

    /// Elementwise true division with broadcasting; integers divide into float64 as in NumPy
    /// (composite: `a * b.reciprocal()` when gradients are recorded).
    public static func / (a: Tensor, b: Tensor) throws -> Tensor {
        if needsGradient(a, b) { return try a * b.reciprocal() }
        return try binaryForward(.divide, a, b)
    }

    /// Elementwise power with broadcasting.
    ///
    ///     let squares = try x.pow(Tensor(2 as Float))
    public func pow(_ exponent: Tensor) throws -> Tensor {
        let out = try Tensor.binaryForward(.power, self, exponent)
        let base = self
        let result = out.detached()
        return out.recording("power", [self, exponent]) { g in
            [
                base.requiresGradient ? try (g * exponent * base.pow(exponent - Tensor.scalar(1, like: exponent))).sum(toShape: base.shape) : nil,
                exponent.requiresGradient ? try (g * result * base.log()).sum(toShape: exponent.shape) : nil,
            ]
        }
    }

    /// Elementwise maximum with broadcasting (NumPy's `maximum`); the gradient goes to the larger input.
    public static func maximum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let out = try binaryForward(.maximum, a, b)
        return out.recording("maximum", [a, b]) { g in
            let aWins = try binaryForward(.greaterEqual, a, b).cast(to: g.dtype)
            return [
                a.requiresGradient ? try (g * aWins).sum(toShape: a.shape) : nil,
                b.requiresGradient ? try (g - g * aWins).sum(toShape: b.shape) : nil,
            ]
        }
    }

    /// Elementwise minimum with broadcasting (NumPy's `minimum`); the gradient goes to the smaller input.
    public static func minimum(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        let out = try binaryForward(.minimum, a, b)
        return out.recording("minimum", [a, b]) { g in
            let aWins = try binaryForward(.lessEqual, a, b).cast(to: g.dtype)
            return [
                a.requiresGradient ? try (g * aWins).sum(toShape: a.shape) : nil,
                b.requiresGradient ? try (g - g * aWins).sum(toShape: b.shape) : nil,
            ]
        }
    }

    /// Python's floor division `//` (no gradient).
    public func floorDivided(by other: Tensor) throws -> Tensor { try Tensor.binaryForward(.floorDivide, self, other) }

    /// Python's `%`, with the sign of the divisor (no gradient).
    public func remainder(dividingBy other: Tensor) throws -> Tensor { try Tensor.binaryForward(.remainder, self, other) }

    /// A 0-d tensor holding `value` in the dtype that NumPy gives `tensor ∘ value` (a weak scalar).
    static func scalar(_ value: Double, isInteger: Bool = false, like tensor: Tensor) -> Tensor {
        full([], value: value, dtype: DType.promote(tensor.dtype, scalar: value, isInteger: isInteger))
    }
}
