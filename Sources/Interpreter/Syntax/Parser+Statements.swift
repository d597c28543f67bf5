extension Parser {
    mutating func statement() throws -> [Stmt] {
        let t = peek
        if t.kind == .name {
            switch t.text {
            case "if": return [try ifStatement()]
            case "while": return [try whileStatement()]
            case "for": return [try forStatement()]
            case "def": return [try functionDef(decorators: [])]
            case "class": return [try classDef(decorators: [])]
            case "try": return [try tryStatement()]
            case "with": return [try withStatement()]
            default: break
            }
        }
        if check("@") { return [try decorated()] }
        return try simpleStatements()
    }

    mutating func simpleStatements() throws -> [Stmt] {
        var stmts = [try simpleStatement()]
        while match(";") {
            if peek.kind == .newline || isAtEnd { break }
            stmts.append(try simpleStatement())
        }
        if peek.kind == .newline {
            advance()
        } else if !isAtEnd && peek.kind != .dedent {
            if peek.kind == .fstring || peek.kind == .string || peek.kind == .name || peek.kind == .int || peek.kind == .float,
                case .expression(let e) = stmts.last!.kind, case .name("print") = e.kind
            {
                throw error("Missing parentheses in call to 'print'. Did you mean print(...)?", at: e.span.through(tokens[tokens.count - 2].span))
            }
            throw error("invalid syntax")
        }
        return stmts
    }

    mutating func simpleStatement() throws -> Stmt {
        let t = peek
        let start = t.span
        func done(_ kind: StmtKind) -> Stmt { Stmt(kind: kind, span: start.through(previous.span)) }
        if t.kind == .magic { advance(); return done(.magic(t.text)) }
        if t.kind == .name {
            switch t.text {
            case "pass": advance(); return done(.pass)
            case "break":
                advance()
                if loopDepth == 0 { throw error("'break' outside loop", at: t.span) }
                return done(.break)
            case "continue":
                advance()
                if loopDepth == 0 { throw error("'continue' not properly in loop", at: t.span) }
                return done(.continue)
            case "return":
                advance()
                if functionDepth == 0 { throw error("'return' outside function", at: t.span) }
                let value = atStatementEnd ? nil : try starExpressions()
                return done(.return(value))
            case "raise":
                advance()
                if atStatementEnd { return done(.raise(nil, cause: nil)) }
                let e = try expression()
                let cause = matchKeyword("from") ? try expression() : nil
                return done(.raise(e, cause: cause))
            case "global", "nonlocal":
                advance()
                var names = [try consumeName()]
                while match(",") { names.append(try consumeName()) }
                return done(t.text == "global" ? .global(names) : .nonlocal(names))
            case "del":
                advance()
                var targets = [try deleteTarget()]
                while match(",") { if atStatementEnd { break }; targets.append(try deleteTarget()) }
                return done(.delete(targets))
            case "assert":
                advance()
                let test = try expression()
                let message = match(",") ? try expression() : nil
                return done(.assert(test, message))
            case "import": return try importStatement()
            case "from": return try fromImport()
            case "yield": throw error("'yield' is not supported in this interpreter", at: t.span)
            default: break
            }
        }
        let first = try starExpressions()
        if check("=") {
            var targets = [first]
            var value = first
            while match("=") {
                try checkAssignable(value, augmented: false)
                value = try starExpressions()
                targets.append(value)
            }
            targets.removeLast()
            return done(.assign(targets: targets, value: value))
        }
        if peek.kind == .op, peek.text.count >= 2, peek.text.hasSuffix("="), let op = BinaryOp(rawValue: String(peek.text.dropLast())) {
            try checkAssignable(first, augmented: true)
            advance()
            let value = try starExpressions()
            return done(.augAssign(first, op, value))
        }
        if check(":") {
            advance()
            _ = try expression()
            let value = match("=") ? try starExpressions() : nil
            return done(.annotated(target: first, value: value))
        }
        return done(.expression(first))
    }

    var atStatementEnd: Bool { peek.kind == .newline || peek.kind == .eof || check(";") }

    /// A `del` target: a name, attribute or subscript (parsed as an operand of `|`, as CPython's grammar does).
    mutating func deleteTarget() throws -> Expr { try bitOr() }

    func checkAssignable(_ e: Expr, augmented: Bool) throws {
        switch e.kind {
        case .name, .attribute, .subscript: return
        case .tuple(let items), .list(let items):
            if augmented { throw error("'\(e.kind.isTuple ? "tuple" : "list")' is an illegal expression for augmented assignment", at: e.span) }
            for item in items { try checkAssignable(item, augmented: false) }
        case .starred(let inner): try checkAssignable(inner, augmented: augmented)
        case .int, .float, .string, .bigInt, .fstring, .bool, .none:
            throw error("cannot assign to literal here. Maybe you meant '==' instead of '='?", at: e.span)
        case .call: throw error("cannot assign to function call here. Maybe you meant '==' instead of '='?", at: e.span)
        case .compare: throw error("cannot assign to comparison", at: e.span)
        default: throw error("cannot assign to expression here. Maybe you meant '==' instead of '='?", at: e.span)
        }
    }

    mutating func dottedName() throws -> [String] {
        var path = [try consumeName()]
        while match(".") { path.append(try consumeName()) }
        return path
    }

    mutating func importStatement() throws -> Stmt {
        let start = advance().span
        var items: [(path: [String], alias: String?)] = []
        repeat {
            let path = try dottedName()
            let alias = matchKeyword("as") ? try consumeName() : nil
            items.append((path, alias))
        } while match(",")
        return Stmt(kind: .import(items), span: start.through(previous.span))
    }

    mutating func fromImport() throws -> Stmt {
        let start = advance().span
        var level = 0
        while check(".") || check("...") { level += advance().text.count }
        let module = (checkKeyword("import") && level > 0) ? [] : try dottedName()
        try consumeKeyword("import", message: "invalid syntax")
        var names: [(name: String, alias: String?)] = []
        if match("*") {
            names = [("*", nil)]
        } else {
            let paren = match("(")
            repeat {
                if paren && check(")") { break }
                let name = try consumeName()
                names.append((name, matchKeyword("as") ? try consumeName() : nil))
            } while match(",")
            if paren { _ = try consume(")", message: "invalid syntax") }
        }
        return Stmt(kind: .importFrom(module: module, names: names, level: level), span: start.through(previous.span))
    }

    mutating func ifStatement() throws -> Stmt {
        let start = advance().span
        let test = try namedExpression()
        if check("=") { throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at: test.span.through(peek.span)) }
        let body = try block(after: "'if' statement", line: start.line)
        var orElse: [Stmt] = []
        if checkKeyword("elif") {
            orElse = [try ifStatement()]
        } else if checkKeyword("else") {
            let e = advance().span
            orElse = try block(after: "'else' statement", line: e.line)
        }
        return Stmt(kind: .if(test, body, orElse), span: start.through(test.span))
    }

    mutating func whileStatement() throws -> Stmt {
        let start = advance().span
        let test = try namedExpression()
        loopDepth += 1
        let body = try block(after: "'while' statement", line: start.line)
        loopDepth -= 1
        var orElse: [Stmt] = []
        if checkKeyword("else") { let e = advance().span; orElse = try block(after: "'else' statement", line: e.line) }
        return Stmt(kind: .while(test, body, orElse), span: start.through(test.span))
    }

    mutating func forStatement() throws -> Stmt {
        let start = advance().span
        let target = try targetList()
        try consumeKeyword("in", message: "invalid syntax")
        let iterable = try starExpressions()
        loopDepth += 1
        let body = try block(after: "'for' statement", line: start.line)
        loopDepth -= 1
        var orElse: [Stmt] = []
        if checkKeyword("else") { let e = advance().span; orElse = try block(after: "'else' statement", line: e.line) }
        return Stmt(kind: .for(target, iterable, body, orElse), span: start.through(iterable.span))
    }

    /// Loop targets: `a`, `a, b`, `(a, b), c`.
    mutating func targetList() throws -> Expr {
        let first = try bitOr()
        guard check(",") else { try checkAssignable(first, augmented: false); return first }
        var items = [first]
        while match(",") {
            if checkKeyword("in") || check("=") { break }
            items.append(try bitOr())
        }
        let e = Expr(kind: .tuple(items), span: first.span.through(previous.span))
        try checkAssignable(e, augmented: false)
        return e
    }

    mutating func decorated() throws -> Stmt {
        var decorators: [Expr] = []
        while match("@") {
            decorators.append(try namedExpression())
            guard peek.kind == .newline else { throw error("invalid syntax") }
            advance()
        }
        if checkKeyword("def") { return try functionDef(decorators: decorators) }
        if checkKeyword("class") { return try classDef(decorators: decorators) }
        throw error("invalid syntax")
    }

    mutating func functionDef(decorators: [Expr]) throws -> Stmt {
        let start = advance().span
        let name = try consumeName()
        _ = try consume("(", message: "expected '('")
        let params = try parameters(closing: ")")
        _ = try consume(")", message: "invalid syntax")
        if match("->") { _ = try expression() }
        let savedLoop = loopDepth
        loopDepth = 0; functionDepth += 1
        let body = try block(after: "function definition", line: start.line)
        functionDepth -= 1; loopDepth = savedLoop
        return Stmt(
            kind: .functionDef(name: name, params: params, body: body, decorators: decorators, docstring: docstring(body)),
            span: start.through(tokens[max(0, current - 1)].span))
    }

    func docstring(_ body: [Stmt]) -> String? {
        if case .expression(let e)? = body.first?.kind, case .string(let s) = e.kind { return s }
        return nil
    }

    /// Parameters of `def` (closing `)`) or `lambda` (closing `:`).
    mutating func parameters(closing: String) throws -> [Parameter] {
        var params: [Parameter] = []
        var keywordOnly = false
        var sawDefault = false
        while !check(closing) {
            let span = peek.span
            if match("**") {
                params.append(Parameter(name: try consumeName(), defaultValue: nil, kind: .varKeywords, span: span))
            } else if match("*") {
                keywordOnly = true
                if check(",") {} else { params.append(Parameter(name: try consumeName(), defaultValue: nil, kind: .varArgs, span: span)) }
            } else if match("/") {
            } else {
                let name = try consumeName()
                if closing == ")" && match(":") { _ = try expression() }
                var defaultValue: Expr? = nil
                if match("=") {
                    defaultValue = try expression(); sawDefault = true
                } else if sawDefault && !keywordOnly {
                    throw error("non-default argument follows default argument", at: span)
                }
                if params.contains(where: { $0.name == name }) {
                    throw error("duplicate argument '\(name)' in function definition", at: span)
                }
                params.append(Parameter(name: name, defaultValue: defaultValue, kind: keywordOnly ? .keywordOnly : .normal, span: span))
            }
            if !match(",") { break }
        }
        return params
    }

    mutating func classDef(decorators: [Expr]) throws -> Stmt {
        let start = advance().span
        let name = try consumeName()
        var bases: [Argument] = []
        if match("(") { bases = try callArguments(); _ = try consume(")", message: "invalid syntax") }
        let savedLoop = loopDepth, savedFunction = functionDepth
        loopDepth = 0; functionDepth = 0
        let body = try block(after: "class definition", line: start.line)
        loopDepth = savedLoop; functionDepth = savedFunction
        return Stmt(
            kind: .classDef(name: name, bases: bases, body: body, decorators: decorators, docstring: docstring(body)),
            span: start.through(start))
    }

    mutating func tryStatement() throws -> Stmt {
        let start = advance().span
        let body = try block(after: "'try' statement", line: start.line)
        var handlers: [ExceptHandler] = []
        while checkKeyword("except") {
            let hs = advance().span
            var type: Expr? = nil, name: String? = nil
            if !check(":") {
                type = try expression()
                if check(",") {
                    let first = type!
                    var items = [first]
                    while match(",") { items.append(try expression()) }
                    throw error("multiple exception types must be parenthesized", at: first.span.through(items.last!.span))
                }
                if matchKeyword("as") { name = try consumeName() }
            }
            handlers.append(ExceptHandler(type: type, name: name, body: try block(after: "'except' statement", line: hs.line), span: hs))
        }
        var orElse: [Stmt] = [], finally: [Stmt] = []
        if !handlers.isEmpty && checkKeyword("else") { let e = advance().span; orElse = try block(after: "'else' statement", line: e.line) }
        if checkKeyword("finally") { let f = advance().span; finally = try block(after: "'finally' statement", line: f.line) }
        if handlers.isEmpty && finally.isEmpty { throw error("expected 'except' or 'finally' block") }
        return Stmt(kind: .try(body: body, handlers: handlers, orElse: orElse, finally: finally), span: start)
    }

    mutating func withStatement() throws -> Stmt {
        let start = advance().span
        var items: [(Expr, Expr?)] = []
        repeat {
            let e = try expression()
            let target = matchKeyword("as") ? try targetList() : nil
            items.append((e, target))
        } while match(",")
        let body = try block(after: "'with' statement", line: start.line)
        return Stmt(kind: .with(items, body), span: start.through(items.last!.0.span))
    }
}

extension ExprKind {
    var isTuple: Bool { if case .tuple = self { return true }; return false }
}
