import Foundation
import Interpreter

/// Python's `math` module: constants and the functions course code and learners reach for.
enum MathModule {
    static func make() -> PyModule {
        let m = NativeModuleBuilder("math", doc: "Mathematical functions on floats, as Python's math module.")
        m.constant("pi", .float(.pi))
        m.constant("e", .float(M_E))
        m.constant("tau", .float(2 * .pi))
        m.constant("inf", .float(.infinity))
        m.constant("nan", .float(.nan))
        let unary: [(String, (Double) -> Double)] = [
            ("exp", exp), ("log2", log2), ("log10", log10), ("sin", sin), ("cos", cos), ("tan", tan),
            ("asin", asin), ("acos", acos), ("atan", atan), ("sinh", sinh), ("cosh", cosh), ("tanh", tanh),
            ("fabs", fabs), ("radians", { $0 * .pi / 180 }), ("degrees", { $0 * 180 / .pi }),
        ]
        for (name, f) in unary {
            m.function(name, "x") { a in try checked(f(try a.double("x"))) }
        }
        m.function("sqrt", "x") { a in
            let x = try a.double("x")
            guard x >= 0 else { throw PythonError.valueError("math domain error") }
            return .float(x.squareRoot())
        }
        m.function("log", "x, base=None") { a in
            let x = try a.double("x")
            guard x > 0 else { throw PythonError.valueError("math domain error") }
            if a.isNone("base") { return .float(Foundation.log(x)) }
            let base = try a.double("base")
            guard base > 0, base != 1 else { throw PythonError.valueError("math domain error") }
            return .float(Foundation.log(x) / Foundation.log(base))
        }
        m.function("pow", "x, y") { a in try checked(Foundation.pow(try a.double("x"), try a.double("y"))) }
        m.function("atan2", "y, x") { a in .float(atan2(try a.double("y"), try a.double("x"))) }
        m.function("hypot", "x, y") { a in .float(hypot(try a.double("x"), try a.double("y"))) }
        m.function("floor", "x") { a in try integral(a["x"], a.interpreter, Foundation.floor) }
        m.function("ceil", "x") { a in try integral(a["x"], a.interpreter, Foundation.ceil) }
        m.function("trunc", "x") { a in try integral(a["x"], a.interpreter, Foundation.trunc) }
        m.function("isnan", "x") { a in .bool(try a.double("x").isNaN) }
        m.function("isinf", "x") { a in .bool(try a.double("x").isInfinite) }
        m.function("isfinite", "x") { a in .bool(try a.double("x").isFinite) }
        m.function("isclose", "a, b, *, rel_tol=1e-09, abs_tol=0.0") { a in
            let x = try a.double("a"), y = try a.double("b")
            let tolerance = max(try a.double("rel_tol") * max(abs(x), abs(y)), try a.double("abs_tol"))
            return .bool(x == y || abs(x - y) <= tolerance)
        }
        m.function("factorial", "n") { a in
            let n = try a.int("n")
            guard n >= 0 else { throw PythonError.valueError("factorial() not defined for negative values") }
            var result: Value = .int(1)
            for k in stride(from: 2, through: n, by: 1) {
                result = try a.interpreter.binary(.mul, result, .int(k))
            }
            return result
        }
        m.function("gcd", "a, b") { a in
            var x = abs(try a.int("a")), y = abs(try a.int("b"))
            while y != 0 { (x, y) = (y, x % y) }
            return .int(x)
        }
        m.function("fsum", "iterable") { a in
            .float(try a.interpreter.iterateToArray(a["iterable"]).reduce(0) { $0 + (try Double(python: $1)) })
        }
        return m.module
    }

    /// Python raises instead of returning inf from an overflowing or undefined math call.
    private static func checked(_ x: Double) throws -> Value {
        if x.isNaN { throw PythonError.valueError("math domain error") }
        if x.isInfinite { throw PythonError(PyTypes.OverflowError, "math range error") }
        return .float(x)
    }

    /// `floor`, `ceil` and `trunc` return ints in Python 3, and leave ints as they are.
    private static func integral(_ v: Value, _ interp: PythonInterpreter, _ round: (Double) -> Double) throws -> Value {
        if case .int = v { return v }
        let x = try Double(python: v)
        guard x.isFinite else {
            throw x.isNaN
                ? PythonError.valueError("cannot convert float NaN to integer")
                : PythonError(PyTypes.OverflowError, "cannot convert float infinity to integer")
        }
        let r = round(x)
        if let i = Int(exactly: r) { return .int(i) }
        return try interp.call(.object(PyTypes.int), [.float(r)])
    }
}
