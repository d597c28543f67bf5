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
    @inline(__always) static func exp(_ x: Float) -> Float { expf(x) }
    @inline(__always) static func log(_ x: Float) -> Float { logf(x) }
    @inline(__always) static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    @inline(__always) static func tanh(_ x: Float) -> Float { tanhf(x) }
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
