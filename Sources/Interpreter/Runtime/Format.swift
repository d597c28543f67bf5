import Foundation
import BigInt

/// A parsed format specification: `[[fill]align][sign][#][0][width][,|_][.precision][type]`.
struct FormatSpec {
    var fill: Character = " "
    var align: Character? = nil
    var sign: Character = "-"
    var alternate = false
    var width = 0
    var grouping: Character? = nil
    var precision: Int? = nil
    var type: Character? = nil

    init(_ spec: String) throws {
        var chars = Array(spec)[...]
        if chars.count >= 2, "<>=^".contains(chars[chars.startIndex + 1]) {
            fill = chars.removeFirst(); align = chars.removeFirst()
        } else if let c = chars.first, "<>=^".contains(c) {
            align = chars.removeFirst()
        }
        if let c = chars.first, "+- ".contains(c) { sign = chars.removeFirst() }
        if chars.first == "#" { alternate = true; chars.removeFirst() }
        if chars.first == "0" { if align == nil { fill = "0"; align = "=" }; chars.removeFirst() }
        var digits = ""
        while let c = chars.first, c.isASCII, c.isNumber { digits.append(chars.removeFirst()) }
        guard digits.count < 7 else { throw PythonError.valueError("Too many decimal digits in format string") }
        width = Int(digits) ?? 0
        if let c = chars.first, c == "," || c == "_" { grouping = chars.removeFirst() }
        if chars.first == "." {
            chars.removeFirst()
            var p = ""
            while let c = chars.first, c.isASCII, c.isNumber { p.append(chars.removeFirst()) }
            guard p.count < 5, let precision = Int(p) else {
                throw PythonError.valueError(p.isEmpty ? "Format specifier missing precision" : "precision too big")
            }
            self.precision = precision
        }
        if !chars.isEmpty { type = chars.removeFirst() }
        if !chars.isEmpty { throw PythonError.valueError("Invalid format specifier '\(spec)'") }
    }

    func pad(_ body: String, numeric: Bool) -> String {
        let length = body.count
        guard width > length else { return body }
        let padding = width - length
        switch align ?? (numeric ? ">" : "<") {
        case "<": return body + String(repeating: fill, count: padding)
        case "^": return String(repeating: fill, count: padding / 2) + body + String(repeating: fill, count: padding - padding / 2)
        case "=":
            if let first = body.first, "+- ".contains(first) {
                return String(first) + String(repeating: fill, count: padding) + body.dropFirst()
            }
            return String(repeating: fill, count: padding) + body
        default: return String(repeating: fill, count: padding) + body
        }
    }
}

func groupDigits(_ digits: String, _ separator: Character) -> String {
    var intPart = Substring(digits), rest = Substring("")
    if let dot = digits.firstIndex(where: { $0 == "." || $0 == "e" || $0 == "%" }) { intPart = digits[..<dot]; rest = digits[dot...] }
    var out = ""
    for (i, c) in intPart.reversed().enumerated() {
        if i > 0 && i % 3 == 0 { out.append(separator) }
        out.append(c)
    }
    return String(out.reversed()) + rest
}

extension PythonInterpreter {
    /// `format(value, spec)`, the engine behind f-strings and `str.format`.
    public func format(_ value: Value, _ spec: String) throws -> String {
        if spec.isEmpty { return try str(value) }
        if case .object(let o) = value, let inst = o as? PyInstance, let v = try inst.callDunder("__format__", [.str(spec)], self) {
            return try str(v)
        }
        let f = try FormatSpec(spec)
        var number = Number(value)
        if number == nil, case .object(let o) = value, f.type != "s", f.type != nil, let d = try o.asDouble() { number = .float(d) }
        if case .bool = value, f.type == nil { number = nil }
        if let number {
            return f.pad(try formatNumber(number, f), numeric: true)
        }
        if let t = f.type, t != "s" {
            throw PythonError.valueError("Unknown format code '\(t)' for object of type '\(value.typeName)'")
        }
        var text = try str(value)
        if let p = f.precision { text = String(text.prefix(p)) }
        return f.pad(text, numeric: false)
    }

