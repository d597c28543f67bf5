/// The elementwise binary operations, computed in the promoted dtype of their operands.
enum BinaryOperator: String {
    case add, subtract, multiply, divide, power, maximum, minimum, floorDivide, remainder
    case equal, notEqual, less, lessEqual, greater, greaterEqual
    case logicalAnd, logicalOr

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .logicalAnd, .logicalOr: true
        default: false
        }
    }
}

extension Tensor {
    /// The forward computation of a binary op: broadcasting, NumPy promotion, no gradient recording.
    static func binaryForward(_ op: BinaryOperator, _ a: Tensor, _ b: Tensor) throws -> Tensor {
        let shape = try broadcastShapes(a.shape, b.shape, operation: op.rawValue)
        var dtype = DType.promote(a.dtype, b.dtype)
        switch op {
        case .divide where !dtype.isFloatingPoint: dtype = .float64
        case .subtract where dtype == .bool:
            throw TensorError(
                "subtract", expected: "numeric tensors", received: "bool and bool",
                hint: "use logicalXor or cast to an integer type first")
        case .floorDivide where dtype == .bool, .remainder where dtype == .bool, .power where dtype == .bool:
            dtype = .int64
        case .logicalAnd, .logicalOr: dtype = .bool
        default: break
        }
        let x = try a.castWithoutGradient(to: dtype)
        let y = try b.castWithoutGradient(to: dtype)
        let xs = x.broadcastStrides(to: shape)
        let ys = y.broadcastStrides(to: shape)
        let out = Tensor(uninitializedShape: shape, dtype: op.isComparison ? .bool : dtype)
        defer { withExtendedLifetime((x, y)) {} }
        switch dtype {
        case .float32: floatBinary(op, x.pointer(Float.self), xs, y.pointer(Float.self), ys, out, shape)
        case .float64: floatBinary(op, x.pointer(Double.self), xs, y.pointer(Double.self), ys, out, shape)
        case .int32: try integerBinary(op, x.pointer(Int32.self), xs, y.pointer(Int32.self), ys, out, shape)
        case .int64: try integerBinary(op, x.pointer(Int64.self), xs, y.pointer(Int64.self), ys, out, shape)
        case .uint8: try integerBinary(op, x.pointer(UInt8.self), xs, y.pointer(UInt8.self), ys, out, shape)
        case .bool: boolBinary(op, x.pointer(Bool.self), xs, y.pointer(Bool.self), ys, out, shape)
        }
        return out
    }

    /// `cast(to:)` for use inside ops, which record their own gradients.
    func castWithoutGradient(to dtype: DType) throws -> Tensor {
        if dtype == self.dtype { return self }
        return try Tensor.withoutGradients { try cast(to: dtype) }
    }
}

private func compare<T: Comparable>(_ op: BinaryOperator, _ x: UnsafePointer<T>, _ xs: [Int], _ y: UnsafePointer<T>, _ ys: [Int], _ out: Tensor, _ shape: [Int]) {
    let o = out.pointer(Bool.self)
    switch op {
    case .equal: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 == $1 }
    case .notEqual: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 != $1 }
    case .less: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 < $1 }
    case .lessEqual: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 <= $1 }
    case .greater: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 > $1 }
    case .greaterEqual: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 >= $1 }
    default: preconditionFailure("not a comparison: \(op)")
    }
}

private func floatBinary<T: FloatingElement>(_ op: BinaryOperator, _ x: UnsafePointer<T>, _ xs: [Int], _ y: UnsafePointer<T>, _ ys: [Int], _ out: Tensor, _ shape: [Int]) {
    if op.isComparison && op != .logicalAnd && op != .logicalOr {
        compare(op, x, xs, y, ys, out, shape)
        return
    }
    let o = out.pointer(T.self)
    func run<F: FloatBinaryFunction>(_: F.Type) { binaryLoop(BoundBinary<F, T>(), x, xs, y, ys, o, shape: shape) }
    switch op {
    case .add: run(AddFunction.self)
    case .subtract: run(SubtractFunction.self)
    case .multiply: run(MultiplyFunction.self)
    case .divide: run(DivideFunction.self)
    case .power: run(PowerFunction.self)
    case .maximum: run(MaximumFunction.self)
    case .minimum: run(MinimumFunction.self)
    case .floorDivide: run(FloorDivideFunction.self)
    case .remainder: run(RemainderFunction.self)
    default: preconditionFailure("unhandled float op \(op)")
    }
}

private func integerBinary<T: FixedWidthInteger & TensorElement>(
    _ op: BinaryOperator, _ x: UnsafePointer<T>, _ xs: [Int], _ y: UnsafePointer<T>, _ ys: [Int], _ out: Tensor, _ shape: [Int]
) throws {
    if op.isComparison {
        compare(op, x, xs, y, ys, out, shape)
        return
    }
    let o = out.pointer(T.self)
    switch op {
    case .add: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 &+ $1 }
    case .subtract: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 &- $1 }
    case .multiply: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 &* $1 }
    case .maximum: binaryLoop(x, xs, y, ys, o, shape: shape) { Swift.max($0, $1) }
    case .minimum: binaryLoop(x, xs, y, ys, o, shape: shape) { Swift.min($0, $1) }
    case .floorDivide:
        binaryLoop(x, xs, y, ys, o, shape: shape) { a, b in
            if b == 0 || (T.isSigned && b == -1 && a == T.min) { return b == 0 ? 0 : a }
            let q = a / b
            return (a % b != 0) && ((a < 0) != (b < 0)) ? q - 1 : q
        }
    case .remainder:
        binaryLoop(x, xs, y, ys, o, shape: shape) { a, b in
            if b == 0 || (T.isSigned && b == -1) { return 0 }
            let r = a % b
            return r != 0 && ((r < 0) != (b < 0)) ? r + b : r
        }
    case .power:
        var negative = false
        binaryLoop(x, xs, y, ys, o, shape: shape) { base, exponent in
            if exponent < 0 { negative = true; return 0 }
            var result: T = 1, b = base, e = exponent
            while e > 0 {
                if e & 1 == 1 { result = result &* b }
                b = b &* b
                e >>= 1
            }
            return result
        }
        if negative {
            throw TensorError(
                "power", expected: "non-negative integer exponents",
                received: "a negative exponent", hint: "Integers to negative integer powers are not allowed; cast to float first")
        }
    default: preconditionFailure("unhandled integer op \(op)")
    }
}

private func boolBinary(_ op: BinaryOperator, _ x: UnsafePointer<Bool>, _ xs: [Int], _ y: UnsafePointer<Bool>, _ ys: [Int], _ out: Tensor, _ shape: [Int]) {
    let o = out.pointer(Bool.self)
    switch op {
    case .add, .logicalOr, .maximum: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 || $1 }
    case .multiply, .logicalAnd, .minimum: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 && $1 }
    case .equal: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 == $1 }
    case .notEqual: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 != $1 }
    case .less: binaryLoop(x, xs, y, ys, o, shape: shape) { !$0 && $1 }
    case .lessEqual: binaryLoop(x, xs, y, ys, o, shape: shape) { !$0 || $1 }
    case .greater: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 && !$1 }
    case .greaterEqual: binaryLoop(x, xs, y, ys, o, shape: shape) { $0 || !$1 }
    default: preconditionFailure("unhandled bool op \(op)")
    }
}
