import BigInt

extension Parser {
    mutating func atom() throws -> Expr {
        let t = peek
        switch t.kind {
        case .name:
            switch t.text {
            case "None": advance(); return Expr(kind: .none, span: t.span)
            case "True": advance(); return Expr(kind: .bool(true), span: t.span)
            case "False": advance(); return Expr(kind: .bool(false), span: t.span)
            default:
                if pythonKeywords.contains(t.text) { throw error("invalid syntax") }
                advance()
                return Expr(kind: .name(t.text), span: t.span)
            }
        case .int:
            advance()
            if let digits = t.bigDigits {
                let parts = digits.split(separator: ":", maxSplits: 1)
                let value = BigInt(String(parts[1]), radix: Int(parts[0])!) ?? 0
                return Expr(kind: .bigInt(value), span: t.span)
            }
            return Expr(kind: .int(t.intValue), span: t.span)
        case .float:
            advance()
            return Expr(kind: .float(t.floatValue), span: t.span)
        case .string, .fstring:
            return try strings()
        case .op:
            switch t.text {
            case "(": return try parenthesized()
            case "[": return try listDisplay()
            case "{": return try dictOrSetDisplay()
            case "...": advance(); return Expr(kind: .ellipsis, span: t.span)
            default: break
            }
        case .eof:
            throw error("unexpected EOF while parsing")
        case .newline where previous.isOp("=") || previous.kind == .op:
            throw error("invalid syntax")
        default: break
        }
        throw error("invalid syntax")
    }

    /// Adjacent string literals concatenate; any f-string makes the whole an f-string.
    mutating func strings() throws -> Expr {
        var parts: [FStringPart] = []
        var anyF = false
        let start = peek.span
        while peek.kind == .string || peek.kind == .fstring {
            let t = advance()
            if t.kind == .string {
                parts.append(.literal(t.text))
            } else {
                anyF = true
                parts.append(contentsOf: try fstringParts(t.text, raw: t.raw, at: t.span))
            }
        }
        let span = start.through(previous.span)
        if !anyF {
            return Expr(
                kind: .string(
                    parts.map {
                        if case .literal(let s) = $0 { return s }; return ""
                    }.joined()), span: span)
        }
        return Expr(kind: .fstring(parts), span: span)
    }

    /// Splits an f-string body into literal text and `{expression!conversion:spec}` parts.
    func fstringParts(_ body: String, raw: Bool, at span: Span) throws -> [FStringPart] {
        let chars = Array(body)
        var parts: [FStringPart] = []
        var literal = ""
        var i = 0
        func flush() { if !literal.isEmpty { parts.append(.literal(raw ? literal : decodeEscapes(literal))); literal = "" } }
        while i < chars.count {
            let c = chars[i]
            if c == "{" {
                if i + 1 < chars.count && chars[i + 1] == "{" { literal.append("{"); i += 2; continue }
                flush()
                var depthCount = 0, j = i + 1
                var quote: Character? = nil
                var exprEnd = -1, convChar: Character? = nil, specStart = -1
                while j < chars.count {
                    let d = chars[j]
                    if let q = quote { if d == q { quote = nil }; j += 1; continue }
                    if d == "'" || d == "\"" {
                        quote = d
                    } else if d == "(" || d == "[" || d == "{" {
                        depthCount += 1
                    } else if (d == ")" || d == "]" || d == "}") && depthCount > 0 {
                        depthCount -= 1
                    } else if depthCount == 0 && d == "!" && j + 1 < chars.count && chars[j + 1] != "=" && exprEnd < 0 {
                        exprEnd = j; convChar = j + 1 < chars.count ? chars[j + 1] : nil; j += 2; continue
                    } else if depthCount == 0 && d == ":" && specStart < 0 {
                        if exprEnd < 0 { exprEnd = j }
                        specStart = j + 1
                        var nested = 0
                        j += 1
                        while j < chars.count && !(chars[j] == "}" && nested == 0) {
                            if chars[j] == "{" { nested += 1 } else if chars[j] == "}" { nested -= 1 }
                            j += 1
                        }
                        break
                    } else if depthCount == 0 && d == "}" {
                        break
                    }
                    j += 1
                }
                guard j < chars.count else { throw error("f-string: expecting '}'", at: span) }
                if exprEnd < 0 { exprEnd = j }
                var exprText = String(chars[(i + 1)..<exprEnd])
                var selfDoc: String? = nil
                let trimmed = exprText.trimmingTrailingSpaces()
                if trimmed.hasSuffix("=") && !trimmed.hasSuffix("==") && !trimmed.hasSuffix("!=") && !trimmed.hasSuffix("<=") && !trimmed.hasSuffix(">=") {
                    selfDoc = exprText
                    exprText = String(trimmed.dropLast())
                }
                if exprText.allSatisfy({ $0 == " " }) { throw error("f-string: empty expression not allowed", at: span) }
                var sub = Parser(source: "(" + exprText + ")")
                var inner: Expr
                do {
                    inner = try sub.expression()
                } catch var e as SyntaxErrorInfo {
                    e.message = "f-string: " + e.message
                    e.span = span
                    throw e
                }
                inner = inner.relocated(to: span)
                if let cv = convChar, !"rsa".contains(cv) {
                    throw error("f-string: invalid conversion character '\(cv)': expected 's', 'r', or 'a'", at: span)
                }
                let spec = specStart >= 0 ? try fstringParts(String(chars[specStart..<j]), raw: raw, at: span) : nil
                parts.append(.expression(inner, conversion: convChar, spec: spec, selfDoc: selfDoc))
                i = j + 1
            } else if c == "}" {
                if i + 1 < chars.count && chars[i + 1] == "}" { literal.append("}"); i += 2; continue }
                throw error("f-string: single '}' is not allowed", at: span)
            } else {
                literal.append(c); i += 1
            }
        }
        flush()
        return parts
    }

