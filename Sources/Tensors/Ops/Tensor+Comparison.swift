infix operator .== : ComparisonPrecedence
infix operator .!= : ComparisonPrecedence
infix operator .< : ComparisonPrecedence
infix operator .<= : ComparisonPrecedence
infix operator .> : ComparisonPrecedence
infix operator .>= : ComparisonPrecedence

extension Tensor {
    /// Elementwise `==` with broadcasting, giving a bool tensor (MLX-Swift's spelling).
    ///
    ///     let correct = try (predictions.argMax(axis: -1) .== labels).cast(to: .float32).mean()
    public static func .== (a: Tensor, b: Tensor) throws -> Tensor { try binaryForward(.equal, a, b) }
    /// Elementwise `!=` with broadcasting, giving a bool tensor.
    public static func .!= (a: Tensor, b: Tensor) throws -> Tensor { try binaryForward(.notEqual, a, b) }
    /// Elementwise `<` with broadcasting, giving a bool tensor.
    public static func .< (a: Tensor, b: Tensor) throws -> Tensor { try binaryForward(.less, a, b) }
    /// Elementwise `<=` with broadcasting, giving a bool tensor.
    public static func .<= (a: Tensor, b: Tensor) throws -> Tensor { try binaryForward(.lessEqual, a, b) }
    /// Elementwise `>` with broadcasting, giving a bool tensor.
    public static func .> (a: Tensor, b: Tensor) throws -> Tensor { try binaryForward(.greater, a, b) }
    /// Elementwise `>=` with broadcasting, giving a bool tensor.
    public static func .>= (a: Tensor, b: Tensor) throws -> Tensor { try binaryForward(.greaterEqual, a, b) }

    /// Elementwise `==` against a scalar.
    public static func .== (a: Tensor, b: Double) throws -> Tensor { try binaryForward(.equal, a, scalar(b, like: a)) }
    /// Elementwise `!=` against a scalar.
    public static func .!= (a: Tensor, b: Double) throws -> Tensor { try binaryForward(.notEqual, a, scalar(b, like: a)) }
    /// Elementwise `<` against a scalar.
    public static func .< (a: Tensor, b: Double) throws -> Tensor { try binaryForward(.less, a, scalar(b, like: a)) }
    /// Elementwise `<=` against a scalar.
    public static func .<= (a: Tensor, b: Double) throws -> Tensor { try binaryForward(.lessEqual, a, scalar(b, like: a)) }
    /// Elementwise `>` against a scalar.
    public static func .> (a: Tensor, b: Double) throws -> Tensor { try binaryForward(.greater, a, scalar(b, like: a)) }
    /// Elementwise `>=` against a scalar.
    public static func .>= (a: Tensor, b: Double) throws -> Tensor { try binaryForward(.greaterEqual, a, scalar(b, like: a)) }

    /// Elementwise logical and of two tensors (non-zero is true), giving a bool tensor.
    public func logicalAnd(_ other: Tensor) throws -> Tensor {
        try Tensor.binaryForward(.logicalAnd, castWithoutGradient(to: .bool), other.castWithoutGradient(to: .bool))
    }

    /// Elementwise logical or of two tensors (non-zero is true), giving a bool tensor.
    public func logicalOr(_ other: Tensor) throws -> Tensor {
        try Tensor.binaryForward(.logicalOr, castWithoutGradient(to: .bool), other.castWithoutGradient(to: .bool))
    }
}
