import BigInt

extension PythonInterpreter {
    /// `int(x)`.
    func toInt(_ v: Value, base: Int? = nil) throws -> Value {
        switch v {
        case .int, .bool: return .int(try Int(python: v))
        case .float(let d):
            if d.isNaN { throw PythonError.valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PythonError(PyTypes.OverflowError, "cannot convert float infinity to integer") }
            return .bigInt(BigInt(d.rounded(.towardZero)))
        case .str(let s):
            let radix = base ?? 10
            guard radix == 0 || (2...36).contains(radix) else { throw PythonError.valueError("int() base must be >= 2 and <= 36, or 0") }
            var text = s.trimmingCharacters(in: " \t\n\r").replacingOccurrences(of: "_", with: "")
            var negative = false
            if text.hasPrefix("-") { negative = true; text.removeFirst() } else if text.hasPrefix("+") { text.removeFirst() }
            var r = radix
            let lower = text.lowercased()
            for (prefix, pr) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) && (radix == pr || radix == 0) {
                text = String(text.dropFirst(2)); r = pr
            }
            if r == 0 { r = 10 }
            guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }), let value = BigInt(text, radix: r) else {
                throw PythonError.valueError("invalid literal for int() with base \(radix): \(stringRepr(s))")
            }
            return .bigInt(negative ? -value : value)
        case .object(let o):
            if o is PyLong { return v }
            if let i = try o.asInt() { return .int(i) }
            if let d = try o.asDouble() { return try toInt(.float(d)) }
            if let inst = o as? PyInstance, let r = try inst.callDunder("__int__", [], self) { return r }
            fallthrough
        default:
            throw PythonError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(v.typeName)'")
        }
    }

    /// `float(x)`.
    func toFloat(_ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .str(let s):
            let text = s.trimmingCharacters(in: " \t\n\r").lowercased().replacingOccurrences(of: "_", with: "")
            switch text {
            case "inf", "+inf", "infinity", "+infinity": return .infinity
            case "-inf", "-infinity": return -.infinity
            case "nan", "+nan", "-nan": return .nan
            default:
                if let d = Double(text), !text.isEmpty, text.allSatisfy({ "0123456789.e+-".contains($0) }) { return d }
                throw PythonError.valueError("could not convert string to float: \(stringRepr(s))")
            }
        case .object(let o):
            if let d = try o.asDouble() { return d }
            if let inst = o as? PyInstance, let r = try inst.callDunder("__float__", [], self), case .float(let d) = r { return d }
            fallthrough
        default:
            throw PythonError.typeError("float() argument must be a string or a real number, not '\(v.typeName)'")
        }
    }

    /// An integer argument (`range`, indices), with CPython's message for other types.
    func requireInt(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o): if let i = try o.asInt() { return i }
        default: break
        }
        throw PythonError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}