    mutating func parenthesized() throws -> Expr {
        let open = advance().span
        if check(")") { let c = advance().span; return Expr(kind: .tuple([]), span: open.through(c)) }
        let first = try starOrNamed()
        if checkKeyword("for") {
            let comps = try comprehensionClauses()
            let close = try consume(")", message: "invalid syntax")
            return Expr(kind: .generator(first, comps), span: open.through(close.span))
        }
        if check(")") {
            let close = advance().span
            if case .starred = first.kind { throw error("cannot use starred expression here", at: first.span) }
            var e = first
            e.span = open.through(close)
            if case .tuple = first.kind { return e }
            return first.parenthesized(open.through(close))
        }
        var items = [first]
        while match(",") {
            if check(")") { break }
            items.append(try starOrNamed())
        }
        if !check(")") && startsExpression { throw error("invalid syntax. Perhaps you forgot a comma?", at: first.span.through(peek.span)) }
        let close = try consume(")", message: "invalid syntax")
        return Expr(kind: .tuple(items), span: open.through(close.span))
    }

    mutating func listDisplay() throws -> Expr {
        let open = advance().span
        var items: [Expr] = []
        if !check("]") {
            let first = try starOrNamed()
            if checkKeyword("for") {
                let comps = try comprehensionClauses()
                let close = try consume("]", message: "invalid syntax")
                return Expr(kind: .listComp(first, comps), span: open.through(close.span))
            }
            items.append(first)
            while match(",") {
                if check("]") { break }
                items.append(try starOrNamed())
            }
        }
        if !check("]") && startsExpression, let last = items.last { throw error("invalid syntax. Perhaps you forgot a comma?", at: last.span.through(peek.span)) }
        let close = try consume("]", message: "invalid syntax")
        return Expr(kind: .list(items), span: open.through(close.span))
    }

    mutating func dictOrSetDisplay() throws -> Expr {
        let open = advance().span
        if check("}") { let c = advance().span; return Expr(kind: .dict([]), span: open.through(c)) }
        if match("**") {
            var entries: [(key: Expr?, value: Expr)] = [(nil, try bitOr())]
            try dictEntries(&entries)
            let close = try consume("}", message: "invalid syntax")
            return Expr(kind: .dict(entries), span: open.through(close.span))
        }
        let first = try starOrNamed()
        if match(":") {
            let value = try expression()
            if checkKeyword("for") {
                let comps = try comprehensionClauses()
                let close = try consume("}", message: "invalid syntax")
                return Expr(kind: .dictComp(first, value, comps), span: open.through(close.span))
            }
            var entries: [(key: Expr?, value: Expr)] = [(first, value)]
            try dictEntries(&entries)
            let close = try consume("}", message: "invalid syntax")
            return Expr(kind: .dict(entries), span: open.through(close.span))
        }
        if checkKeyword("for") {
            let comps = try comprehensionClauses()
            let close = try consume("}", message: "invalid syntax")
            return Expr(kind: .setComp(first, comps), span: open.through(close.span))
        }
        var items = [first]
        while match(",") {
            if check("}") { break }
            items.append(try starOrNamed())
        }
        let close = try consume("}", message: "invalid syntax")
        return Expr(kind: .set(items), span: open.through(close.span))
    }

    mutating func dictEntries(_ entries: inout [(key: Expr?, value: Expr)]) throws {
        while match(",") {
            if check("}") { break }
            if match("**") { entries.append((nil, try bitOr())); continue }
            let key = try expression()
            _ = try consume(":", message: "':' expected after dictionary key")
            entries.append((key, try expression()))
        }
    }

    mutating func comprehensionClauses() throws -> [Comprehension] {
        var comps: [Comprehension] = []
        while matchKeyword("for") {
            let target = try targetList()
            try consumeKeyword("in", message: "invalid syntax")
            let iterable = try orTest()
            var conditions: [Expr] = []
            while matchKeyword("if") { conditions.append(try orTest()) }
            comps.append(Comprehension(target: target, iterable: iterable, conditions: conditions))
        }
        return comps
    }
}

extension Expr {
    /// The same expression reported at `span` (used for f-string parts, whose text was re-parsed).
    func relocated(to span: Span) -> Expr {
        var e = self
        e.span = span
        switch kind {
        case .call(let f, let args): e.kind = .call(f.relocated(to: span), args)
        case .attribute(let o, let n): e.kind = .attribute(o.relocated(to: span), n)
        case .binary(let op, let l, let r): e.kind = .binary(op, l.relocated(to: span), r.relocated(to: span))
        case .subscript(let o, let i): e.kind = .subscript(o.relocated(to: span), i.relocated(to: span))
        default: break
        }
        return e
    }

    /// The expression with its span widened to include surrounding parentheses.
    func parenthesized(_ span: Span) -> Expr { var e = self; e.span = span; return e }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
