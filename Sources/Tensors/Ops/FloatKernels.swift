/// A float function written once for Float and Double; `Bound` fixes the type for the loops.
protocol FloatBinaryFunction {
    static func apply<T: FloatingElement>(_ x: T, _ y: T) -> T
}

/// A one-input float function written once for Float and Double.
protocol FloatUnaryFunction {
    static func apply<T: FloatingElement>(_ x: T) -> T
}

struct BoundBinary<F: FloatBinaryFunction, T: FloatingElement>: BinaryKernel {
    @inline(__always) func apply(_ x: T, _ y: T) -> T { F.apply(x, y) }
}

struct BoundUnary<F: FloatUnaryFunction, T: FloatingElement>: UnaryKernel {
    @inline(__always) func apply(_ x: T) -> T { F.apply(x) }
}

enum AddFunction: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T, _ y: T) -> T { x + y } }
enum SubtractFunction: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T, _ y: T) -> T { x - y } }
enum MultiplyFunction: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T, _ y: T) -> T { x * y } }
enum DivideFunction: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T, _ y: T) -> T { x / y } }
enum PowerFunction: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T, _ y: T) -> T { T.pow(x, y) } }
enum MaximumFunction: FloatBinaryFunction {
    @inline(__always) static func apply<T: FloatingElement>(_ x: T, _ y: T) -> T { x.isNaN || x > y ? x : y }
}
enum MinimumFunction: FloatBinaryFunction {
    @inline(__always) static func apply<T: FloatingElement>(_ x: T, _ y: T) -> T { x.isNaN || x < y ? x : y }
}
enum FloorDivideFunction: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T, _ y: T) -> T { T.floorDivide(x, y) } }
enum RemainderFunction: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T, _ y: T) -> T { T.pythonRemainder(x, y) } }

enum NegateFunction: FloatUnaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T) -> T { -x } }
enum ExpFunction: FloatUnaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T) -> T { T.exp(x) } }
enum LogFunction: FloatUnaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T) -> T { T.log(x) } }
enum SqrtFunction: FloatUnaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T) -> T { x.squareRoot() } }
enum ReciprocalFunction: FloatUnaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T) -> T { 1 / x } }
enum SquareFunction: FloatUnaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T) -> T { x * x } }
enum AbsFunction: FloatUnaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T) -> T { Swift.abs(x) } }
enum TanhFunction: FloatUnaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T) -> T { T.tanh(x) } }
enum ReluFunction: FloatUnaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T) -> T { x > 0 ? x : 0 } }
enum SignFunction: FloatUnaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ x: T) -> T { x > 0 ? 1 : (x < 0 ? -1 : 0) } }
enum SigmoidFunction: FloatUnaryFunction {
    // e^{-|x|} never overflows; both branches are formed and one selected, so loops vectorise.
    @inline(__always) static func apply<T: FloatingElement>(_ x: T) -> T {
        let e = T.exp(-Swift.abs(x))
        let positive = 1 / (1 + e)
        return x >= 0 ? positive : e * positive
    }
}

/// Gradient kernels: (upstream gradient, saved value) → input gradient.
enum LogGradient: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ g: T, _ x: T) -> T { g / x } }
enum SqrtGradient: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ g: T, _ y: T) -> T { 0.5 * g / y } }
enum ReciprocalGradient: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ g: T, _ y: T) -> T { -g * y * y } }
enum SquareGradient: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ g: T, _ x: T) -> T { 2 * g * x } }
enum AbsGradient: FloatBinaryFunction {
    @inline(__always) static func apply<T: FloatingElement>(_ g: T, _ x: T) -> T { x > 0 ? g : (x < 0 ? -g : 0) }
}
enum TanhGradient: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ g: T, _ y: T) -> T { g * (1 - y * y) } }
enum SigmoidGradient: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ g: T, _ y: T) -> T { g * y * (1 - y) } }
enum ReluGradient: FloatBinaryFunction { @inline(__always) static func apply<T: FloatingElement>(_ g: T, _ y: T) -> T { y > 0 ? g : 0 } }
