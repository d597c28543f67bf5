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
