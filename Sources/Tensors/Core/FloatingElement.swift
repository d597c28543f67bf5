#if canImport(Glibc)
    import Glibc
#endif

/// Float and Double, with the libm functions the elementwise ops need.
protocol FloatingElement: BinaryFloatingPoint, TensorElement {
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func pow(_ x: Self, _ y: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func squareRoot(_ x: Self) -> Self
    static func floorDivide(_ x: Self, _ y: Self) -> Self
    static func pythonRemainder(_ x: Self, _ y: Self) -> Self
}

extension Float: FloatingElement {
    @inline(__always) static func exp(_ x: Float) -> Float { vectorizableExp(x) }
    @inline(__always) static func log(_ x: Float) -> Float { logf(x) }
    @inline(__always) static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    @inline(__always) static func tanh(_ x: Float) -> Float { vectorizableTanh(x) }
    @inline(__always) static func squareRoot(_ x: Float) -> Float { x.squareRoot() }
    @inline(__always) static func floorDivide(_ x: Float, _ y: Float) -> Float { (x / y).rounded(.down) }
    @inline(__always) static func pythonRemainder(_ x: Float, _ y: Float) -> Float {
        let r = fmodf(x, y)
        return r != 0 && (r < 0) != (y < 0) ? r + y : r
    }
}

extension Double: FloatingElement {
    @inline(__always) static func exp(_ x: Double) -> Double { Glibc.exp(x) }
    @inline(__always) static func log(_ x: Double) -> Double { Glibc.log(x) }
    @inline(__always) static func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
    @inline(__always) static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
    @inline(__always) static func squareRoot(_ x: Double) -> Double { x.squareRoot() }
    @inline(__always) static func floorDivide(_ x: Double, _ y: Double) -> Double { (x / y).rounded(.down) }
    @inline(__always) static func pythonRemainder(_ x: Double, _ y: Double) -> Double {
        let r = fmod(x, y)
        return r != 0 && (r < 0) != (y < 0) ? r + y : r
    }
}

/// e^x for Float in straight-line code the compiler vectorises (libm's `expf` is a call per
/// element): Cody–Waite reduction x = n·ln2 + r, Cephes' degree-6 polynomial for e^r, and 2^n
/// built in the exponent bits. Within 2 ulp of `expf` over the whole range; inf/0/NaN as libm.
@inline(__always)
func vectorizableExp(_ x: Float) -> Float {
    let clamped = Swift.min(Swift.max(x, -103.972), 88.72283)
    // Adding 1.5·2^23 rounds to the nearest integer without SSE4.1 and leaves n in the low bits.
    let shifted = clamped * 1.44269504088896341 + 12_582_912
    let n = shifted - 12_582_912
    let r = clamped - n * 0.693359375 + n * 2.12194440e-4
    var p: Float = 1.9875691500e-4
    p = p * r + 1.3981999507e-3
    p = p * r + 8.3334519073e-3
    p = p * r + 4.1665795894e-2
    p = p * r + 1.6666665459e-1
    p = p * r + 5.0000001201e-1
    let er = p * (r * r) + r + 1
    let exponent = Int32(bitPattern: shifted.bitPattern) &- 0x4B40_0000
    // Two half-steps keep 2^n representable at both ends of the range.
    let half = exponent >> 1
    let scaleA = Float(bitPattern: UInt32(bitPattern: (half &+ 127) << 23))
    let scaleB = Float(bitPattern: UInt32(bitPattern: (exponent &- half &+ 127) << 23))
    let result = er * scaleA * scaleB
    let large: Float = x > 88.72283 ? .infinity : result
    let small: Float = x < -103.972 ? 0 : large
    return x.isNaN ? x : small
}

/// tanh for Float without a libm call: Cephes' odd polynomial below |x| = 0.625, else
/// 1 − 2/(e^{2|x|} + 1) with the sign restored; both sides are computed and one is selected so
/// the loop stays branch-free.
@inline(__always)
func vectorizableTanh(_ x: Float) -> Float {
    let z = x * x
    var p: Float = -5.70498872745e-3
    p = p * z + 2.06390887954e-2
    p = p * z - 5.37397155531e-2
    p = p * z + 1.33314422036e-1
    p = p * z - 3.33332819422e-1
    let small = p * z * x + x
    let magnitude = Swift.abs(x)
    let large = 1 - 2 / (vectorizableExp(2 * Swift.min(magnitude, 20)) + 1)
    let signed: Float = x < 0 ? -large : large
    let result: Float = magnitude < 0.625 ? small : signed
    return x.isNaN ? x : result
}
