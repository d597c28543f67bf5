import Interpreter
import Tensors

/// The `numpy.ndarray` class: properties and methods, each a thin call into `Tensors`.
enum NDArrayClass {
    nonisolated(unsafe) static let type: PyClass = PyClass(
        name: "ndarray", module: "numpy", methods: methods, attributes: properties,
        doc: "An N-dimensional array of numbers (a view of a Deeplings tensor).")

    static func array(_ value: Value) throws -> NDArray {
        guard case .object(let o) = value, let a = o as? NDArray else {
            throw PythonError.typeError("descriptor requires a 'numpy.ndarray' object but received a '\(value.typeName)'")
        }
        return a
    }

    static func tensor(_ a: BoundArguments) throws -> Tensor { try array(a["self"]).tensor }

    private static func property(_ body: @escaping (Tensor) throws -> Value) -> Value {
        .object(PyProperty(get: { v, _ in try body(try array(v).tensor) }))
    }

    static var properties: [String: Value] {
        [
            "shape": property { .tuple($0.shape.map { .int($0) }) },
            "dtype": property { .object(DTypeObject($0.dtype)) },
            "ndim": property { .int($0.rank) },
            "size": property { .int($0.count) },
            "itemsize": property { .int($0.dtype.byteSize) },
            "nbytes": property { .int($0.dtype.byteSize * $0.count) },
            "T": property { NDArray.wrap($0.transposed()) },
        ]
    }

    private static func reduction(_ kind: Reduction, ddof: Bool = false) -> PyNativeFunction {
        PyNativeFunction(
            kind.rawValue,
            ddof
                ? "self, axis=None, dtype=None, out=None, ddof=0, keepdims=False"
                : "self, axis=None, out=None, keepdims=False"
        ) { a in
            try ArrayOperations.reduce(
                kind, try tensor(a), axis: a["axis"], keepdims: try a.bool("keepdims"),
                ddof: ddof ? try a.int("ddof") : 0)
        }
    }

    static var methods: [PyNativeFunction] {
        [
            reduction(.sum), reduction(.mean), reduction(.std, ddof: true), reduction(.var, ddof: true),
            reduction(.max), reduction(.min), reduction(.argmax), reduction(.argmin), reduction(.any), reduction(.all),
            PyNativeFunction("reshape", "self, *shape, order='C'") { a in
                let t = try tensor(a)
                return NDArray.wrap(try ArrayOperations.reshape(t, try ArrayOperations.shape(a.varArgs)))
            },
            PyNativeFunction("astype", "self, dtype, copy=True") { a in
                let t = try tensor(a)
                guard let dtype = try parseDType(a["dtype"]) else { return NDArray.wrap(t.copy()) }
                return NDArray.wrap(try numpyCall { dtype == t.dtype ? t.copy() : try t.cast(to: dtype) })
            },
            PyNativeFunction("transpose", "self, *axes") { a in
                NDArray.wrap(try ArrayOperations.transpose(try tensor(a), a.varArgs))
            },
            PyNativeFunction("copy", "self, order='C'") { a in NDArray.wrap(try tensor(a).copy()) },
            PyNativeFunction("flatten", "self, order='C'") { a in NDArray.wrap(try numpyCall { try tensor(a).copy().reshaped(to: [-1]) }) },
            PyNativeFunction("ravel", "self, order='C'") { a in NDArray.wrap(try ArrayOperations.reshape(try tensor(a), [-1])) },
            PyNativeFunction("tolist", "self") { a in ArrayOperations.toList(try tensor(a)) },
            PyNativeFunction("item", "self, *args") { a in
                let t = try tensor(a)
                if a.varArgs.isEmpty {
                    guard t.count == 1 else { throw PythonError.valueError("can only convert an array of size 1 to a Python scalar") }
                    return scalarValue(of: t)
                }
                let flat = try ArrayOperations.reshape(t, [-1])
                let index = try ArrayOperations.intValue(a.varArgs[0])
                guard index >= -t.count && index < t.count else {
                    throw PythonError.indexError("index \(index) is out of bounds for size \(t.count)")
                }
                return scalarValue(of: try numpyCall { try flat.indexed([.at(index)]) })
            },
            PyNativeFunction("squeeze", "self, axis=None") { a in
                NDArray.wrap(try ModuleFunctions.squeeze(try tensor(a), axis: a["axis"]))
            },
            PyNativeFunction("fill", "self, value") { a in
                try numpyCall { try tensor(a).fill(with: try Double(python: a["value"])) }
                return .none
            },
            PyNativeFunction("clip", "self, min=None, max=None") { a in
                try ModuleFunctions.clip(try tensor(a), a["min"], a["max"])
            },
            PyNativeFunction("dot", "self, b") { a in try ModuleFunctions.dot(try tensor(a), a["b"]) },
            PyNativeFunction("round", "self, decimals=0") { a in
                try ModuleFunctions.round(try tensor(a), decimals: try a.int("decimals"))
            },
            PyNativeFunction("__len__", "self") { a in .int(try array(a["self"]).length(a.interpreter)) },
            PyNativeFunction("__getitem__", "self, key") { a in try array(a["self"]).getItem(a["key"], a.interpreter) },
            PyNativeFunction("__setitem__", "self, key, value") { a in
                try array(a["self"]).setItem(a["key"], a["value"], a.interpreter); return .none
            },
        ]
    }
}
