/// A fenced block's info string split into its first word, `key=value` attributes and bare
/// flags: `mistake id=a message="use \"relu\""` gives kind `mistake`, `id` = `a` and
/// `message` = `use "relu"`.
struct InfoString: Equatable {
    /// The first word (the cell kind).
    var kind: String
    /// `key=value` pairs; quoted values lose their quotes, `\"` and `\\` are unescaped.
    var attributes: [String: String] = [:]
    /// Keys given more than once, in order.
    var repeatedKeys: [String] = []
    /// Bare words after the kind, such as `slow`.
    var flags: [String] = []

    /// Why an info string could not be split.
    enum Problem: Error, Equatable {
        case unclosedQuote(key: String)
        case emptyKey
    }

    /// Splits `text`; throws on an unclosed quote or `=value` without a key.
    init(_ text: String) throws(Problem) {
        var words: [(key: String?, value: String)] = []
        var index = text.startIndex
        func skipSpaces() { while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) } }
        skipSpaces()
        while index < text.endIndex {
            var word = ""
            while index < text.endIndex, !text[index].isWhitespace, text[index] != "=" {
                word.append(text[index]); index = text.index(after: index)
            }
            guard index < text.endIndex, text[index] == "=" else { words.append((nil, word)); skipSpaces(); continue }
            if word.isEmpty { throw .emptyKey }
            index = text.index(after: index)
            var value = ""
            if index < text.endIndex, text[index] == "\"" {
                index = text.index(after: index)
                var closed = false
                while index < text.endIndex {
                    let c = text[index]
                    index = text.index(after: index)
                    if c == "\"" { closed = true; break }
                    if c == "\\", index < text.endIndex, text[index] == "\"" || text[index] == "\\" {
                        value.append(text[index]); index = text.index(after: index)
                    } else {
                        value.append(c)
                    }
                }
                if !closed { throw .unclosedQuote(key: word) }
            } else {
                while index < text.endIndex, !text[index].isWhitespace { value.append(text[index]); index = text.index(after: index) }
            }
            words.append((word, value))
            skipSpaces()
        }
        kind = words.first.map { $0.key == nil ? $0.value : "" } ?? ""
        for (offset, word) in words.enumerated() {
            guard let key = word.key else {
                if offset > 0 { flags.append(word.value) }
                continue
            }
            if attributes[key] != nil { repeatedKeys.append(key) }
            attributes[key] = word.value
        }
    }
}
