/// Colours Python source for the terminal with a small tokenizer: keywords, strings, numbers,
/// comments. Plain style returns the source unchanged.
struct PythonHighlighter {
    let style: TerminalStyle

    static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del", "elif",
        "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ]

    /// `source` with SGR colours around its tokens.
    func highlight(_ source: String) -> String {
        guard !style.isPlain else { return source }
        let chars = Array(source)
        var out = "", i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "#" {
                var j = i
                while j < chars.count, chars[j] != "\n" { j += 1 }
                out += style.paint(String(chars[i..<j]), "2"); i = j
            } else if c == "\"" || c == "'" {
                let triple = i + 2 < chars.count && chars[i + 1] == c && chars[i + 2] == c
                var j = i + (triple ? 3 : 1)
                while j < chars.count {
                    if chars[j] == "\\" { j += 2; continue }
                    if triple, j + 2 < chars.count, chars[j] == c, chars[j + 1] == c, chars[j + 2] == c { j += 3; break }
                    if !triple, chars[j] == c || chars[j] == "\n" { j += 1; break }
                    j += 1
                }
                j = min(j, chars.count)
                out += style.paint(String(chars[i..<j]), "32"); i = j
            } else if c.isNumber {
                var j = i
                while j < chars.count, chars[j].isNumber || chars[j] == "." || chars[j] == "_" || chars[j] == "e" { j += 1 }
                out += style.paint(String(chars[i..<j]), "33"); i = j
            } else if c.isLetter || c == "_" {
                var j = i
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" { j += 1 }
                let word = String(chars[i..<j])
                out += Self.keywords.contains(word) ? style.paint(word, "35") : word; i = j
            } else {
                out.append(c); i += 1
            }
        }
        return out
    }
}
