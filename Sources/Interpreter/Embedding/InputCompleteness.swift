extension PythonInterpreter {
    /// True when `source`, typed at a REPL prompt, is an unfinished statement: an open bracket,
    /// an unterminated triple-quoted string, a trailing backslash, or a compound statement
    /// (`for …:`) not yet ended by a blank line — when CPython's REPL shows `...`. Pass the lines
    /// typed so far joined with `"\n"`; an empty last line (source ending in `"\n"`) ends a block.
    ///
    ///     PythonInterpreter.needsMoreInput("for i in range(3):")      // true
    ///     PythonInterpreter.needsMoreInput("print(1)")                // false
    public static func needsMoreInput(_ source: String) -> Bool {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let lastLine = lines.last(where: { !$0.allSatisfy { $0 == " " || $0 == "\t" } }) ?? ""
        if lastLine.hasSuffix("\\") { return true }
        do {
            _ = try Parser.parse(source)
        } catch let e as SyntaxErrorInfo {
            if e.message.hasSuffix("was never closed") || e.message.hasPrefix("unterminated triple-quoted") { return true }
            if e.message.hasPrefix("expected an indented block") || e.message == "unexpected EOF while parsing" {
                return e.span.line >= lines.count || lines[(e.span.line - 1)...].allSatisfy { $0.allSatisfy(\.isWhitespace) }
            }
            return false
        } catch { return false }
        func opensBlock(_ line: Substring) -> Bool {
            let code = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return code.trimmingCharacters(in: " \t").hasSuffix(":")
        }
        func isIndented(_ line: Substring) -> Bool { line.first == " " || line.first == "\t" }
        // An indented line is a block's body only under a `:` line or another body line; under
        // `t = (1,` it is a bracket's continuation, and CPython runs `t = (1,\n     2)` at once.
        let startsBlock = lines.first.map(opensBlock) ?? false
        var hasBody = false, previousIsBody = false
        for i in lines.indices.dropFirst() {
            let isBody = isIndented(lines[i]) && (opensBlock(lines[i - 1]) || previousIsBody)
            hasBody = hasBody || isBody
            previousIsBody = isBody
        }
        let isCompound = startsBlock || hasBody
        return isCompound && !(lines.last?.allSatisfy { $0 == " " || $0 == "\t" } ?? true)
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> String { String(self).trimmingCharacters(in: set) }
}
