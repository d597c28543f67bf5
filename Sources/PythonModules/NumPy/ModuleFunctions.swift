import Foundation
import Interpreter
import Tensors

/// The Swift side of `np.` functions that `ndarray` methods share.
enum ModuleFunctions {
    static func squeeze(_ tensor: Tensor, axis: Value) throws -> Tensor {
        guard let axes = try ArrayOperations.axes(axis, rank: tensor.rank) else {
            return try numpyCall { try tensor.squeezed() }
        }
        if axes.contains(where: { tensor.shape[$0] != 1 }) {
            throw PythonError.valueError("cannot select an axis to squeeze out which has size not equal to one")
        }
        return try numpyCall { try tensor.squeezed(axes: axes) }
    }

    static func clip(_ tensor: Tensor, _ low: Value, _ high: Value) throws -> Value {
        if low.isNone && high.isNone { throw PythonError.valueError("One of max or min must be given") }
        return try numpyCall {
            var result = tensor
            if !low.isNone {
                let bound = try Operand(low).map { $0.tensor(next: tensor) } ?? tensorFrom(low)
                _ = try broadcastShape(result.shape, bound.shape)
                result = try Tensor.maximum(result, bound)
            }
            if !high.isNone {
                let bound = try Operand(high).map { $0.tensor(next: tensor) } ?? tensorFrom(high)
                _ = try broadcastShape(result.shape, bound.shape)
                result = try Tensor.minimum(result, bound)
            }
            return arrayOrScalar(result)
        }
    }

