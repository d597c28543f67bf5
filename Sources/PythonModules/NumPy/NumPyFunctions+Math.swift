import Interpreter
import Tensors

extension NumPyFunctions {
    private static func unary(_ name: String, _ op: @escaping (Tensor) throws -> Tensor) -> PyNativeFunction {
        PyNativeFunction(name, "x") { a in
            let t = try arrayArgument(a, "x")
            return arrayOrScalar(try numpyCall { try op(t) })
        }
    }

    private static func reduction(_ kind: Reduction, ddof: Bool = false) -> PyNativeFunction {
        PyNativeFunction(
            kind.rawValue,
            ddof
                ? "a, axis=None, dtype=None, out=None, ddof=0, keepdims=False"
                : "a, axis=None, out=None, keepdims=False"
        ) { a in
            try ArrayOperations.reduce(
                kind, try arrayArgument(a), axis: a["axis"], keepdims: try a.bool("keepdims"),
                ddof: ddof ? try a.int("ddof") : 0)
        }
    }

    private static func binary(_ name: String, _ op: BinaryOp) -> PyNativeFunction {
        PyNativeFunction(name, "x1, x2") { a in
            let x1 = try arrayArgument(a, "x1")
            let x2 = try Operand(a["x2"])?.tensor(next: x1) ?? arrayArgument(a, "x2")
            return try NDArray.apply(op, x1, x2).map(arrayOrScalar) ?? .none
        }
    }

    static var math: [PyNativeFunction] {
        [
            unary("exp") { try $0.exp() },
            unary("log") { try $0.log() },
            unary("sqrt") { try $0.sqrt() },
            unary("abs") { try $0.abs() },
            unary("square") { try $0.square() },
            unary("tanh") { try $0.tanh() },
            unary("sign") { try $0.sign() },
            unary("negative") { $0.negated() },
            reduction(.sum), reduction(.mean), reduction(.std, ddof: true), reduction(.var, ddof: true),
            reduction(.max), reduction(.min), reduction(.argmax), reduction(.argmin), reduction(.any), reduction(.all),
            binary("add", .add), binary("subtract", .sub), binary("multiply", .mul), binary("divide", .div),
            binary("power", .pow), binary("floor_divide", .floorDiv), binary("mod", .mod),
            PyNativeFunction("maximum", "x1, x2") { a in
                let x1 = try arrayArgument(a, "x1"), x2 = try Operand(a["x2"])?.tensor(next: x1) ?? arrayArgument(a, "x2")
                _ = try broadcastShape(x1.shape, x2.shape)
                return arrayOrScalar(try numpyCall { try Tensor.maximum(x1, x2) })
            },
            PyNativeFunction("minimum", "x1, x2") { a in
                let x1 = try arrayArgument(a, "x1"), x2 = try Operand(a["x2"])?.tensor(next: x1) ?? arrayArgument(a, "x2")
                _ = try broadcastShape(x1.shape, x2.shape)
                return arrayOrScalar(try numpyCall { try Tensor.minimum(x1, x2) })
            },
            PyNativeFunction("dot", "a, b") { a in try ModuleFunctions.dot(try arrayArgument(a), a["b"]) },
            PyNativeFunction("matmul", "x1, x2") { a in
                arrayOrScalar(try ModuleFunctions.matmul(try arrayArgument(a, "x1"), try arrayArgument(a, "x2")))
            },
            PyNativeFunction("clip", "a, a_min=None, a_max=None, *, min=None, max=None") { a in
                let low = a.isNone("a_min") ? a["min"] : a["a_min"]
                let high = a.isNone("a_max") ? a["max"] : a["a_max"]
                return try ModuleFunctions.clip(try arrayArgument(a), low, high)
            },
            PyNativeFunction("round", "a, decimals=0") { a in
                try ModuleFunctions.round(try arrayArgument(a), decimals: try a.int("decimals"))
            },
            PyNativeFunction("where", "condition, x=None, y=None") { a in
                let condition = try arrayArgument(a, "condition")
                let truth = try numpyCall { condition.dtype == .bool ? condition : try condition .!= 0.0 }
                if a.isNone("x") && a.isNone("y") { return ModuleFunctions.nonzero(truth) }
                guard !a.isNone("x"), !a.isNone("y") else {
                    throw PythonError.valueError("either both or neither of x and y should be given")
                }
                let x = try arrayArgument(a, "x")
                let y = try Operand(a["y"])?.tensor(next: x) ?? arrayArgument(a, "y")
                _ = try broadcastShape(try broadcastShape(truth.shape, x.shape), y.shape)
                return arrayOrScalar(try numpyCall { try Tensor.where(truth, x, y) })
            },
        ]
    }
}
