/// Eight-float lane helpers the hand-written SIMD kernels share (thin convolutions, Winograd
/// transforms): unaligned loads and stores, fused multiply-add where the build has FMA, relu.

/// `sum += a · b` lane-wise: one fused instruction where the build targets FMA, else a multiply
/// and an add (the standard library's `addProduct` is a per-lane library call without FMA).
@inline(__always)
func multiplyAdd(_ sum: inout SIMD8<Float>, _ a: SIMD8<Float>, _ b: SIMD8<Float>) {
    #if DEEPLINGS_FMA
        sum.addProduct(a, b)
    #else
        sum += a * b
    #endif
}

/// ``ReluFunction`` lane-wise, kept in registers (the standard library's `pointwiseMax` is not
/// inlined here).
@inline(__always)
func positivePart(_ v: SIMD8<Float>) -> SIMD8<Float> {
    SIMD8<Float>.zero.replacing(with: v, where: v .> 0)
}

@inline(__always)
func load8(_ pointer: UnsafePointer<Float>) -> SIMD8<Float> {
    UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Float>.self)
}

@inline(__always)
func load8(_ pointer: UnsafeMutablePointer<Float>) -> SIMD8<Float> {
    UnsafeRawPointer(pointer).loadUnaligned(as: SIMD8<Float>.self)
}

@inline(__always)
func store8(_ value: SIMD8<Float>, _ pointer: UnsafeMutablePointer<Float>) {
    UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: SIMD8<Float>.self)
}

/// ``ReluGradient`` lane-wise: `gradient` where the relu output is positive, else 0.
@inline(__always)
func passedByRelu(_ gradient: SIMD8<Float>, output: SIMD8<Float>) -> SIMD8<Float> {
    SIMD8<Float>.zero.replacing(with: gradient, where: output .> 0)
}

extension SIMD8 where Scalar == Float {
    /// Lane-wise square root of non-negative values, to within 6e-7 relative error for normal
    /// values (0 and subnormals come out below 3e-20; +∞ as the root of the largest float).
    /// `Float.squareRoot()` keeps a libm fallback for negative input that stops Adam's loop from
    /// vectorizing (where the root is added to ε before dividing, so ``reciprocalSquareRoot()``
    /// does not serve): this halves the exponent in the bits for a 4 % estimate, then takes two
    /// Heron steps.
    @inline(__always) package func nonNegativeSquareRoot() -> Self {
        let bits = pointwiseMin(unsafeBitCast(self, to: SIMD8<UInt32>.self), SIMD8<UInt32>(repeating: 0x7F7F_FFFF))
        let finite = unsafeBitCast(bits, to: Self.self)
        var root = unsafeBitCast((bits &>> 1) &+ SIMD8<UInt32>(repeating: 0x1FBD_1DF5), to: Self.self)
        root = 0.5 * (root + finite / root)
        root = 0.5 * (root + finite / root)
        return root
    }
}

extension SIMD8 where Scalar == Float {
    /// Lane-wise `1 / √self` for positive finite values, to within 2e-7 relative error: the
    /// exponent-halving estimate (0x5F375A86, 0.18 %) and two Newton steps, multiplications only.
    /// An optimizer's `g / √(v + ε)` written as `g · (v + ε).reciprocalSquareRoot()` costs a fifth
    /// of the divisions' time, which is what an RMSprop step over a large kernel is bound by.
    @inline(__always) package func reciprocalSquareRoot() -> Self {
        let bits = unsafeBitCast(self, to: SIMD8<UInt32>.self)
        var root = unsafeBitCast(SIMD8<UInt32>(repeating: 0x5F37_5A86) &- (bits &>> 1), to: Self.self)
        let half = 0.5 * self
        root = root * (1.5 - half * root * root)
        root = root * (1.5 - half * root * root)
        return root
    }
}
