import Foundation
import Interpreter

extension CheckHelpers {
    static func behaviourHelpers(_ context: CheckContext) -> [String: Value] {
        [
            "expect_output": context.helper("expect_output", "text, exact=False") { a in
                guard case .str(let text) = a["text"] else { throw context.misused("expect_output", "`text` must be a str") }
                let exact = try a.bool("exact")
                let printed = context.learnerOutput
                let normalised = printed.hasSuffix("\n") ? String(printed.dropLast()) : printed
                let wanted = text.hasSuffix("\n") ? String(text.dropLast()) : text
                if exact ? normalised == wanted : printed.contains(text) { return context.verdict(nil) }
                let shown = printed.isEmpty ? "nothing" : "\"\(String(printed.prefix(200)).replacingOccurrences(of: "\n", with: "\\n"))\(printed.count > 200 ? "…" : "")\""
                return context.verdict(
                    "your code should print \(exact ? "exactly " : "")\"\(text.replacingOccurrences(of: "\n", with: "\\n"))\", it printed \(shown) — check the print() call and its spelling"
                )
            },
            "expect_raises": context.helper("expect_raises", "exception, function, *args") { a in
                guard case .object(let object) = a["exception"], let expected = object as? PyClass,
                    expected.isSubclass(of: PyTypes.BaseException)
                else {
                    throw context.misused("expect_raises", "`exception` must be an exception class such as ValueError")
                }
                do {
                    _ = try a.interpreter.call(a["function"], a.varArgs)
                } catch let error as PythonError {
                    if error.exception.isUncatchable { throw error }
                    if error.exception.cls.isSubclass(of: expected) { return context.verdict(nil) }
                    return context.verdict("calling it should raise \(expected.name), it raised \(error.exception.cls.name) — raise \(expected.name)(...) for this case")
                }
                return context.verdict("calling it should raise \(expected.name), it returned normally — add a check that raises \(expected.name)(...)")
            },
        ]
    }
}
