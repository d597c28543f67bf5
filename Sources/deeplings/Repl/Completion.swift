@preconcurrency import CReadline
import Foundation
import Interpreter

/// Tab completion for the prompt: `:commands`, names in the learner's namespace and built-ins,
/// attributes of a dotted name (`model.` → `fit`, …), keyword arguments of the function being
/// called (`model.fit(x, y, ep` → `epochs=`) and file paths inside strings.
enum Completion {
    /// The REPL whose namespace completes names; set once at start.
    nonisolated(unsafe) static weak var repl: Repl?
    nonisolated(unsafe) private static var matches: [String] = []
    nonisolated(unsafe) private static var next = 0

    /// Hooks the completer into readline.
    static func install() {
        // Dots and quotes are part of what completes; only spaces and brackets separate words.
        rl_completer_word_break_characters = UnsafePointer(strdup(" \t\n()[]{},=+-*/%<>!&|^~;"))
        rl_attempted_completion_function = { text, start, _ in
            rl_attempted_completion_over = 1
            let word = text.map { String(cString: $0) } ?? ""
            let line = rl_line_buffer.map { String(cString: $0) } ?? ""
            let before = String(line.utf8.prefix(Int(start))) ?? ""
            Completion.matches = Completion.candidates(word: word, before: before)
            Completion.next = 0
            // A space after a command; nothing after Python names, so `(`, `.` or `=` can follow.
            if !word.hasPrefix(":") { rl_completion_append_character = 0 }
            return rl_completion_matches(text) { _, _ in
                guard Completion.next < Completion.matches.count else { return nil }
                defer { Completion.next += 1 }
                return strdup(Completion.matches[Completion.next])
            }
        }
    }

    /// Completions of `word`, given the text of the line before it.
    static func candidates(word: String, before: String) -> [String] {
        if before.trimmingCharacters(in: .whitespaces).isEmpty, word.hasPrefix(":") {
            return ReplCommandCatalog.names.filter { $0.hasPrefix(word.dropFirst()) }.map { ":" + $0 }
        }
        if let quote = word.first, quote == "'" || quote == "\"" { return paths(String(word.dropFirst())).map { String(quote) + $0 } }
        guard let repl else { return [] }
        if let dot = word.lastIndex(of: ".") {
            let owner = String(word[..<dot]), stem = String(word[word.index(after: dot)...])
            guard owner.split(separator: ".").allSatisfy(isIdentifier) else { return [] }
            return attributes(of: owner, in: repl).filter { $0.hasPrefix(stem) && (stem.hasPrefix("_") || !$0.hasPrefix("_")) }.map { owner + "." + $0 }
        }
        let python = repl.python
        let keywords = callee(before: before).map { keywordArguments(of: $0, in: repl) } ?? []
        let names = Set(python.globalNames + python.builtinNames + PythonHighlighter.keywords)
        return keywords.filter { $0.hasPrefix(word) }.map { $0 + "=" }
            + names.filter { $0.hasPrefix(word) && !$0.hasPrefix("_") }.sorted()
    }

    /// The dotted name called by the innermost bracket still open in `before` (`model.fit` in
    /// `model.fit(x, y, `), if it is a call.
    static func callee(before: String) -> String? {
        var depth = 0
        var index = before.endIndex
        while index > before.startIndex {
            index = before.index(before: index)
            switch before[index] {
            case ")", "]", "}": depth += 1
            case "[", "{": if depth == 0 { return nil } else { depth -= 1 }
            case "(":
                if depth > 0 { depth -= 1; continue }
                let name = before[..<index].reversed().drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
                let callee = String(name.reversed())
                return !callee.isEmpty && callee.split(separator: ".").allSatisfy(isIdentifier) ? callee : nil
            default: break
            }
        }
        return nil
    }

    /// Keyword parameters of the callable a dotted name refers to.
    static func keywordArguments(of callee: String, in repl: Repl) -> [String] {
        guard let value = try? repl.python.evaluate(callee, file: "<completion>") else { return [] }
        return repl.python.keywordNames(of: value)
    }

    static func isIdentifier<S: StringProtocol>(_ text: S) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }

    /// `dir(owner)` for a dotted name; reading attributes runs no learner code beyond properties.
    static func attributes(of owner: String, in repl: Repl) -> [String] {
        guard case .list(let list)? = try? repl.python.evaluate("dir(\(owner))", file: "<completion>") else { return [] }
        return list.items.compactMap { if case .str(let name) = $0 { name } else { nil } }
    }

    /// Files and folders starting with `prefix` (relative to the current folder).
    static func paths(_ prefix: String) -> [String] {
        let folder = prefix.contains("/") ? String(prefix[...prefix.lastIndex(of: "/")!]) : ""
        let stem = prefix.contains("/") ? String(prefix[prefix.index(after: prefix.lastIndex(of: "/")!)...]) : prefix
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
        return names.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + name, isDirectory: &isFolder)
            return folder + name + (isFolder.boolValue ? "/" : "")
        }
    }
}
