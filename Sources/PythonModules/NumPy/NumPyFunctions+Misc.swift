import Interpreter
import Tensors

extension NumPyFunctions {
    static var misc: [PyNativeFunction] {
        [
            PyNativeFunction(
                "set_printoptions",
                "precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, nanstr=None, infstr=None, formatter=None, sign=None, floatmode=None, legacy=None, override_repr=None"
            ) { a in
                var options = PrintOptions.of(a.interpreter)
                if let p = try a.optional("precision", as: Int.self) {
                    options.precision = max(p, 0)
                }
                if !a.isNone("threshold") {
                    if case .float(let d) = a["threshold"], d.isInfinite { options.threshold = .max } else { options.threshold = try a.int("threshold") }
                }
                if let e = try a.optional("edgeitems", as: Int.self) { options.edgeitems = e }
                if let w = try a.optional("linewidth", as: Int.self) { options.linewidth = w }
                if let s = try a.optional("suppress", as: Bool.self) { options.suppress = s }
                try PrintOptions.set(options, in: a.interpreter)
                return .none
            },
            PyNativeFunction("get_printoptions", "") { a in
                let o = PrintOptions.of(a.interpreter)
                return .dict([
                    "edgeitems": .int(o.edgeitems), "threshold": .int(o.threshold), "precision": .int(o.precision),
                    "linewidth": .int(o.linewidth), "suppress": .bool(o.suppress),
                ])
            },
            PyNativeFunction("array_equal", "a1, a2") { a in
                let x = try arrayArgument(a, "a1"), y = try arrayArgument(a, "a2")
                guard x.shape == y.shape else { return .bool(false) }
                return .bool(x.doubleValues() == y.doubleValues())
            },
            PyNativeFunction("allclose", "a, b, rtol=1e-05, atol=1e-08") { a in
                let x = try arrayArgument(a), y = try arrayArgument(a, "b")
                let shape = try broadcastShape(x.shape, y.shape)
                let rtol = try a.double("rtol"), atol = try a.double("atol")
                let xs = try numpyCall { try x.broadcast(to: shape).doubleValues() }
                let ys = try numpyCall { try y.broadcast(to: shape).doubleValues() }
                return .bool(zip(xs, ys).allSatisfy { Swift.abs($0 - $1) <= atol + rtol * Swift.abs($1) })
            },
            PyNativeFunction("isnan", "x") { a in
                let t = try arrayArgument(a, "x")
                return arrayOrScalar(try numpyCall { try t .!= t })
            },
        ]
    }
}
