/// Turns Python source into tokens, producing INDENT/DEDENT from leading whitespace and
/// ignoring newlines inside brackets. Errors become a final `.error` token so the parser can
/// report earlier problems first, as CPython's lazy tokenizer does.
struct Lexer {
    let chars: [Unicode.Scalar]
    var pos = 0
    var line = 1
    var lineStart = 0
    var tokens: [Token] = []
    var indents: [Int] = [0]
    /// The same indentation measured with tab size 1: CPython's TabError check.
    var altIndents: [Int] = [0]
    var brackets: [(char: Unicode.Scalar, span: Span)] = []
    var atLineStart = true

    init(_ source: String) { chars = Array(source.unicodeScalars) }

    var column: Int { pos - lineStart + 1 }

    func peekChar(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = pos + offset
        return i < chars.count ? chars[i] : nil
    }

    mutating func tokenize() -> [Token] {
        while true {
            if atLineStart && brackets.isEmpty {
                if let stop = lexIndentation() { tokens.append(stop); return tokens }
                if pos >= chars.count { break }
            }
            guard pos < chars.count else { break }
            let c = chars[pos]
            if c == " " || c == "\t" || c == "\u{0C}" { pos += 1; continue }
            if c == "#" { while pos < chars.count && chars[pos] != "\n" { pos += 1 }; continue }
            if c == "\\" && (peekChar(1) == "\n" || (peekChar(1) == "\r" && peekChar(2) == "\n")) {
                pos += peekChar(1) == "\r" ? 3 : 2; newLine(); continue
            }
            if c == "\\" {
                tokens.append(fail("unexpected character after line continuation character", column, column + 1))
                return tokens
            }
            if c == "\n" || c == "\r" {
                let start = column
                pos += (c == "\r" && peekChar(1) == "\n") ? 2 : 1
                if brackets.isEmpty {
                    tokens.append(Token(kind: .newline, text: "", span: Span(line: line, column: start, endLine: line, endColumn: start + 1)))
                    atLineStart = true
                }
                newLine()
                continue
            }
            if let failure = lexToken(c) { tokens.append(failure); return tokens }
        }
        if let open = brackets.last {
            tokens.append(Token(kind: .error, text: "'\(open.char)' was never closed", span: open.span))
            return tokens
        }
        let end = Span(line: line, column: column, endLine: line, endColumn: column + 1)
        if let last = tokens.last, last.kind != .newline, last.kind != .dedent {
            tokens.append(Token(kind: .newline, text: "", span: end))
        }
        while indents.count > 1 { indents.removeLast(); tokens.append(Token(kind: .dedent, text: "", span: end)) }
        tokens.append(Token(kind: .eof, text: "", span: end))
        return tokens
    }

    mutating func newLine() { line += 1; lineStart = pos }

    func fail(_ message: String, _ col: Int, _ endCol: Int, kind: String = "SyntaxError") -> Token {
        var t = Token(kind: .error, text: message, span: Span(line: line, column: col, endLine: line, endColumn: endCol))
        t.errorKind = kind
        return t
    }

    /// Measures a new logical line's indentation; returns an error token if it is inconsistent.
    mutating func lexIndentation() -> Token? {
        atLineStart = false
        while true {
            var width = 0, altWidth = 0
            let start = pos
            while pos < chars.count, chars[pos] == " " || chars[pos] == "\t" || chars[pos] == "\u{0C}" {
                width = chars[pos] == "\t" ? (width / 8 + 1) * 8 : width + 1
                altWidth += 1
                pos += 1
            }
            guard pos < chars.count else { return nil }
            let c = chars[pos]
            if c == "#" || c == "\n" || c == "\r" {
                while pos < chars.count && chars[pos] != "\n" { pos += 1 }
                if pos < chars.count { pos += 1; newLine(); continue }
                return nil
            }
            if c == "\\" && peekChar(1) == "\n" { pos += 2; newLine(); continue }
            _ = start
            let span = Span(line: line, column: 1, endLine: line, endColumn: column + 1)
            let tabError = fail("inconsistent use of tabs and spaces in indentation", column, column + 1, kind: "TabError")
            if width > indents[indents.count - 1] {
                if altWidth <= altIndents[altIndents.count - 1] { return tabError }
                indents.append(width)
                altIndents.append(altWidth)
                tokens.append(Token(kind: .indent, text: "", span: span))
            } else {
                while width < indents[indents.count - 1] {
                    indents.removeLast()
                    altIndents.removeLast()
                    tokens.append(Token(kind: .dedent, text: "", span: span))
                }
                if width != indents[indents.count - 1] {
                    return fail("unindent does not match any outer indentation level", column, column + 1, kind: "IndentationError")
                }
                if altWidth != altIndents[altIndents.count - 1] { return tabError }
            }
            if (c == "!" || c == "%") && brackets.isEmpty { lexMagic(); return nil }
            return nil
        }
    }

