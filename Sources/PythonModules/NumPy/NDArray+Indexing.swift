import Interpreter
import Tensors

extension NDArray {
    func subscriptGet(_ key: Value) throws -> Value {
        if let offset = try elementOffset(key) { return readElement(at: offset) }
        let indices = try tensorIndices(key)
        return try numpyCall { arrayOrScalar(try tensor.indexed(indices)) }
    }

    func subscriptSet(_ key: Value, _ value: Value) throws {
        if case .int(let i) = value { try checkFits(i, tensor.dtype) }
        if let offset = try elementOffset(key), try writeElement(value, at: offset) { return }
        let indices = try tensorIndices(key)
        let source = try NumPyConversion.tensor(from: value)
        try numpyCall {
            let target = try tensor.indexed(indices)
            if source.shape != target.shape {
                guard (try? broadcastShape(source.shape, target.shape)) == target.shape else {
                    throw PythonError.valueError("could not broadcast input array from shape \(numpyShape(source.shape)) into shape \(numpyShape(target.shape))")
                }
            }
            try tensor.assign(source, at: indices)
        }
    }

    /// The flat position of `a[i, j, …]` when the key names one element of a contiguous array;
    /// the fast path for element loops in learner code.
    private func elementOffset(_ key: Value) throws -> Int? {
        guard elementBase != nil else { return nil }
        let shape = tensor.shape
        var offset = 0
        func add(_ raw: Int, axis: Int) throws {
            let size = shape[axis]
            guard raw >= -size && raw < size else {
                throw PythonError.indexError("index \(raw) is out of bounds for axis \(axis) with size \(size)")
            }
            offset = offset * size + (raw < 0 ? raw + size : raw)
        }
        switch key {
        case .int(let i) where shape.count == 1: try add(i, axis: 0)
        case .tuple(let parts) where parts.count == shape.count:
            for (axis, part) in parts.enumerated() {
                guard case .int(let i) = part else { return nil }
                try add(i, axis: axis)
            }
        default: return nil
        }
        return offset
    }

    private func readElement(at offset: Int) -> Value {
        guard let base = elementBase else { return .none }
        switch tensor.dtype {
        case .float32: return .float(shortestDouble(base.assumingMemoryBound(to: Float.self)[offset]))
        case .float64: return .float(base.assumingMemoryBound(to: Double.self)[offset])
        case .uint8: return .int(Int(base.assumingMemoryBound(to: UInt8.self)[offset]))
        case .int32: return .int(Int(base.assumingMemoryBound(to: Int32.self)[offset]))
        case .int64: return .int(Int(base.assumingMemoryBound(to: Int64.self)[offset]))
        case .bool: return .bool(base.assumingMemoryBound(to: Bool.self)[offset])
        }
    }

    /// NumPy 2's `OverflowError` for a Python int that the integer dtype cannot hold.
    func checkFits(_ value: Int, _ dtype: DType) throws {
        let range: ClosedRange<Int>
        switch dtype {
        case .uint8: range = 0...255
        case .int32: range = Int(Int32.min)...Int(Int32.max)
        default: return
        }
        if !range.contains(value) {
            throw PythonError(PyTypes.OverflowError, "Python integer \(value) out of bounds for \(dtype.rawValue)")
        }
    }

    /// Stores a Python number at a flat position with NumPy's casts (floats truncate into
    /// integer arrays); `false` when the value is not a plain number.
    private func writeElement(_ value: Value, at offset: Int) throws -> Bool {
        let number: Double, integer: Int64?
        switch value {
        case .int(let i):
            try checkFits(i, tensor.dtype)
            number = Double(i); integer = Int64(i)
        case .float(let d): number = d; integer = nil
        case .bool(let b): number = b ? 1 : 0; integer = b ? 1 : 0
        default: return false
        }
        guard let base = elementBase else { return false }
        func store<T: TensorElement>(_: T.Type) throws {
            base.assumingMemoryBound(to: T.self)[offset] = integer.map { T(fromInt64: $0) } ?? T(fromDouble: number)
        }
        switch tensor.dtype {
        case .float32: try store(Float.self)
        case .float64: try store(Double.self)
        case .int32: try store(Int32.self)
        case .int64: try store(Int64.self)
        case .uint8: try store(UInt8.self)
        case .bool: try store(Bool.self)
        }
        return true
    }