    /// `np.matmul` with NumPy's message for mismatched inner dimensions.
    static func matmul(_ a: Tensor, _ b: Tensor) throws -> Tensor {
        if a.rank == 0 || b.rank == 0 {
            throw PythonError.valueError(
                "matmul: Input operand \(a.rank == 0 ? 0 : 1) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
        }
        let k = a.shape[a.rank - 1]
        let kb = b.rank == 1 ? b.shape[0] : b.shape[b.rank - 2]
        if k != kb {
            throw PythonError.valueError(
                "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(kb) is different from \(k))")
        }
        return try numpyCall { try a.matmul(b) }
    }

    /// `np.dot` for scalars, vectors and matrices.
    static func dot(_ a: Tensor, _ bValue: Value) throws -> Value {
        let b = try NumPyConversion.tensor(from: bValue)
        if a.rank == 0 || b.rank == 0 {
            return try NDArray.apply(.mul, a, b).map(arrayOrScalar) ?? .none
        }
        let k = a.shape[a.rank - 1]
        let kb = b.rank == 1 ? b.shape[0] : b.shape[b.rank - 2]
        if k != kb {
            let bAxis = b.rank == 1 ? 0 : b.rank - 2
            throw PythonError.valueError("shapes \(numpyShape(a.shape)) and \(numpyShape(b.shape)) not aligned: \(k) (dim \(a.rank - 1)) != \(kb) (dim \(bAxis))")
        }
        return arrayOrScalar(try numpyCall { try a.matmul(b) })
    }

    /// `np.round(a, decimals)`: composed from scaling and the tensor's floor-division, half to even.
    static func round(_ tensor: Tensor, decimals: Int) throws -> Value {
        guard tensor.dtype.isFloatingPoint else { return arrayOrScalar(tensor.copy()) }
        let scale = Foundation.pow(10.0, Double(decimals))
        let values = tensor.doubleValues().map { ($0 * scale).rounded(.toNearestOrEven) / scale }
        return arrayOrScalar(try numpyCall { try Tensor(values, shape: tensor.shape).cast(to: tensor.dtype) })
    }

    /// `np.concatenate` with NumPy's message for mismatched shapes.
    static func concatenate(_ tensors: [Tensor], axis: Int) throws -> Tensor {
        guard let first = tensors.first else { throw PythonError.valueError("need at least one array to concatenate") }
        if first.rank == 0 { throw PythonError.valueError("zero-dimensional arrays cannot be concatenated") }
        let along = try normalizedAxis(axis, rank: first.rank)
        for (index, t) in tensors.enumerated().dropFirst() {
            guard t.rank == first.rank else {
                throw PythonError.valueError(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 0, the array at index 0 has \(first.rank) dimension(s) and the array at index \(index) has \(t.rank) dimension(s)"
                )
            }
            for d in 0..<first.rank where d != along && t.shape[d] != first.shape[d] {
                throw PythonError.valueError(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at index \(index) has size \(t.shape[d])"
                )
            }
        }
        let dtype = tensors.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) }
        return try numpyCall { try Tensor.concatenate(try tensors.map { try $0.cast(to: dtype) }, axis: along) }
    }

    /// The tensors of a sequence argument (`np.vstack([a, b])`, `np.stack((x, y))`).
    static func tensors(_ value: Value, _ interp: PythonInterpreter) throws -> [Tensor] {
        if case .object(let o as NDArray) = value {
            return try (0..<(o.tensor.shape.first ?? 0)).map { i in try numpyCall { try o.tensor.indexed([.at(i)]) } }
        }
        return try interp.iterateToArray(value).map { try NumPyConversion.tensor(from: $0) }
    }

    static func atLeast(_ tensor: Tensor, rank: Int) throws -> Tensor {
        switch (tensor.rank, rank) {
        case (0, 1): return try numpyCall { try tensor.reshaped(to: [1]) }
        case (0, 2): return try numpyCall { try tensor.reshaped(to: [1, 1]) }
        case (1, 2): return try numpyCall { try tensor.reshaped(to: [1, tensor.count]) }
        default: return tensor
        }
    }

    static func stack(_ tensors: [Tensor], axis: Int) throws -> Tensor {
        guard let first = tensors.first else { throw PythonError.valueError("need at least one array to stack") }
        if tensors.contains(where: { $0.shape != first.shape }) {
            throw PythonError.valueError("all input arrays must have the same shape")
        }
        let along = try normalizedAxis(axis, rank: first.rank + 1)
        let dtype = tensors.dropFirst().reduce(first.dtype) { DType.promote($0, $1.dtype) }
        return try numpyCall { try Tensor.stack(try tensors.map { try $0.cast(to: dtype) }, axis: along) }
    }

    /// `np.array_split(a, n, axis)` / `np.split`: a list of arrays.
    static func split(_ tensor: Tensor, _ sections: Value, axis: Int, strict: Bool) throws -> Value {
        let along = try normalizedAxis(axis, rank: tensor.rank)
        let parts: [Tensor]
        switch sections {
        case .list, .tuple:
            let indices = try ArrayOperations.shape([sections])
            parts = try numpyCall { try tensor.split(indices: indices, axis: along) }
        default:
            let n = try ArrayOperations.intValue(sections)
            guard n > 0 else { throw PythonError.valueError("number sections must be larger than 0.") }
            if strict && tensor.shape[along] % n != 0 {
                throw PythonError.valueError("array split does not result in an equal division")
            }
            parts = try numpyCall { try tensor.arraySplit(sections: n, axis: along) }
        }
        return .list(parts.map(NDArray.wrap))
    }

    /// `np.where(cond)`: the indices of true elements, one array per axis.
    static func nonzero(_ tensor: Tensor) -> Value {
        let truth = tensor.asArray(Bool.self)
        let strides = rowMajorStrides(tensor.shape)
        var perAxis = [[Int64]](repeating: [], count: max(tensor.rank, 1))
        for (flat, isSet) in truth.enumerated() where isSet {
            var rest = flat
            for axis in 0..<tensor.rank {
                perAxis[axis].append(Int64(rest / strides[axis]))
                rest %= strides[axis]
            }
        }
        return .tuple(perAxis.prefix(tensor.rank).map { NDArray.wrap(Tensor($0)) })
    }
}
