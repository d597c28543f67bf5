import BigInt

/// An expression with its source span.
struct Expr {
    var kind: ExprKind
    var span: Span
}

/// A statement with its source span.
struct Stmt {
    var kind: StmtKind
    var span: Span
}

/// A binary operator, as passed to `PyObject.binaryOperation`.
public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", div = "/", floorDiv = "//", mod = "%", pow = "**", matMul = "@"
    case lshift = "<<", rshift = ">>", bitAnd = "&", bitOr = "|", bitXor = "^"
}

/// A unary operator.
public enum UnaryOp: String, Sendable { case neg = "-", pos = "+", invert = "~", not = "not" }

/// A comparison operator.
public enum CompareOp: String, Sendable {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">=", `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

/// A call argument as written.
enum Argument {
    case positional(Expr)
    case star(Expr)
    case keyword(String, Expr)
    case doubleStar(Expr)
}

/// A function parameter.
struct Parameter {
    enum Kind { case normal, varArgs, keywordOnly, varKeywords }
    var name: String
    var defaultValue: Expr?
    var kind: Kind
    var span: Span
}

/// One `for … in … if …` clause of a comprehension.
struct Comprehension {
    var target: Expr
    var iterable: Expr
    var conditions: [Expr]
}

/// A piece of an f-string.
enum FStringPart {
    case literal(String)
    case expression(Expr, conversion: Character?, spec: [FStringPart]?, selfDoc: String?)
}

indirect enum ExprKind {
    case name(String)
    case int(Int)
    case bigInt(BigInt)
    case float(Double)
    case string(String)
    case fstring([FStringPart])
    case none, ellipsis
    case bool(Bool)
    case tuple([Expr])
    case list([Expr])
    case set([Expr])
    case dict([(key: Expr?, value: Expr)])
    case starred(Expr)
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    case slice(Expr?, Expr?, Expr?)
    case call(Expr, [Argument])
    case unary(UnaryOp, Expr)
    case binary(BinaryOp, Expr, Expr)
    case and(Expr, Expr)
    case or(Expr, Expr)
    case compare(Expr, [(CompareOp, Expr)])
    case ifElse(test: Expr, body: Expr, orElse: Expr)
    case lambda([Parameter], Expr)
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(Expr, Expr, [Comprehension])
    case generator(Expr, [Comprehension])
    case namedExpr(String, Expr)
}

/// An `except` clause.
struct ExceptHandler {
    var type: Expr?
    var name: String?
    var body: [Stmt]
    var span: Span
}

indirect enum StmtKind {
    case expression(Expr)
    case assign(targets: [Expr], value: Expr)
    case augAssign(Expr, BinaryOp, Expr)
    case annotated(target: Expr, value: Expr?)
    case `if`(Expr, [Stmt], [Stmt])
    case `while`(Expr, [Stmt], [Stmt])
    case `for`(Expr, Expr, [Stmt], [Stmt])
    case `break`, `continue`, pass
    case `return`(Expr?)
    case functionDef(name: String, params: [Parameter], body: [Stmt], decorators: [Expr], docstring: String?)
    case classDef(name: String, bases: [Argument], body: [Stmt], decorators: [Expr], docstring: String?)
    case `import`([(path: [String], alias: String?)])
    case importFrom(module: [String], names: [(name: String, alias: String?)], level: Int)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt])
    case raise(Expr?, cause: Expr?)
    case with([(Expr, Expr?)], [Stmt])
    case assert(Expr, Expr?)
    case delete([Expr])
    case global([String])
    case nonlocal([String])
    case magic(String)
}
