extension SIMD8 where Scalar == Float {
    /// Eight floats from `pointer` (no alignment needed).
    @inline(__always) static func load(_ pointer: UnsafePointer<Float>) -> Self {
        UnsafeRawPointer(pointer).loadUnaligned(as: Self.self)
    }

    /// Eight floats from `pointer` (no alignment needed).
    @inline(__always) static func load(_ pointer: UnsafeMutablePointer<Float>) -> Self {
        UnsafeRawPointer(pointer).loadUnaligned(as: Self.self)
    }

    /// Writes the eight floats at `pointer` (no alignment needed).
    @inline(__always) func store(to pointer: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(pointer).storeBytes(of: self, as: Self.self)
    }
}

extension SIMD8 where Scalar == Float {
    /// Lane-wise square root of non-negative values, to within 6e-7 relative error for normal
    /// values (0 and subnormals come out below 3e-20; +∞ as the root of the largest float).
    /// `Float.squareRoot()` keeps a libm fallback for negative input that stops the optimizer
    /// loops from vectorizing, and a reciprocal-root Newton scheme costs half again as much: this
    /// halves the exponent in the bits for a 4 % estimate, then takes two Heron steps.
    @inline(__always) func nonNegativeSquareRoot() -> Self {
        let bits = pointwiseMin(unsafeBitCast(self, to: SIMD8<UInt32>.self), SIMD8<UInt32>(repeating: 0x7F7F_FFFF))
        let finite = unsafeBitCast(bits, to: Self.self)
        var root = unsafeBitCast((bits &>> 1) &+ SIMD8<UInt32>(repeating: 0x1FBD_1DF5), to: Self.self)
        root = 0.5 * (root + finite / root)
        root = 0.5 * (root + finite / root)
        return root
    }
}
