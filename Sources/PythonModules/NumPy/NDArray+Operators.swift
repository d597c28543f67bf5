import Interpreter
import Tensors

/// The right-hand side of an array operator, with NumPy 2's weak Python scalars.
enum Operand {
    case array(Tensor)
    case int(Int)
    case float(Double)

    init?(_ value: Value) throws {
        switch value {
        case .int(let i): self = .int(i)
        case .bool(let b): self = .array(Tensor(b))
        case .float(let d): self = .float(d)
        case .object(let o as NDArray): self = .array(o.tensor)
        case .list, .tuple: self = .array(try NumPyConversion.tensor(from: value))
        default: return nil
        }
    }

    /// A tensor for this operand next to `other`: Python scalars take the array's type unless
    /// their kind is higher (`uint8 / 255.0` is float64, `float32 * 2` stays float32).
    func tensor(next other: Tensor) -> Tensor {
        switch self {
        case .array(let t): return t
        case .int(let i):
            return Tensor.full([], value: Double(i), dtype: DType.promote(other.dtype, scalar: Double(i), isInteger: true))
        case .float(let d):
            return Tensor.full([], value: d, dtype: DType.promote(other.dtype, scalar: d, isInteger: false))
        }
    }
}

extension NDArray {
    func arithmetic(_ op: BinaryOp, _ other: Value, reflected: Bool) throws -> Value? {
        guard let operand = try Operand(other) else { return nil }
        let rhs = operand.tensor(next: tensor)
        let (a, b) = reflected ? (rhs, tensor) : (tensor, rhs)
        return try NDArray.apply(op, a, b).map(arrayOrScalar)
    }

    func arithmeticInPlace(_ op: BinaryOp, _ other: Value) throws -> Value? {
        guard let operand = try Operand(other) else { return nil }
        guard let result = try NDArray.apply(op, tensor, operand.tensor(next: tensor)) else { return nil }
        if result.shape != tensor.shape {
            throw PythonError.valueError("non-broadcastable output operand with shape \(numpyShape(tensor.shape)) doesn't match the broadcast shape \(numpyShape(result.shape))")
        }
        if !NDArray.canCastSameKind(result.dtype, to: tensor.dtype) {
            throw PythonError(
                NumPyExceptions.castingError,
                "Cannot cast ufunc '\(NDArray.ufuncName(op))' output from \(dtypeRepr(result.dtype)) to \(dtypeRepr(tensor.dtype)) with casting rule 'same_kind'")
        }
        try numpyCall { try tensor.assign(result) }
        return .object(self)
    }

    func unaryArithmetic(_ op: UnaryOp, _ interp: PythonInterpreter) throws -> Value {
        switch op {
        case .neg:
            if tensor.dtype == .bool {
                throw PythonError.typeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
            }
            return arrayOrScalar(tensor.negated())
        case .pos: return NDArray.wrap(tensor.copy())
        case .invert:
            // Tensors has no bitwise ops: ~x is x == 0 for bools, 255 - x for uint8 and -x - 1 for signed ints.
            switch tensor.dtype {
            case .bool: return NDArray.wrap(try numpyCall { try tensor .== 0.0 })
            case .uint8: return NDArray.wrap(try numpyCall { try Tensor.full([], value: 255, dtype: .uint8) - tensor })
            case .int32, .int64: return NDArray.wrap(try numpyCall { try tensor.negated() - Tensor.full([], value: 1, dtype: tensor.dtype) })
            default:
                throw PythonError.typeError(
                    "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
            }
        case .not: return .bool(!(try isTruthy(interp)))
        }
    }

    func comparison(_ op: CompareOp, _ other: Value) throws -> Value? {
        guard let operand = try Operand(other) else {
            if op == .eq || op == .ne { return NDArray.wrap(Tensor.full(tensor.shape, value: op == .ne ? 1 : 0, dtype: .bool)) }
            return nil
        }
        let rhs = operand.tensor(next: tensor)
        _ = try broadcastShape(tensor.shape, rhs.shape)
        let result: Tensor = try numpyCall {
            switch op {
            case .eq: return try tensor .== rhs
            case .ne: return try tensor .!= rhs
            case .lt: return try tensor .< rhs
            case .le: return try tensor .<= rhs
            case .gt: return try tensor .> rhs
            case .ge: return try tensor .>= rhs
            default: return tensor
            }
        }
        return arrayOrScalar(result)
    }

    /// `a op b` on tensors with NumPy's broadcasting message; `nil` for operators arrays lack.
    static func apply(_ op: BinaryOp, _ a: Tensor, _ b: Tensor) throws -> Tensor? {
        if op != .matMul { _ = try broadcastShape(a.shape, b.shape) }
        return try numpyCall {
            switch op {
            case .add: return try a + b
            case .sub:
                if a.dtype == .bool && b.dtype == .bool {
                    throw PythonError.typeError(
                        "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
                }
                return try a - b
            case .mul: return try a * b
            case .div: return try a / b
            case .floorDiv: return try a.floorDivided(by: b)
            case .mod: return try a.remainder(dividingBy: b)
            case .pow:
                if !a.dtype.isFloatingPoint && !b.dtype.isFloatingPoint && b.asArray(Int64.self).contains(where: { $0 < 0 }) {
                    throw PythonError.valueError("Integers to negative integer powers are not allowed.")
                }
                return try a.pow(b)
            case .matMul: return try ModuleFunctions.matmul(a, b)
            case .bitAnd, .bitOr, .bitXor:
                guard a.dtype == .bool && b.dtype == .bool else {
                    throw PythonError.typeError("ufunc 'bitwise_\(op == .bitAnd ? "and" : op == .bitOr ? "or" : "xor")' is only supported on boolean arrays here")
                }
                switch op {
                case .bitAnd: return try a.logicalAnd(b)
                case .bitOr: return try a.logicalOr(b)
                default: return try a .!= b
                }
            default: return nil
            }
        }
    }

    static func canCastSameKind(_ from: DType, to: DType) -> Bool {
        if from == to { return true }
        if to.isFloatingPoint { return true }
        if to.isInteger { return !from.isFloatingPoint }
        return from == .bool
    }

    static func ufuncName(_ op: BinaryOp) -> String {
        switch op {
        case .add: "add"
        case .sub: "subtract"
        case .mul: "multiply"
        case .div: "divide"
        case .floorDiv: "floor_divide"
        case .mod: "remainder"
        case .pow: "power"
        default: op.rawValue
        }
    }
}
