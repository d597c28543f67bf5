/// A Python exception (or syntax error) that escaped a run, with its CPython-style traceback.
public struct PythonFailure: Error, @unchecked Sendable, CustomStringConvertible {
    /// The exception class name, e.g. `NameError`.
    public let typeName: String
    /// The message after the colon.
    public let message: String
    /// The full rendered traceback, ending with `TypeName: message`.
    public let traceback: String
    /// The exception object (`nil` only for syntax errors).
    public let exception: PyExceptionObject?

    /// True for `SyntaxError`, `IndentationError` and `TabError`.
    public var isSyntaxError: Bool { ["SyntaxError", "IndentationError", "TabError"].contains(typeName) && exception == nil }
    /// True when the host's interrupt flag stopped the run.
    public var isInterrupt: Bool { typeName == "KeyboardInterrupt" }
    /// True when the step budget or time limit stopped the run.
    public var isTimeout: Bool { exception?.isUncatchable == true && typeName == "TimeoutError" }

    /// The rendered traceback.
    public var description: String { traceback }

    /// Wraps an error thrown by `call`/`callMethod` (or any Swift error) with its rendered traceback.
    public init(_ error: Error, interpreter: PythonInterpreter) {
        self.init(exception: interpreter.pythonError(from: error).exception, interpreter: interpreter)
    }

    init(exception: PyExceptionObject, interpreter: PythonInterpreter) {
        self.exception = exception
        typeName = exception.cls.name
        message = (try? exception.str(interpreter)) ?? exception.message
        traceback = TracebackRenderer(interpreter: interpreter).render(exception)
    }

    init(syntax: SyntaxErrorInfo, file: String, interpreter: PythonInterpreter) {
        exception = nil
        typeName = syntax.kind
        message = syntax.message
        traceback = TracebackRenderer(interpreter: interpreter).renderSyntax(syntax, file: file)
    }
}

/// Renders tracebacks exactly once, in CPython 3.11's shape.
struct TracebackRenderer {
    let interpreter: PythonInterpreter

    func sourceLine(_ file: String, _ line: Int) -> Substring? {
        guard let lines = interpreter.sources[file], line >= 1, line <= lines.count else { return nil }
        return lines[line - 1]
    }

    /// The indented source line and, unless the span covers the whole line, a caret line.
    func excerpt(_ file: String, _ span: Span, alwaysCaret: Bool) -> String {
        guard let raw = sourceLine(file, span.line) else { return "" }
        let text = raw.replacingTabs()
        let trimmed = text.drop { $0 == " " }
        let content = String(trimmed).trimmingTrailingSpaces()
        if content.isEmpty { return "" }
        let indent = text.count - trimmed.count
        var out = "    \(content)\n"
        let start = max(0, span.column - 1 - indent)
        let end = span.endLine == span.line ? max(start + 1, span.endColumn - 1 - indent) : content.count
        let width = min(end, max(content.count, start + 1)) - start
        if alwaysCaret || !(start == 0 && width >= content.count) {
            out += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: max(1, width)) + "\n"
        }
        return out
    }

    func render(_ e: PyExceptionObject) -> String {
        var out = ""
        if let cause = e.cause {
            out += render(cause) + "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let context = e.context, context !== e {
            out += render(context) + "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !e.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            // As CPython: after three identical frames in a row (deep recursion), one line counts the rest.
            var previous: (file: String, line: Int, function: String)?
            var repeats = 0
            for entry in e.traceback.reversed() {
                let key = (file: entry.file, line: entry.span.line, function: entry.function)
                if let p = previous, p == key {
                    repeats += 1
                } else {
                    out += Self.repeatedNote(repeats)
                    previous = key
                    repeats = 0
                }
                guard repeats < Self.recursiveCutoff else { continue }
                out += "  File \"\(entry.file)\", line \(entry.span.line), in \(entry.function)\n"
                out += excerpt(entry.file, entry.span, alwaysCaret: false)
            }
            out += Self.repeatedNote(repeats)
        }
        return out + summary(e) + "\n"
    }

    /// Identical frames in a row printed before the rest are counted (CPython's `_RECURSIVE_CUTOFF`).
    static let recursiveCutoff = 3

    /// `[Previous line repeated N more times]` for the frames past the cutoff, or nothing.
    static func repeatedNote(_ repeats: Int) -> String {
        let hidden = repeats + 1 - recursiveCutoff
        return hidden > 0 ? "  [Previous line repeated \(hidden) more time\(hidden == 1 ? "" : "s")]\n" : ""
    }

    func summary(_ e: PyExceptionObject) -> String {
        let name = e.cls.module == "__main__" ? e.cls.name : e.cls.qualifiedName
        let message = (try? e.str(interpreter)) ?? e.message
        return message.isEmpty ? name : "\(name): \(message)"
    }

    func renderSyntax(_ s: SyntaxErrorInfo, file: String) -> String {
        "  File \"\(file)\", line \(s.span.line)\n" + excerpt(file, s.span, alwaysCaret: true) + "\(s.kind): \(s.message)\n"
    }
}

extension Substring {
    func replacingTabs() -> String {
        var out = ""
        for c in self {
            if c == "\t" { out += String(repeating: " ", count: 8 - out.count % 8) } else if c != "\r" { out.append(c) }
        }
        return out
    }
}
