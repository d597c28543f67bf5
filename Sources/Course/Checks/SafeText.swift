import Interpreter

/// Exception text read without running Python code: a learner's exception class may define
/// `__str__` to lie or never return, and a grader must not call it.
enum SafeText {
    /// The exception's arguments as text: strings as they are, numbers printed, other objects
    /// by their type name.
    static func message(of exception: PyExceptionObject) -> String {
        exception.args.map(describe).joined(separator: ", ")
    }

    static func describe(_ value: Value) -> String {
        switch value {
        case .str(let s): s
        case .int(let i): String(i)
        case .float(let d): formatNumber(d)
        case .bool(let b): b ? "True" : "False"
        case .none: "None"
        default: "<\(value.typeName) object>"
        }
    }
}
