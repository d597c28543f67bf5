extension Lexer {
    mutating func lexNumber(_ startCol: Int) -> Token? {
        var text = ""
        func take(_ allowed: (Unicode.Scalar) -> Bool) {
            while pos < chars.count, allowed(chars[pos]) || (chars[pos] == "_" && pos + 1 < chars.count && allowed(chars[pos + 1])) {
                if chars[pos] != "_" { text.unicodeScalars.append(chars[pos]) }
                pos += 1
            }
        }
        if chars[pos] == "0", let p = peekChar(1), "xXoObB".unicodeScalars.contains(p) {
            let radix = (p == "x" || p == "X") ? 16 : (p == "o" || p == "O") ? 8 : 2
            pos += 2
            take { Int(String($0), radix: radix) != nil }
            if text.isEmpty { return fail("invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") literal", startCol, column) }
            var t = Token(kind: .int, text: text, span: span(from: startCol))
            if let v = Int(text, radix: radix) { t.intValue = v } else { t.bigDigits = "\(radix):" + text }
            tokens.append(t)
            return nil
        }
        var isFloat = false
        take { $0 >= "0" && $0 <= "9" }
        if pos < chars.count, chars[pos] == "." {
            isFloat = true
            text.append("."); pos += 1
            take { $0 >= "0" && $0 <= "9" }
        }
        if pos < chars.count, chars[pos] == "e" || chars[pos] == "E" {
            let save = pos, saveText = text
            text.append("e"); pos += 1
            if pos < chars.count, chars[pos] == "+" || chars[pos] == "-" { text.unicodeScalars.append(chars[pos]); pos += 1 }
            if Lexer.isDigit(peekChar()) { isFloat = true; take { $0 >= "0" && $0 <= "9" } } else { pos = save; text = saveText }
        }
        if pos < chars.count, chars[pos] == "j" || chars[pos] == "J" {
            return fail("complex numbers are not supported", startCol, column + 1)
        }
        if pos < chars.count, Lexer.isIdentStart(chars[pos]) {
            return fail("invalid decimal literal", startCol, column + 1)
        }
        var t = Token(kind: isFloat ? .float : .int, text: text, span: span(from: startCol))
        if isFloat {
            t.floatValue = Double(text.hasPrefix(".") ? "0" + text : text.hasSuffix(".") ? text + "0" : text) ?? 0
        } else if text.count > 1 && text.hasPrefix("0") && text.contains(where: { $0 != "0" }) {
            return fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", startCol, column)
        } else if let v = Int(text) {
            t.intValue = v
        } else {
            t.bigDigits = "10:" + text
        }
        tokens.append(t)
        return nil
    }

    mutating func lexString(prefix: String, startCol: Int) -> Token? {
        let quote = chars[pos]
        let startLine = line
        let triple = peekChar(1) == quote && peekChar(2) == quote
        pos += triple ? 3 : 1
        let raw = prefix.contains("r"), isF = prefix.contains("f")
        var value = ""
        while true {
            guard pos < chars.count else {
                let what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal"
                var t = fail("\(what) (detected at line \(line))", startCol, startCol + 1)
                t.span.line = startLine; t.span.endLine = startLine
                return t
            }
            let c = chars[pos]
            if c == quote {
                if !triple { pos += 1; break }
                if peekChar(1) == quote && peekChar(2) == quote { pos += 3; break }
                value.unicodeScalars.append(c); pos += 1; continue
            }
            if c == "\n" {
                if !triple {
                    var t = fail("unterminated string literal (detected at line \(line))", startCol, startCol + 1)
                    t.span.line = startLine; t.span.endLine = startLine
                    return t
                }
                value.append("\n"); pos += 1; newLine(); continue
            }
            if c == "\\" && pos + 1 < chars.count {
                let n = chars[pos + 1]
                if raw || isF {
                    // f-strings keep escapes for the part parser, which must not decode `{{`-adjacent text twice.
                    value.unicodeScalars.append(c); value.unicodeScalars.append(n); pos += 2
                    if n == "\n" { newLine() }
                    continue
                }
                pos += 2
                switch n {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "r": value.append("\r")
                case "0": value.append("\0")
                case "a": value.append("\u{07}")
                case "b": value.append("\u{08}")
                case "f": value.append("\u{0C}")
                case "v": value.append("\u{0B}")
                case "\\", "'", "\"": value.unicodeScalars.append(n)
                case "\n": newLine()
                case "x", "u", "U":
                    let count = n == "x" ? 2 : n == "u" ? 4 : 8
                    guard pos + count <= chars.count,
                        let code = UInt32(String(String.UnicodeScalarView(chars[pos..<pos + count])), radix: 16),
                        let scalar = Unicode.Scalar(code)
                    else {
                        return fail("(unicode error) truncated \\\(n)XX escape", startCol, column)
                    }
                    value.unicodeScalars.append(scalar); pos += count
                default: value.unicodeScalars.append("\\"); value.unicodeScalars.append(n)
                }
                continue
            }
            value.unicodeScalars.append(c); pos += 1
        }
        var t = Token(kind: isF ? .fstring : .string, text: value, span: Span(line: startLine, column: startCol, endLine: line, endColumn: column))
        t.raw = raw
        tokens.append(t)
        return nil
    }
}

/// Decodes backslash escapes in f-string literal text (the lexer keeps them raw).
func decodeEscapes(_ s: String) -> String {
    guard s.contains("\\") else { return s }
    var out = ""
    var it = Array(s.unicodeScalars)[...]
    while let c = it.popFirst() {
        guard c == "\\", let n = it.popFirst() else { out.unicodeScalars.append(c); continue }
        switch n {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "r": out.append("\r")
        case "0": out.append("\0")
        case "\\", "'", "\"": out.unicodeScalars.append(n)
        case "\n": break
        case "x", "u", "U":
            let count = n == "x" ? 2 : n == "u" ? 4 : 8
            let digits = String(String.UnicodeScalarView(it.prefix(count)))
            if digits.count == count, let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar); it = it.dropFirst(count)
            } else {
                out.unicodeScalars.append(c); out.unicodeScalars.append(n)
            }
        default: out.unicodeScalars.append(c); out.unicodeScalars.append(n)
        }
    }
    return out
}
