import Interpreter
import Tensors

extension NumPyFunctions {
    static func arrayArgument(_ a: BoundArguments, _ name: String = "a") throws -> Tensor {
        try NumPyConversion.tensor(from: a[name])
    }

    static var shaping: [PyNativeFunction] {
        [
            PyNativeFunction("reshape", "a, shape=None, order='C', *, newshape=None") { a in
                let shape = a.isNone("shape") ? a["newshape"] : a["shape"]
                return NDArray.wrap(try ArrayOperations.reshape(try arrayArgument(a), try ArrayOperations.shape([shape])))
            },
            PyNativeFunction("ravel", "a, order='C'") { a in NDArray.wrap(try ArrayOperations.reshape(try arrayArgument(a), [-1])) },
            PyNativeFunction("transpose", "a, axes=None") { a in
                NDArray.wrap(try ArrayOperations.transpose(try arrayArgument(a), a.isNone("axes") ? [] : [a["axes"]]))
            },
            PyNativeFunction("expand_dims", "a, axis") { a in
                let t = try arrayArgument(a)
                let axis = try normalizedAxis(try ArrayOperations.intValue(a["axis"]), rank: t.rank + 1)
                return NDArray.wrap(try numpyCall { try t.expandedDimensions(axis: axis) })
            },
            PyNativeFunction("squeeze", "a, axis=None") { a in
                NDArray.wrap(try ModuleFunctions.squeeze(try arrayArgument(a), axis: a["axis"]))
            },
            PyNativeFunction("concatenate", "arrays, axis=0") { a in
                let parts = try ModuleFunctions.tensors(a["arrays"], a.interpreter)
                if a.isNone("axis") {
                    return NDArray.wrap(try ModuleFunctions.concatenate(try parts.map { try ArrayOperations.reshape($0, [-1]) }, axis: 0))
                }
                return NDArray.wrap(try ModuleFunctions.concatenate(parts, axis: try a.int("axis")))
            },
            PyNativeFunction("vstack", "tup") { a in
                let parts = try ModuleFunctions.tensors(a["tup"], a.interpreter).map { try ModuleFunctions.atLeast($0, rank: 2) }
                return NDArray.wrap(try ModuleFunctions.concatenate(parts, axis: 0))
            },
            PyNativeFunction("hstack", "tup") { a in
                let parts = try ModuleFunctions.tensors(a["tup"], a.interpreter).map { try ModuleFunctions.atLeast($0, rank: 1) }
                return NDArray.wrap(try ModuleFunctions.concatenate(parts, axis: parts.first?.rank == 1 ? 0 : 1))
            },
            PyNativeFunction("stack", "arrays, axis=0") { a in
                NDArray.wrap(try ModuleFunctions.stack(try ModuleFunctions.tensors(a["arrays"], a.interpreter), axis: try a.int("axis")))
            },
            PyNativeFunction("array_split", "ary, indices_or_sections, axis=0") { a in
                if let strings = try StringArray.make(from: a["ary"]) {
                    return try strings.split(try ArrayOperations.intValue(a["indices_or_sections"]))
                }
                return try ModuleFunctions.split(try arrayArgument(a, "ary"), a["indices_or_sections"], axis: try a.int("axis"), strict: false)
            },
            PyNativeFunction("split", "ary, indices_or_sections, axis=0") { a in
                try ModuleFunctions.split(try arrayArgument(a, "ary"), a["indices_or_sections"], axis: try a.int("axis"), strict: true)
            },
            PyNativeFunction("shape", "a") { a in .tuple(try arrayArgument(a).shape.map { .int($0) }) },
            PyNativeFunction("ndim", "a") { a in .int(try arrayArgument(a).rank) },
            PyNativeFunction("size", "a") { a in .int(try arrayArgument(a).count) },
        ]
    }
}
