import BigInt

extension Parser {
    /// `star_expressions`: one expression or a tuple without parentheses.
    mutating func starExpressions() throws -> Expr {
        let first = try starOrNamed()
        guard check(",") else { return first }
        var items = [first]
        while match(",") {
            if atStatementEnd || check("=") || check(")") || check(":") || (peek.kind == .op && peek.text.hasSuffix("=") && peek.text.count >= 2 && peek.text != "==") { break }
            items.append(try starOrNamed())
        }
        return Expr(kind: .tuple(items), span: first.span.through(previous.span))
    }

    mutating func starOrNamed() throws -> Expr {
        if check("*") {
            let s = advance().span
            let e = try bitOr()
            return Expr(kind: .starred(e), span: s.through(e.span))
        }
        return try namedExpression()
    }

    mutating func namedExpression() throws -> Expr {
        if peek.kind == .name, tokens[current + 1].isOp(":=") {
            let nameToken = advance(); advance()
            let value = try expression()
            return Expr(kind: .namedExpr(nameToken.text, value), span: nameToken.span.through(value.span))
        }
        return try expression()
    }

    /// `expression: disjunction ['if' disjunction 'else' expression] | lambda`
    mutating func expression() throws -> Expr {
        depth += 1
        defer { depth -= 1 }
        if depth > 180 { throw error("too many nested parentheses") }
        if checkKeyword("lambda") { return try lambda() }
        let body = try orTest()
        if matchKeyword("if") {
            let test = try orTest()
            try consumeKeyword("else", message: "expected 'else' after 'if' expression")
            let orElse = try expression()
            return Expr(kind: .ifElse(test: test, body: body, orElse: orElse), span: body.span.through(orElse.span))
        }
        return body
    }

    mutating func lambda() throws -> Expr {
        let start = advance().span
        let params = try parameters(closing: ":")
        _ = try consume(":", message: "expected ':'")
        let savedFunction = functionDepth
        functionDepth = 0
        let body = try expression()
        functionDepth = savedFunction
        return Expr(kind: .lambda(params, body), span: start.through(body.span))
    }

    mutating func orTest() throws -> Expr {
        var left = try andTest()
        while matchKeyword("or") {
            let right = try andTest()
            left = Expr(kind: .or(left, right), span: left.span.through(right.span))
        }
        return left
    }

    mutating func andTest() throws -> Expr {
        var left = try notTest()
        while matchKeyword("and") {
            let right = try notTest()
            left = Expr(kind: .and(left, right), span: left.span.through(right.span))
        }
        return left
    }

    mutating func notTest() throws -> Expr {
        if checkKeyword("not") {
            let s = advance().span
            depth += 1; defer { depth -= 1 }
            if depth > 180 { throw error("too many nested expressions") }
            let e = try notTest()
            return Expr(kind: .unary(.not, e), span: s.through(e.span))
        }
        return try comparison()
    }

    mutating func comparisonOperator() -> CompareOp? {
        if peek.kind == .op, let op = CompareOp(rawValue: peek.text), op != .in, op != .is { advance(); return op }
        if matchKeyword("in") { return .in }
        if checkKeyword("not") && tokens[current + 1].isKeyword("in") { advance(); advance(); return .notIn }
        if matchKeyword("is") { return matchKeyword("not") ? .isNot : .is }
        return nil
    }

    mutating func comparison() throws -> Expr {
        let left = try bitOr()
        var rest: [(CompareOp, Expr)] = []
        while let op = comparisonOperator() { rest.append((op, try bitOr())) }
        if rest.isEmpty { return left }
        return Expr(kind: .compare(left, rest), span: left.span.through(rest.last!.1.span))
    }

    mutating func binaryLevel(_ ops: [String], _ next: (inout Parser) throws -> Expr) throws -> Expr {
        var left = try next(&self)
        while peek.kind == .op, ops.contains(peek.text) {
            let op = BinaryOp(rawValue: advance().text)!
            let right = try next(&self)
            left = Expr(kind: .binary(op, left, right), span: left.span.through(right.span))
        }
        return left
    }

