/// A position range in source text; lines and columns are 1-based, `endColumn` is exclusive.
public struct Span: Sendable, Equatable {
    /// First line of the range.
    public var line: Int
    /// First column of the range.
    public var column: Int
    /// Line where the range ends.
    public var endLine: Int
    /// Column just after the range's last character.
    public var endColumn: Int

    /// Creates a span.
    public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.line = line; self.column = column; self.endLine = endLine; self.endColumn = endColumn
    }

    /// A span covering `self` through `other`.
    func through(_ other: Span) -> Span {
        Span(line: line, column: column, endLine: other.endLine, endColumn: other.endColumn)
    }

    static let zero = Span(line: 1, column: 1, endLine: 1, endColumn: 1)
}

/// The kinds of lexical tokens.
enum TokenKind: Equatable {
    case name, int, float, string, fstring, op, newline, indent, dedent, eof, magic, error
}

/// One lexical token with its position.
struct Token {
    var kind: TokenKind
    /// The operator or name text; for strings the decoded value; for errors the message.
    var text: String
    var span: Span
    /// Decoded integer value for `int` tokens that fit in `Int`.
    var intValue: Int = 0
    var floatValue: Double = 0
    /// Digits of an integer too large for `Int`.
    var bigDigits: String? = nil
    /// For error tokens: the exception class name (`SyntaxError`, `IndentationError`, `TabError`).
    var errorKind: String = "SyntaxError"
    /// For string tokens: true when the literal was raw (affects f-string parts only).
    var raw: Bool = false

    func isOp(_ s: String) -> Bool { kind == .op && text == s }
    func isKeyword(_ s: String) -> Bool { kind == .name && text == s }
}

let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
]