    func formatNumber(_ n: Number, _ f: FormatSpec) throws -> String {
        var type = f.type
        if type == nil, case .float = n { type = f.precision == nil ? "r" : "g" }
        let negative: Bool
        var body: String
        switch type ?? "d" {
        case "d", "n":
            if case .float = n { throw PythonError.valueError("Unknown format code 'd' for object of type 'float'") }
            let b = n.big
            negative = b < 0
            body = b.magnitude.description
        case "x", "X", "o", "b":
            if case .float = n { throw PythonError.valueError("Unknown format code '\(type!)' for object of type 'float'") }
            let b = n.big
            negative = b < 0
            let radix = type == "o" ? 8 : type == "b" ? 2 : 16
            body = String(b.magnitude, radix: radix, uppercase: type == "X")
            if f.alternate { body = (type == "o" ? "0o" : type == "b" ? "0b" : type == "X" ? "0X" : "0x") + body }
        case "c":
            guard case .int(let i) = n, let s = Unicode.Scalar(UInt32(clamping: max(0, i))) else { throw PythonError(PyTypes.OverflowError, "%c arg not in range(0x110000)") }
            return String(s)
        case "r":
            let d = n.double
            negative = d.sign == .minus && !d.isNaN
            body = floatRepr(abs(d))
        case "f", "F", "e", "E", "g", "G", "%":
            var d = n.double
            if type == "%" { d *= 100 }
            negative = d.sign == .minus && !d.isNaN
            let p = f.precision ?? 6
            let magnitude = abs(d)
            if magnitude.isNaN || magnitude.isInfinite {
                body = magnitude.isNaN ? "nan" : "inf"
                if type == "F" || type == "E" || type == "G" { body = body.uppercased() }
            } else {
                let code = type == "%" ? "f" : String(type!)
                body = String(format: "%\(f.alternate ? "#" : "").\(p)\(code)", magnitude)
                if (type == "g" || type == "G") && f.precision == nil && !f.alternate && !body.contains("e") && !body.contains(".") && false { body += "" }
            }
            if type == "%" { body += "%" }
        default:
            throw PythonError.valueError("Unknown format code '\(type!)' for object of type '\(n.isFloat ? "float" : "int")'")
        }
        if let g = f.grouping { body = groupDigits(body, g) }
        let signText = negative ? "-" : (f.sign == "+" ? "+" : f.sign == " " ? " " : "")
        return signText + body
    }

    /// `format % args` (printf-style).
    func percentFormat(_ template: String, _ args: Value) throws -> String {
        var values: [Value]
        var mapping: PyDict? = nil
        switch args {
        case .tuple(let t): values = t
        case .dict(let d): values = [args]; mapping = d
        default: values = [args]
        }
        var index = 0
        var out = ""
        var chars = Array(template)[...]
        func next() throws -> Value {
            guard index < values.count else { throw PythonError.typeError("not enough arguments for format string") }
            defer { index += 1 }
            return values[index]
        }
        while let c = chars.popFirst() {
            guard c == "%" else { out.append(c); continue }
            var key: String? = nil
            if chars.first == "(" {
                chars.removeFirst()
                var k = ""
                while let ch = chars.popFirst(), ch != ")" { k.append(ch) }
                key = k
            }
            var flags = ""
            while let ch = chars.first, "-+ #0".contains(ch) { flags.append(chars.removeFirst()) }
            var width = ""
            if chars.first == "*" { chars.removeFirst(); width = String(try Int(python: try next())) }
            while let ch = chars.first, ch.isASCII, ch.isNumber { width.append(chars.removeFirst()) }
            var precision: String? = nil
            if chars.first == "." {
                chars.removeFirst()
                var p = ""
                while let ch = chars.first, ch.isASCII, ch.isNumber { p.append(chars.removeFirst()) }
                precision = p.isEmpty ? "0" : p
            }
            guard let conversion = chars.popFirst() else { throw PythonError.valueError("incomplete format") }
            if conversion == "%" { out.append("%"); continue }
            let value: Value
            if let key {
                guard let mapping else { throw PythonError.typeError("format requires a mapping") }
                guard let v = try mapping.get(.str(key), self) else { throw PythonError.keyError(.str(key)) }
                value = v
            } else {
                value = try next()
            }
            var spec = ""
            if flags.contains("-") { spec += "<" } else if flags.contains("0") && "diouxXeEfFgG".contains(conversion) { spec += "0" }
            if flags.contains("+") { spec = (spec == "0" ? "+0" : spec + "+") } else if flags.contains(" ") { spec += " " }
            if flags.contains("#") { spec += "#" }
            spec += width
            if let precision { spec += "." + precision }
            switch conversion {
            case "s": out += try format(.str(try str(value)), spec)
            case "r", "a": out += try format(.str(try repr(value)), spec)
            case "d", "i", "u":
                guard let n = Number(value) else { throw PythonError.typeError("%\(conversion) format: a real number is required, not \(value.typeName)") }
                let asInt: Value = n.isFloat ? try toInt(.float(n.double)) : .bigInt(n.big)
                out += try format(asInt, spec.replacingOccurrences(of: ".\(precision ?? "")", with: "") + "d")
            case "f", "F", "e", "E", "g", "G", "x", "X", "o", "c":
                guard Number(value) != nil || conversion == "c" else {
                    throw PythonError.typeError("must be real number, not \(value.typeName)")
                }
                out += try format(value, spec + String(conversion))
            default: throw PythonError.valueError("unsupported format character '\(conversion)'")
            }
        }
        if mapping == nil && index < values.count { throw PythonError.typeError("not all arguments converted during string formatting") }
        return out
    }
}
