import BigInt
import Foundation

extension PythonInterpreter {
    /// The built-ins on numbers and characters: `abs`, `chr`, `ord`, `bin`, `hex`, `oct`,
    /// `format`, `divmod`, `pow`, `round`.
    static func addNumberBuiltins(_ add: (PyNativeFunction) -> Void) {
        add(
            PyNativeFunction("abs", "x, /") { a in
                let v = a["x"]
                switch Number(v) {
                case .int(let i)?: return i == .min ? .bigInt(-BigInt(i)) : .int(abs(i))
                case .big(let b)?: return .bigInt(BigInt(b.magnitude))
                case .float(let d)?: return .float(abs(d))
                case nil:
                    if case .object(let o) = v, let inst = o as? PyInstance, let r = try inst.callDunder("__abs__", [], a.interpreter) { return r }
                    if case .object(let o) = v, let r = try? o.unaryOperation(.pos, a.interpreter), let d = try o.asDouble(), d >= 0 { return r }
                    if case .object(let o) = v, (try? o.asDouble()) != nil { return try a.interpreter.unary(.neg, v) }
                    throw PythonError.typeError("bad operand type for abs(): '\(v.typeName)'")
                }
            })
        add(
            PyNativeFunction("chr", "i, /") { a in
                guard let s = Unicode.Scalar(UInt32(clamping: max(0, try a.int("i")))) else { throw PythonError.valueError("chr() arg not in range(0x110000)") }
                return .str(String(s))
            })
        add(
            PyNativeFunction("ord", "c, /") { a in
                let s = try a.string("c")
                guard s.unicodeScalars.count == 1 else {
                    throw PythonError.typeError("ord() expected a character, but string of length \(s.unicodeScalars.count) found")
                }
                return .int(Int(s.unicodeScalars.first!.value))
            })
        add(PyNativeFunction("bin", "x, /") { a in .str(try a.interpreter.format(a["x"], "#b")) })
        add(PyNativeFunction("hex", "x, /") { a in .str(try a.interpreter.format(a["x"], "#x")) })
        add(PyNativeFunction("oct", "x, /") { a in .str(try a.interpreter.format(a["x"], "#o")) })
        add(PyNativeFunction("format", "value, format_spec='', /") { a in .str(try a.interpreter.format(a["value"], try a.string("format_spec"))) })
        add(
            PyNativeFunction("divmod", "a, b, /") { a in
                let i = a.interpreter
                return .tuple([try i.binary(.floorDiv, a["a"], a["b"]), try i.binary(.mod, a["a"], a["b"])])
            })
        add(
            PyNativeFunction("pow", "base, exp, mod=None") { a in
                let i = a.interpreter
                if a["mod"].isNone { return try i.binary(.pow, a["base"], a["exp"]) }
                guard let b = Number(a["base"]), let e = Number(a["exp"]), let m = Number(a["mod"]), !b.isFloat, !e.isFloat, !m.isFloat else {
                    throw PythonError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                if m.big == 0 { throw PythonError.valueError("pow() 3rd argument cannot be 0") }
                return .bigInt(floorDivMod(b.big.power(e.big, modulus: m.big), m.big).1)
            })
        add(
            PyNativeFunction("round", "number, ndigits=None") { a in
                let v = a["number"]
                if case .int = v { return v }
                let d = try a.interpreter.toFloat(v)
                if a["ndigits"].isNone {
                    if d.isNaN { throw PythonError.valueError("cannot convert float NaN to integer") }
                    if d.isInfinite { throw PythonError(PyTypes.OverflowError, "cannot convert float infinity to integer") }
                    return .bigInt(BigInt(d.rounded(.toNearestOrEven)))
                }
                let n = max(-400, min(400, try a.int("ndigits")))
                if !d.isFinite { return .float(d) }
                if n > 300 { return .float(d) }
                if n < 0 {
                    let p = Foundation_pow(10, Double(-n))
                    return .float((d / p).rounded(.toNearestOrEven) * p)
                }
                return .float(Double(String(format: "%.\(n)f", d)) ?? d)
            })
    }
}
