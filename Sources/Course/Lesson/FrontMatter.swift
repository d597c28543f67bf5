import Foundation
import Yams

/// The YAML block between the `---` lines that open a lesson file.
struct FrontMatter {
    /// `id`, `title` and every other key, as text.
    var fields: [String: String]
    /// Lines the block takes, fences included: Markdown line numbers are offset by it.
    var lineCount: Int

    /// Splits the front matter off `text`; reports problems into `diagnostics` and returns nil
    /// when there is none or it is not a YAML mapping.
    static func split(_ text: String, file: String, diagnostics: inout [LessonDiagnostic]) -> (FrontMatter, body: String)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        let example = "start the file with `---`, `id: my-lesson`, `title: My lesson`, `---`"
        guard lines.first.map({ $0.trimmingCharacters(in: .whitespaces) == "---" }) == true else {
            diagnostics.append(LessonDiagnostic(file: file, line: 1, problem: "the lesson has no front matter", fix: example))
            return nil
        }
        guard let close = lines.dropFirst().firstIndex(where: { $0 == "---" || $0 == "..." }) else {
            diagnostics.append(
                LessonDiagnostic(
                    file: file, line: 1, problem: "the front matter is never closed",
                    fix: "end it with a line holding only `---`"))
            return nil
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let loaded: Any?
        do { loaded = try Yams.load(yaml: yaml) } catch {
            diagnostics.append(
                LessonDiagnostic(
                    file: file, line: 2 + yamlLine(of: error),
                    problem: "the front matter is not valid YAML (\(firstLine(of: error)))", fix: "write one `key: value` per line"))
            return nil
        }
        guard let mapping = loaded as? [String: Any] else {
            diagnostics.append(LessonDiagnostic(file: file, line: 2, problem: "the front matter is not a YAML mapping", fix: example))
            return nil
        }
        var fields: [String: String] = [:]
        for (key, value) in mapping { fields[key] = "\(value)" }
        for key in ["id", "title"] where fields[key].map({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) ?? true {
            let fix = key == "id" ? "add `id: my-lesson` (letters, digits and dashes; progress is keyed by it)" : "add `title: What the learner sees`"
            diagnostics.append(LessonDiagnostic(file: file, line: 1, problem: "the front matter has no `\(key)`", fix: fix))
        }
        if let id = fields["id"], !id.isEmpty, !id.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            diagnostics.append(
                LessonDiagnostic(
                    file: file, line: 2, problem: "the lesson id '\(id)' has characters other than letters, digits, - and _",
                    fix: "use an id such as `hello-nn`"))
        }
        let body = lines[(close + 1)...].joined(separator: "\n")
        return (FrontMatter(fields: fields, lineCount: close + 1), body)
    }

    private static func yamlLine(of error: Error) -> Int {
        if let yaml = error as? YamlError, case .scanner(_, _, let mark, _) = yaml { return max(0, mark.line - 1) }
        if let yaml = error as? YamlError, case .parser(_, _, let mark, _) = yaml { return max(0, mark.line - 1) }
        return 0
    }

    private static func firstLine(of error: Error) -> String {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): return problem
            default: break
            }
        }
        return String("\(error)".split(separator: "\n").first ?? "")
    }
}
