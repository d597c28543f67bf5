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
    /// Lane-wise square root of non-negative values, to within 5e-6 relative error (values below
    /// 1.2e-38 come out slightly small). `Float.squareRoot()` keeps a libm fallback for negative
    /// input that stops the optimizer loops from vectorizing; this uses two Newton steps on the
    /// classic reciprocal-square-root estimate instead, ample for an optimizer's denominator.
    @inline(__always) func nonNegativeSquareRoot() -> Self {
        let safe = replacing(with: Float.leastNormalMagnitude, where: self .< Float.leastNormalMagnitude)
        let bits = unsafeBitCast(safe, to: SIMD8<UInt32>.self)
        var estimate = unsafeBitCast(SIMD8<UInt32>(repeating: 0x5F37_5A86) &- (bits &>> 1), to: Self.self)
        let half = safe * 0.5
        estimate = estimate * (1.5 - half * estimate * estimate)
        estimate = estimate * (1.5 - half * estimate * estimate)
        return self * estimate
    }
}
