/// Turns parsed statements into executable nodes, resolving every name to a slot, cell or global.
struct Compiler {
    let file: String
    let globals: Globals
    let interactive: Bool
    var scope: Scope

    /// Compiles module-level code (a file or a cell).
    static func compileModule(_ body: [Stmt], file: String, globals: Globals, echo: EchoMode) throws -> CodeObject {
        let code = CodeObject(name: "<module>", file: file)
        let scope = Scope(kind: .module, parent: nil, code: code, globals: globals, qualifiedPrefix: "")
        var compiler = Compiler(file: file, globals: globals, interactive: false, scope: scope)
        var nodes: [StmtNode] = []
        for (i, s) in body.enumerated() {
            if case .expression(let e) = s.kind, echo == .everyExpression || (echo == .lastExpression && i == body.count - 1) {
                nodes.append(EchoNode(try compiler.expression(e), span: s.span))
            } else {
                nodes.append(try compiler.statement(s))
            }
        }
        code.body = BlockNode(nodes, span: body.first?.span ?? .zero)
        return code
    }

    mutating func block(_ body: [Stmt]) throws -> StmtNode {
        if body.count == 1 { return BlockNode([try statement(body[0])], span: body[0].span) }
        return BlockNode(try body.map { try statement($0) }, span: body.first?.span ?? .zero)
    }

    mutating func optionalBlock(_ body: [Stmt]) throws -> StmtNode? { body.isEmpty ? nil : try block(body) }

    func syntaxError(_ message: String, _ span: Span) -> SyntaxErrorInfo {
        SyntaxErrorInfo(kind: "SyntaxError", message: message, span: span)
    }

    // MARK: names

    func load(_ name: String, _ span: Span) -> ExprNode {
        for c in scope.comprehensions.reversed() {
            switch c[name] {
            case .slot(let i)?: return LocalNode(slot: i, name: name, span: span)
            case .cell(let i)?: return CellNode(index: i, name: name, span: span)
            case nil: continue
            }
        }
        switch scope.kind {
        case .module: return GlobalNode(slot: globals.slot(name), span: span)
        case .function:
            if scope.declaredGlobal.contains(name) { return GlobalNode(slot: globals.slot(name), span: span) }
            if let i = scope.cells[name] { return CellNode(index: i, name: name, span: span) }
            if let i = scope.locals[name] { return LocalNode(slot: i, name: name, span: span) }
            return GlobalNode(slot: globals.slot(name), span: span)
        case .classBody:
            let fallback: ExprNode =
                scope.cells[name].map { CellNode(index: $0, name: name, span: span) }
                ?? GlobalNode(slot: globals.slot(name), span: span)
            // As in CPython, comprehensions in a class body do not see the class namespace.
            return scope.comprehensions.isEmpty ? ClassNameNode(name: name, fallback: fallback, span: span) : fallback
        }
    }

    func store(_ name: String, _ span: Span) -> TargetNode {
        for c in scope.comprehensions.reversed() {
            switch c[name] {
            case .slot(let i)?: return StoreLocal(slot: i, name: name, span: span)
            case .cell(let i)?: return StoreCell(index: i, name: name, span: span)
            case nil: continue
            }
        }
        switch scope.kind {
        case .module: return StoreGlobal(slot: globals.slot(name), span: span)
        case .function:
            if scope.declaredGlobal.contains(name) { return StoreGlobal(slot: globals.slot(name), span: span) }
            if let i = scope.cells[name] { return StoreCell(index: i, name: name, span: span) }
            if let i = scope.locals[name] { return StoreLocal(slot: i, name: name, span: span) }
            return StoreGlobal(slot: globals.slot(name), span: span)
        case .classBody:
            if scope.declaredGlobal.contains(name) { return StoreGlobal(slot: globals.slot(name), span: span) }
            return StoreClassName(name: name, span: span)
        }
    }

