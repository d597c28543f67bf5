extension PythonInterpreter {
    /// `repr(value)`.
    public func repr(_ value: Value) throws -> String {
        switch value {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .float(let d): return floatRepr(d)
        case .str(let s): return stringRepr(s)
        case .tuple(let t):
            if t.count == 1 { return "(\(try nestedRepr(t[0])),)" }
            return "(" + (try t.map { try nestedRepr($0) }).joined(separator: ", ") + ")"
        case .list(let l):
            return try guardRecursion(l, "[...]") { "[" + (try l.items.map { try nestedRepr($0) }).joined(separator: ", ") + "]" }
        case .dict(let d):
            return try guardRecursion(d, "{...}") {
                "{" + (try d.pairs.map { "\(try nestedRepr($0.key)): \(try nestedRepr($0.value))" }).joined(separator: ", ") + "}"
            }
        case .object(let o):
            return try o.repr(self)
        }
    }

    func nestedRepr(_ v: Value) throws -> String {
        reprDepth += 1
        defer { reprDepth -= 1 }
        if reprDepth > 200 { throw PythonError(PyTypes.RecursionError, "maximum recursion depth exceeded while getting the repr of an object") }
        return try repr(v)
    }

    func guardRecursion(_ o: AnyObject, _ placeholder: String, _ body: () throws -> String) throws -> String {
        let id = ObjectIdentifier(o)
        if reprActive.contains(id) { return placeholder }
        reprActive.insert(id)
        defer { reprActive.remove(id) }
        return try body()
    }

    /// `str(value)`.
    public func str(_ value: Value) throws -> String {
        switch value {
        case .str(let s): return s
        case .object(let o): return try o.str(self)
        default: return try repr(value)
        }
    }
}

/// Python's `repr` of a float: shortest round-trip digits, fixed notation for exponents -4...15.
func floatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    let (negative, digits, exponent) = shortestDigits(d)
    var out = negative ? "-" : ""
    if exponent >= -4 && exponent < 16 {
        if exponent < 0 {
            out += "0." + String(repeating: "0", count: -exponent - 1) + digits
        } else if digits.count <= exponent + 1 {
            out += digits + String(repeating: "0", count: exponent + 1 - digits.count) + ".0"
        } else {
            let i = digits.index(digits.startIndex, offsetBy: exponent + 1)
            out += digits[..<i] + "." + digits[i...]
        }
    } else {
        out += String(digits.first!)
        if digits.count > 1 { out += "." + digits.dropFirst() }
        out += (exponent < 0 ? "e-" : "e+") + (abs(exponent) < 10 ? "0" : "") + String(abs(exponent))
    }
    return out
}

/// Decimal digits (no leading/trailing zeros) and the exponent of the first digit, from Swift's
/// shortest round-trip description.
func shortestDigits(_ d: Double) -> (negative: Bool, digits: String, exponent: Int) {
    var text = "\(abs(d))"
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        exponent = Int(text[text.index(after: e)...]) ?? 0
        text = String(text[..<e])
    }
    var intPart = text, fracPart = ""
    if let dot = text.firstIndex(of: ".") { intPart = String(text[..<dot]); fracPart = String(text[text.index(after: dot)...]) }
    var digits = intPart + fracPart
    var pointPosition = intPart.count + exponent
    while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); pointPosition -= 1 }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    return (d < 0, digits, pointPosition - 1)
}

/// Python's `repr` of a string: single quotes unless the text contains one and no double quote.
func stringRepr(_ s: String) -> String {
    let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
    var out = String(quote)
    for scalar in s.unicodeScalars {
        switch scalar {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if Character(scalar) == quote {
                out += "\\\(quote)"
            } else if scalar.value < 0x20 || scalar.value == 0x7f {
                out += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    out.append(quote)
    return out
}
