import BigInt
#if canImport(Glibc)
    import Glibc
#endif

/// A number as arithmetic sees it.
enum Number {
    case int(Int), big(BigInt), float(Double)

    init?(_ v: Value) {
        switch v {
        case .int(let i): self = .int(i)
        case .bool(let b): self = .int(b ? 1 : 0)
        case .float(let d): self = .float(d)
        case .object(let o as PyLong): self = .big(o.value)
        default: return nil
        }
    }

    var big: BigInt {
        switch self {
        case .int(let i): return BigInt(i)
        case .big(let b): return b
        case .float(let d): return d.isFinite ? BigInt(d) : 0
        }
    }

    var double: Double {
        switch self {
        case .int(let i): return Double(i)
        case .big(let b): return Double(b)
        case .float(let d): return d
        }
    }

    var isFloat: Bool { if case .float = self { return true }; return false }
}

func floorDivMod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
    var q = a / b
    var r = a - q * b
    if r != 0 && ((r < 0) != (b < 0)) { q -= 1; r += b }
    return (q, r)
}

func pythonMod(_ a: Double, _ b: Double) -> Double {
    var r = fmod(a, b)
    if r != 0 && ((r < 0) != (b < 0)) { r += b }
    if r == 0 { r = copysign(0, b) }
    return r
}

