/// A syntax error found while lexing or parsing, before any code runs.
public struct SyntaxErrorInfo: Error, Sendable {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    public var kind: String
    /// CPython's message, e.g. `expected ':'`.
    public var message: String
    /// Where the caret goes.
    public var span: Span
}

/// Recursive-descent parser from tokens to `Stmt`s, one method per grammar rule.
struct Parser {
    var tokens: [Token]
    var current = 0
    var depth = 0
    var functionDepth = 0
    var loopDepth = 0

    init(source: String) {
        var lexer = Lexer(source)
        tokens = lexer.tokenize()
    }

    static func parse(_ source: String) throws -> [Stmt] {
        var parser = Parser(source: source)
        return try parser.module()
    }

    var peek: Token { tokens[current] }
    var previous: Token { tokens[max(0, current - 1)] }
    var isAtEnd: Bool { peek.kind == .eof }

    @discardableResult
    mutating func advance() -> Token {
        let t = tokens[current]
        if current < tokens.count - 1 { current += 1 }
        return t
    }

    func check(_ op: String) -> Bool { peek.kind == .op && peek.text == op }
    func checkKeyword(_ k: String) -> Bool { peek.kind == .name && peek.text == k }

    mutating func match(_ op: String) -> Bool {
        if check(op) { advance(); return true }
        return false
    }

    mutating func matchKeyword(_ k: String) -> Bool {
        if checkKeyword(k) { advance(); return true }
        return false
    }

    mutating func consume(_ op: String, message: String) throws -> Token {
        if check(op) { return advance() }
        throw error(message)
    }

    mutating func consumeKeyword(_ k: String, message: String) throws {
        if checkKeyword(k) { advance(); return }
        throw error(message)
    }

    mutating func consumeName(message: String = "invalid syntax") throws -> String {
        if peek.kind == .name && !pythonKeywords.contains(peek.text) { return advance().text }
        throw error(message)
    }

    /// Builds a syntax error at `span` (default: the current token); a pending lexer error wins.
    func error(_ message: String, at span: Span? = nil, kind: String = "SyntaxError") -> SyntaxErrorInfo {
        if peek.kind == .error { return SyntaxErrorInfo(kind: peek.errorKind, message: peek.text, span: peek.span) }
        if peek.kind == .indent && span == nil { return SyntaxErrorInfo(kind: "IndentationError", message: "unexpected indent", span: peek.span) }
        return SyntaxErrorInfo(kind: kind, message: message, span: span ?? peek.span)
    }

    mutating func module() throws -> [Stmt] {
        var body: [Stmt] = []
        while true {
            while peek.kind == .newline { advance() }
            if isAtEnd { break }
            if peek.kind == .indent { throw error("unexpected indent") }
            if peek.kind == .dedent { advance(); continue }
            body.append(contentsOf: try statement())
        }
        return body
    }

    /// `block: NEWLINE INDENT statements DEDENT | simple_statements`
    mutating func block(after what: String, line: Int) throws -> [Stmt] {
        _ = try consume(":", message: "expected ':'")
        if peek.kind != .newline { return try simpleStatements() }
        advance()
        guard peek.kind == .indent else {
            throw error("expected an indented block after \(what) on line \(line)", at: peek.span, kind: "IndentationError")
        }
        advance()
        var body: [Stmt] = []
        while peek.kind != .dedent && !isAtEnd {
            if peek.kind == .newline { advance(); continue }
            if peek.kind == .indent { throw error("unexpected indent") }
            body.append(contentsOf: try statement())
        }
        if peek.kind == .dedent { advance() }
        return body
    }
}
