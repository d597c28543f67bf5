#if canImport(Glibc)
    import Glibc
#endif

extension Tensor {
    /// Elementwise negation.
    public func negated() -> Tensor {
        let out: Tensor
        switch dtype {
        case .float32, .float64: out = Tensor.floatMap(self, NegateFunction.self)
        default: out = (try? Tensor.binaryForward(.subtract, Tensor.zeros([], dtype: dtype == .bool ? .int64 : dtype), self)) ?? self
        }
        return out.recording("negate", [self]) { g in [g.negated()] }
    }

    /// Elementwise negation.
    public static prefix func - (a: Tensor) -> Tensor { a.negated() }

    /// Elementwise e^x.
    ///
    ///     let y = try x.exp()
    public func exp() throws -> Tensor {
        let x = try floatingForMath()
        let out = Tensor.floatMap(x, ExpFunction.self)
        let result = out.detached()
        return out.recording("exp", [self]) { g in [try g * result] }
    }

    /// Elementwise natural logarithm.
    public func log() throws -> Tensor {
        let x = try floatingForMath()
        let out = Tensor.floatMap(x, LogFunction.self)
        return out.recording("log", [self]) { g in [try Tensor.floatZip(g, x, LogGradient.self)] }
    }

    /// Elementwise square root.
    public func sqrt() throws -> Tensor {
        let x = try floatingForMath()
        let out = Tensor.floatMap(x, SqrtFunction.self)
        let result = out.detached()
        return out.recording("sqrt", [self]) { g in
            [try Tensor.floatZip(g, result, SqrtGradient.self)]
        }
    }

    /// Elementwise 1/x.
    public func reciprocal() throws -> Tensor {
        let x = try floatingForMath()
        let out = Tensor.floatMap(x, ReciprocalFunction.self)
        let result = out.detached()
        return out.recording("reciprocal", [self]) { g in
            [try Tensor.floatZip(g, result, ReciprocalGradient.self)]
        }
    }

    /// Elementwise x².
    public func square() throws -> Tensor {
        if !dtype.isFloatingPoint { return try self * self }
        let out = Tensor.floatMap(self, SquareFunction.self)
        let x = self
        return out.recording("square", [self]) { g in [try Tensor.floatZip(g, x, SquareGradient.self)] }
    }

    /// Elementwise absolute value.
    public func abs() throws -> Tensor {
        if !dtype.isFloatingPoint {
            return try Tensor.binaryForward(.maximum, self, negated())
        }
        let out = Tensor.floatMap(self, AbsFunction.self)
        let x = self
        return out.recording("abs", [self]) { g in
            [try Tensor.floatZip(g, x, AbsGradient.self)]
        }
    }

    /// Elementwise hyperbolic tangent.
    public func tanh() throws -> Tensor {
        let x = try floatingForMath()
        let out = Tensor.floatMap(x, TanhFunction.self)
        let result = out.detached()
        return out.recording("tanh", [self]) { g in
            [try Tensor.floatZip(g, result, TanhGradient.self)]
        }
    }

    /// Elementwise logistic sigmoid 1 / (1 + e^-x), stable for large |x|.
    ///
    ///     let probability = try logits.sigmoid()
    public func sigmoid() throws -> Tensor {
        let x = try floatingForMath()
        let out = Tensor.floatMap(x, SigmoidFunction.self)
        let result = out.detached()
        return out.recording("sigmoid", [self]) { g in
            [try Tensor.floatZip(g, result, SigmoidGradient.self)]
        }
    }

    /// Elementwise Swift.max(x, 0).
    ///
    ///     let hidden = try (x.matmul(w) + b).relu()
    public func relu() throws -> Tensor {
        if !dtype.isFloatingPoint { return try Tensor.binaryForward(.maximum, self, Tensor.zeros([], dtype: dtype)) }
        let out = Tensor.floatMap(self, ReluFunction.self)
        let result = out.detached()
        return out.recording("relu", [self]) { g in
            [try Tensor.floatZip(g, result, ReluGradient.self)]
        }
    }

    /// Elementwise sign: -1, 0 or 1 (no gradient).
    public func sign() throws -> Tensor {
        let x = try floatingForMath()
        return Tensor.floatMap(x, SignFunction.self)
    }

    /// Elementwise power by a scalar exponent.
    ///
    ///     let cubes = try x.pow(3)
    public func pow(_ exponent: Double) throws -> Tensor {
        if exponent == 2 { return try square() }
        return try pow(Tensor.scalar(exponent, isInteger: exponent == exponent.rounded() && !dtype.isFloatingPoint, like: self))
    }
}