    /// Reads a notebook shell (`!cmd`) or magic (`%cmd`) line, with backslash continuations.
    mutating func lexMagic() {
        let startCol = column, startLine = line
        var text = ""
        while pos < chars.count && chars[pos] != "\n" {
            if chars[pos] == "\\" && peekChar(1) == "\n" { text.append(" "); pos += 2; newLine(); continue }
            text.unicodeScalars.append(chars[pos]); pos += 1
        }
        tokens.append(Token(kind: .magic, text: text, span: Span(line: startLine, column: startCol, endLine: line, endColumn: column)))
    }

    static func isIdentStart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c.value > 127 && c.properties.isXIDStart)
    }
    static func isIdentContinue(_ c: Unicode.Scalar) -> Bool {
        isIdentStart(c) || (c >= "0" && c <= "9") || (c.value > 127 && c.properties.isXIDContinue)
    }
    static func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { $0 >= "0" && $0 <= "9" } ?? false }

    static let operators3: Set<String> = ["**=", "//=", ">>=", "<<=", "...", "!=="]
    static let operators2: Set<String> = ["**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":="]
    static let operators1: Set<Unicode.Scalar> = ["+", "-", "*", "/", "%", "@", "<", ">", "=", ".", ",", ":", ";", "(", ")", "[", "]", "{", "}", "&", "|", "^", "~"]

    mutating func lexToken(_ c: Unicode.Scalar) -> Token? {
        let startCol = column
        if Lexer.isIdentStart(c) {
            var prefixEnd = pos
            while prefixEnd < chars.count && Lexer.isIdentContinue(chars[prefixEnd]) { prefixEnd += 1 }
            let word = String(String.UnicodeScalarView(chars[pos..<prefixEnd]))
            if prefixEnd < chars.count, chars[prefixEnd] == "'" || chars[prefixEnd] == "\"",
                word.count <= 2, Set(word.lowercased()).isSubset(of: ["r", "f", "u", "b"])
            {
                pos = prefixEnd
                return lexString(prefix: word.lowercased(), startCol: startCol)
            }
            pos = prefixEnd
            tokens.append(Token(kind: .name, text: word, span: span(from: startCol)))
            return nil
        }
        if Lexer.isDigit(c) || (c == "." && Lexer.isDigit(peekChar(1))) { return lexNumber(startCol) }
        if c == "'" || c == "\"" { return lexString(prefix: "", startCol: startCol) }
        for (length, set) in [(3, Lexer.operators3), (2, Lexer.operators2)] where pos + length <= chars.count {
            let text = String(String.UnicodeScalarView(chars[pos..<pos + length]))
            if set.contains(text) { pos += length; tokens.append(Token(kind: .op, text: text, span: span(from: startCol))); return nil }
        }
        if Lexer.operators1.contains(c) {
            pos += 1
            let sp = span(from: startCol)
            if c == "(" || c == "[" || c == "{" {
                brackets.append((c, sp))
                if brackets.count > 200 { return fail("too many nested parentheses", startCol, startCol + 1) }
            } else if c == ")" || c == "]" || c == "}" {
                guard let open = brackets.popLast() else { return fail("unmatched '\(c)'", startCol, startCol + 1) }
                let expected: Unicode.Scalar = open.char == "(" ? ")" : open.char == "[" ? "]" : "}"
                if expected != c {
                    let where_ = open.span.line == line ? "" : " on line \(open.span.line)"
                    return fail("closing parenthesis '\(c)' does not match opening parenthesis '\(open.char)'\(where_)", startCol, startCol + 1)
                }
            }
            tokens.append(Token(kind: .op, text: String(c), span: sp))
            return nil
        }
        if c == "!" { return fail("invalid syntax", startCol, startCol + 1) }
        if c.value < 128 { return fail("invalid syntax", startCol, startCol + 1) }
        let hex = String(c.value, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return fail("invalid character '\(c)' (U+\(code))", startCol, startCol + 1)
    }

    func span(from startCol: Int) -> Span { Span(line: line, column: startCol, endLine: line, endColumn: column) }
}