    mutating func bitOr() throws -> Expr { try binaryLevel(["|"]) { try $0.bitXor() } }
    mutating func bitXor() throws -> Expr { try binaryLevel(["^"]) { try $0.bitAnd() } }
    mutating func bitAnd() throws -> Expr { try binaryLevel(["&"]) { try $0.shift() } }
    mutating func shift() throws -> Expr { try binaryLevel(["<<", ">>"]) { try $0.arith() } }
    mutating func arith() throws -> Expr { try binaryLevel(["+", "-"]) { try $0.term() } }
    mutating func term() throws -> Expr { try binaryLevel(["*", "/", "//", "%", "@"]) { try $0.factor() } }

    mutating func factor() throws -> Expr {
        if peek.kind == .op, let op = ["-": UnaryOp.neg, "+": .pos, "~": .invert][peek.text] {
            let s = advance().span
            depth += 1; defer { depth -= 1 }
            if depth > 180 { throw error("too many nested expressions") }
            let e = try factor()
            if op == .neg, case .int(let v) = e.kind { return Expr(kind: .int(-v), span: s.through(e.span)) }
            if op == .neg, case .float(let v) = e.kind { return Expr(kind: .float(-v), span: s.through(e.span)) }
            return Expr(kind: .unary(op, e), span: s.through(e.span))
        }
        return try power()
    }

    mutating func power() throws -> Expr {
        let base = try primary()
        if match("**") {
            let exponent = try factor()
            return Expr(kind: .binary(.pow, base, exponent), span: base.span.through(exponent.span))
        }
        return base
    }

    mutating func primary() throws -> Expr {
        var e = try atom()
        while true {
            if match("(") {
                let args = try callArguments()
                let close = try consume(")", message: "invalid syntax")
                e = Expr(kind: .call(e, args), span: e.span.through(close.span))
            } else if match("[") {
                let index = try subscriptList()
                let close = try consume("]", message: "invalid syntax")
                e = Expr(kind: .subscript(e, index), span: e.span.through(close.span))
            } else if match(".") {
                let nameToken = peek
                let name = try consumeName()
                e = Expr(kind: .attribute(e, name), span: e.span.through(nameToken.span))
            } else {
                return e
            }
        }
    }

    mutating func callArguments() throws -> [Argument] {
        var args: [Argument] = []
        var sawKeyword = false
        while !check(")") {
            if match("**") {
                args.append(.doubleStar(try expression())); sawKeyword = true
            } else if match("*") {
                args.append(.star(try expression()))
            } else if peek.kind == .name, tokens[current + 1].isOp("="), !pythonKeywords.contains(peek.text) {
                let name = advance().text; advance()
                args.append(.keyword(name, try expression()))
                sawKeyword = true
            } else {
                let start = peek.span
                var e = try namedExpression()
                if check("=") {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?", at: e.span.through(peek.span))
                }
                if checkKeyword("for") {
                    let comps = try comprehensionClauses()
                    e = Expr(kind: .generator(e, comps), span: start.through(previous.span))
                }
                if sawKeyword {
                    throw error("positional argument follows keyword argument", at: e.span)
                }
                args.append(.positional(e))
            }
            if !match(",") {
                if !check(")") && startsExpression { throw error("invalid syntax. Perhaps you forgot a comma?", at: previous.span.through(peek.span)) }
                break
            }
        }
        return args
    }

    var startsExpression: Bool {
        switch peek.kind {
        case .name: return !pythonKeywords.contains(peek.text) || ["None", "True", "False", "lambda", "not"].contains(peek.text)
        case .int, .float, .string, .fstring: return true
        default: return false
        }
    }

    mutating func subscriptList() throws -> Expr {
        let first = try subscriptItem()
        guard check(",") else { return first }
        var items = [first]
        while match(",") {
            if check("]") { break }
            items.append(try subscriptItem())
        }
        return Expr(kind: .tuple(items), span: first.span.through(previous.span))
    }

    mutating func subscriptItem() throws -> Expr {
        let start = peek.span
        var lower: Expr? = nil
        if !check(":") {
            let e = try starOrNamed()
            if !check(":") { return e }
            lower = e
        }
        advance()
        let upper = (check(":") || check("]") || check(",")) ? nil : try expression()
        var step: Expr? = nil
        if match(":") { step = (check("]") || check(",")) ? nil : try expression() }
        return Expr(kind: .slice(lower, upper, step), span: start.through(previous.span))
    }
}