    mutating func target(_ e: Expr) throws -> TargetNode {
        switch e.kind {
        case .name(let n): return store(n, e.span)
        case .attribute(let o, let n): return StoreAttribute(object: try expression(o), name: n, span: e.span)
        case .subscript(let o, let i): return StoreSubscript(object: try expression(o), index: try index(i), span: e.span)
        case .tuple(let items), .list(let items):
            var star: Int? = nil
            var nodes: [TargetNode] = []
            for (i, item) in items.enumerated() {
                if case .starred(let inner) = item.kind {
                    if star != nil { throw syntaxError("multiple starred expressions in assignment", item.span) }
                    star = i
                    nodes.append(try target(inner))
                } else {
                    nodes.append(try target(item))
                }
            }
            return StoreSequence(items: nodes, starIndex: star, span: e.span)
        case .starred: throw syntaxError("starred assignment target must be in a list or tuple", e.span)
        default: throw syntaxError("cannot assign to expression", e.span)
        }
    }

    // MARK: functions and classes

    mutating func function(name: String, params: [Parameter], body: [Stmt]?, expression: Expr?, doc: String?, span: Span) throws -> LambdaNode {
        let code = CodeObject(name: name, file: file)
        code.doc = doc
        let paramNames = params.map(\.name)
        var analysis = NameAnalysis()
        if let body { analysis.visit(body) } else if let expression { analysis.visit(expression) }
        let locals = analysis.locals(params: paramNames)
        let free = analysis.free(params: paramNames)
        let qualified = scope.qualifiedPrefix + name
        let inner = Scope(
            kind: .function, parent: scope, code: code, globals: globals,
            qualifiedPrefix: qualified + (name == "<lambda>" ? "." : ".<locals>."))
        inner.declaredGlobal = analysis.globals
        for p in paramNames { inner.locals[p] = inner.newSlot(p) }
        for n in locals.sorted() where inner.locals[n] == nil { inner.locals[n] = inner.newSlot(n) }
        for n in free.sorted() {
            guard let source = scope.cellIndexForCapture(n) else {
                if analysis.nonlocals.contains(n) { throw syntaxError("no binding for nonlocal '\(n)' found", span) }
                continue
            }
            inner.cells[n] = code.freeSources.count
            code.freeSources.append(source)
            code.cellNames.append(n)
        }
        for n in locals.intersection(analysis.nestedFree).sorted() {
            let c = inner.newOwnCell(n)
            inner.cells[n] = c
            if let p = paramNames.firstIndex(of: n) { code.parameterCells.append((slot: p, cell: c)) }
        }
        code.signature = Signature(params.map { Signature.Param(name: $0.name, kind: $0.kind, defaultValue: nil) })
        code.isSimple = params.allSatisfy { $0.kind == .normal }
        let defaults = try params.map { try $0.defaultValue.map { try self.expression($0) } }
        var sub = Compiler(file: file, globals: globals, interactive: false, scope: inner)
        if let body {
            code.body = try sub.block(body)
        } else if let expression {
            code.body = ReturnNode(try sub.expression(expression), span: expression.span)
        }
        return LambdaNode(code: code, defaults: defaults, qualifiedName: qualified, span: span)
    }

    mutating func classBody(name: String, body: [Stmt], span: Span) throws -> CodeObject {
        let code = CodeObject(name: name, file: file)
        let inner = Scope(kind: .classBody, parent: scope, code: code, globals: globals, qualifiedPrefix: scope.qualifiedPrefix + name + ".")
        var analysis = NameAnalysis()
        analysis.visit(body)
        inner.declaredGlobal = analysis.globals
        for n in NameAnalysis.classFree(body: body).sorted() {
            guard let source = scope.cellIndexForCapture(n) else { continue }
            inner.cells[n] = code.freeSources.count
            code.freeSources.append(source)
            code.cellNames.append(n)
        }
        var sub = Compiler(file: file, globals: globals, interactive: false, scope: inner)
        code.body = try sub.block(body)
        return code
    }
}

/// Which expression statements an interactive run echoes.
public enum EchoMode: Sendable {
    /// Scripts: nothing is echoed.
    case none
    /// Python's REPL: every top-level expression statement.
    case everyExpression
    /// Jupyter: only a final expression statement.
    case lastExpression
}