    /// The Python key as `TensorIndex`es, with NumPy's `IndexError`s checked up front.
    func tensorIndices(_ key: Value) throws -> [TensorIndex] {
        let parts: [Value]
        if case .tuple(let t) = key { parts = t } else { parts = [key] }
        if parts.filter({
            if case .object(let o) = $0 { return o === PyTypes.ellipsis }; return false
        }).count > 1 {
            throw PythonError.indexError("an index can only have a single ellipsis ('...')")
        }
        var indices = try parts.map(tensorIndex)
        let consumed = indices.reduce(0) { total, index in
            switch index {
            case .at, .slice, .indices: return total + 1
            case .mask(let m): return total + max(m.rank, 1)
            case .newAxis, .ellipsis: return total
            }
        }
        if consumed > tensor.rank {
            throw PythonError.indexError("too many indices for array: array is \(tensor.rank)-dimensional, but \(consumed) were indexed")
        }
        var axis = 0
        for (position, index) in indices.enumerated() {
            switch index {
            case .at(let i):
                let size = tensor.shape[axis]
                guard i >= -size && i < size else {
                    throw PythonError.indexError("index \(i) is out of bounds for axis \(axis) with size \(size)")
                }
                axis += 1
            case .slice(_, _, let step):
                if step == 0 { throw PythonError.valueError("slice step cannot be zero") }
                axis += 1
            case .indices(let t):
                let size = tensor.shape[axis]
                if let bad = t.asArray(Int64.self).first(where: { $0 < -Int64(size) || $0 >= Int64(size) }) {
                    throw PythonError.indexError("index \(bad) is out of bounds for axis \(axis) with size \(size)")
                }
                axis += 1
            case .mask(let m):
                for (k, size) in m.shape.enumerated() where axis + k < tensor.rank && tensor.shape[axis + k] != size {
                    throw PythonError.indexError(
                        "boolean index did not match indexed array along axis \(axis + k); size of axis is \(tensor.shape[axis + k]) but size of corresponding boolean axis is \(size)"
                    )
                }
                axis += m.rank
            case .ellipsis:
                axis = tensor.rank - (consumed - axis)
                indices[position] = .ellipsis
            case .newAxis: break
            }
        }
        return indices
    }

    private func tensorIndex(_ part: Value) throws -> TensorIndex {
        switch part {
        case .int(let i): return .at(i)
        case .bool(let b): return .at(b ? 1 : 0)
        case .none: return .newAxis
        case .list, .tuple:
            let t = try NumPyConversion.tensor(from: part)
            if t.dtype.isFloatingPoint && t.count > 0 { break }
            return try arrayIndex(t)
        case .object(let o):
            if let s = o as? PySlice {
                return .slice(try sliceBound(s.start), try sliceBound(s.stop), try sliceBound(s.step))
            }
            if o === PyTypes.ellipsis { return .ellipsis }
            if let a = o as? NDArray { return try arrayIndex(a.tensor) }
            if let i = try o.asInt() { return .at(i) }
        default: break
        }
        throw PythonError.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
    }

    private func arrayIndex(_ t: Tensor) throws -> TensorIndex {
        if t.dtype == .bool { return .mask(t) }
        if t.dtype.isInteger { return .indices(t) }
        if t.count == 0 { return .indices(try t.cast(to: .int64)) }
        throw PythonError.indexError("arrays used as indices must be of integer (or boolean) type")
    }

    private func sliceBound(_ v: Value) throws -> Int? {
        if v.isNone { return nil }
        if case .object(let o) = v, let i = try o.asInt() { return i }
        guard let i = try? Int(python: v) else {
            throw PythonError.typeError("slice indices must be integers or None or have an __index__ method")
        }
        return i
    }
}