extension PythonInterpreter {
    func numeric(_ op: BinaryOp, _ x: Number, _ y: Number) throws -> Value? {
        if x.isFloat || y.isFloat || op == .div {
            let a = x.double, b = y.double
            switch op {
            case .add: return .float(a + b)
            case .sub: return .float(a - b)
            case .mul: return .float(a * b)
            case .div:
                if b == 0 { throw PythonError.zeroDivision(x.isFloat || y.isFloat ? "float division by zero" : "division by zero") }
                if case .int(let i) = x, case .int(let j) = y, abs(i) < (1 << 53), abs(j) < (1 << 53) { return .float(Double(i) / Double(j)) }
                if case .big = x { return .float(Double(x.big) / Double(y.big)) }
                return .float(a / b)
            case .floorDiv:
                if b == 0 { throw PythonError.zeroDivision("float floor division by zero") }
                return .float((a - pythonMod(a, b)) / b)
            case .mod:
                if b == 0 { throw PythonError.zeroDivision("float modulo") }
                return .float(pythonMod(a, b))
            case .pow:
                if a == 0 && b < 0 { throw PythonError.zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(Foundation_pow(a, b))
            default: return nil
            }
        }
        if x.isFloat || y.isFloat { return nil }
        if case .int(let a) = x, case .int(let b) = y {
            switch op {
            case .add: let (r, o) = a.addingReportingOverflow(b); if !o { return .int(r) }
            case .sub: let (r, o) = a.subtractingReportingOverflow(b); if !o { return .int(r) }
            case .mul: let (r, o) = a.multipliedReportingOverflow(by: b); if !o { return .int(r) }
            case .floorDiv, .mod:
                if b == 0 { throw PythonError.zeroDivision(op == .mod ? "integer modulo by zero" : "integer division or modulo by zero") }
                if b != -1 {
                    var q = a / b, r = a % b
                    if r != 0 && ((r < 0) != (b < 0)) { q -= 1; r += b }
                    return .int(op == .floorDiv ? q : r)
                }
            case .bitAnd: return .int(a & b)
            case .bitOr: return .int(a | b)
            case .bitXor: return .int(a ^ b)
            default: break
            }
        }
        let a = x.big, b = y.big
        switch op {
        case .add: return .bigInt(a + b)
        case .sub: return .bigInt(a - b)
        case .mul:
            if a.bitWidth + b.bitWidth > maxIntegerBits { throw PythonError(PyTypes.OverflowError, "integer too large for this interpreter") }
            return .bigInt(a * b)
        case .floorDiv, .mod:
            if b == 0 { throw PythonError.zeroDivision(op == .mod ? "integer modulo by zero" : "integer division or modulo by zero") }
            let (q, r) = floorDivMod(a, b)
            return .bigInt(op == .floorDiv ? q : r)
        case .pow:
            if b < 0 {
                if a == 0 { throw PythonError.zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(Foundation_pow(Double(a), Double(b)))
            }
            guard b.bitWidth <= 64, let e = Int(exactly: b), e < 100_000 || a.magnitude <= 1 else {
                throw PythonError(PyTypes.OverflowError, "exponent too large")
            }
            if a.magnitude <= 1 { return .bigInt(a == 0 ? (e == 0 ? 1 : 0) : (a == 1 ? 1 : (e % 2 == 0 ? 1 : -1))) }
            if a.bitWidth * e > maxIntegerBits { throw PythonError(PyTypes.OverflowError, "integer too large for this interpreter") }
            return .bigInt(a.power(e))
        case .bitAnd: return .bigInt(a & b)
        case .bitOr: return .bigInt(a | b)
        case .bitXor: return .bigInt(a ^ b)
        case .lshift:
            guard let s = Int(exactly: b) else { throw PythonError(PyTypes.OverflowError, "shift count too large") }
            if s < 0 { throw PythonError.valueError("negative shift count") }
            if s + a.bitWidth > maxIntegerBits { throw PythonError(PyTypes.OverflowError, "shift count too large") }
            return .bigInt(a << s)
        case .rshift:
            guard let s = Int(exactly: b) else { return .int(a < 0 ? -1 : 0) }
            if s < 0 { throw PythonError.valueError("negative shift count") }
            return .bigInt(a >> s)
        default: return nil
        }
    }

    /// `a op b` with Python's rules, including reflected operators on native objects.
    public func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if let x = Number(a), let y = Number(b), let v = try numeric(op, x, y) { return v }
        switch (op, a, b) {
        case (.add, .str(let x), .str(let y)): return .str(x + y)
        case (.add, .list(let x), .list(let y)): return .list(PyList(x.items + y.items))
        case (.add, .tuple(let x), .tuple(let y)): return .tuple(x + y)
        case (.mul, .str(let s), _), (.mul, _, .str(let s)):
            if let n = try repeatCount(a, b, length: s.utf8.count) { return .str(String(repeating: s, count: n)) }
        case (.mul, .list(let l), _), (.mul, _, .list(let l)):
            if let n = try repeatCount(a, b, length: l.items.count) { return .list(PyList(Array([[Value]](repeating: l.items, count: n).joined()))) }
        case (.mul, .tuple(let t), _), (.mul, _, .tuple(let t)):
            if let n = try repeatCount(a, b, length: t.count) { return .tuple(Array([[Value]](repeating: t, count: n).joined())) }
        case (.mod, .str(let format), _): return .str(try percentFormat(format, b))
        case (.bitOr, .dict(let x), .dict(let y)):
            let d = x.copy()
            for (k, v) in y.pairs { try d.set(k, v, self) }
            return .dict(d)
        default: break
        }
        if case .object(let o) = a, let v = try o.binaryOperation(op, b, reflected: false, self) { return v }
        if case .object(let o) = b, let v = try o.binaryOperation(op, a, reflected: true, self) { return v }
        switch (op, a) {
        case (.add, .str): throw PythonError.typeError("can only concatenate str (not \"\(b.typeName)\") to str")
        case (.add, .list): throw PythonError.typeError("can only concatenate list (not \"\(b.typeName)\") to list")
        case (.add, .tuple): throw PythonError.typeError("can only concatenate tuple (not \"\(b.typeName)\") to tuple")
        default: break
        }
        if op == .mul, [PyTypes.str, PyTypes.list, PyTypes.tuple].contains(where: { $0 === a.pyClass || $0 === b.pyClass }) {
            throw PythonError.typeError("can't multiply sequence by non-int of type '\((Number(a) == nil ? b : a).typeName)'")
        }
        let symbol = op == .pow ? "** or pow()" : op.rawValue
        throw PythonError.typeError("unsupported operand type(s) for \(symbol): '\(a.typeName)' and '\(b.typeName)'")
    }

    func repeatCount(_ a: Value, _ b: Value, length: Int = 1) throws -> Int? {
        let n: Int
        if case .int(let i) = b {
            n = i
        } else if case .int(let i) = a {
            n = i
        } else if case .bool(let x) = b {
            n = x ? 1 : 0
        } else if case .bool(let x) = a {
            n = x ? 1 : 0
        } else {
            return nil
        }
        if n > 0 && length > 0 && n > 100_000_000 / length { throw PythonError(PyTypes.OverflowError, "repeated sequence is too long for this interpreter") }
        return max(0, n)
    }

    /// `a op= b`: mutates lists in place and gives native objects their in-place hook.
    public func inPlace(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        if case .list(let l) = a {
            if op == .add { l.items.append(contentsOf: try iterateToArray(b)); return a }
            if op == .mul, let n = try repeatCount(a, b, length: l.items.count) { l.items = Array([[Value]](repeating: l.items, count: n).joined()); return a }
        }
        if case .object(let o) = a, let v = try o.inPlaceOperation(op, b, self) { return v }
        return try binary(op, a, b)
    }

    /// `-a`, `+a`, `~a`, `not a`.
    public func unary(_ op: UnaryOp, _ a: Value) throws -> Value {
        if op == .not { return .bool(!(try isTruthy(a))) }
        switch (op, Number(a)) {
        case (.neg, .int(let i)?): return i == .min ? .bigInt(-BigInt(i)) : .int(-i)
        case (.neg, .big(let b)?): return .bigInt(-b)
        case (.neg, .float(let d)?): return .float(-d)
        case (.pos, .int(let i)?): return .int(i)
        case (.pos, .big(let b)?): return .bigInt(b)
        case (.pos, .float(let d)?): return .float(d)
        case (.invert, .int(let i)?): return .int(~i)
        case (.invert, .big(let b)?): return .bigInt(-b - 1)
        default: break
        }
        if case .object(let o) = a { return try o.unaryOperation(op, self) }
        throw PythonError.typeError("bad operand type for unary \(op.rawValue): '\(a.typeName)'")
    }
}

/// Integers stop growing here (about 1.2 million digits), so runaway arithmetic fails fast.
let maxIntegerBits = 1 << 22

@inline(__always) func Foundation_pow(_ a: Double, _ b: Double) -> Double { pow(a, b) }
