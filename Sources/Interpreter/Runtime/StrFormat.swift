extension PythonInterpreter {
    /// `template.format(*args, **kwargs)`.
    func strFormat(_ template: String, _ args: [Value], _ kwargs: [(name: String, value: Value)]) throws -> String {
        var out = ""
        var chars = Array(template)[...]
        var autoIndex = 0
        while let c = chars.popFirst() {
            if c == "}" {
                if chars.first == "}" { chars.removeFirst(); out.append("}"); continue }
                throw PythonError.valueError("Single '}' encountered in format string")
            }
            guard c == "{" else { out.append(c); continue }
            if chars.first == "{" { chars.removeFirst(); out.append("{"); continue }
            var field = "", depth = 0
            while let d = chars.popFirst() {
                if d == "{" { depth += 1 } else if d == "}" { if depth == 0 { break }; depth -= 1 }
                field.append(d)
                if chars.isEmpty && d != "}" { throw PythonError.valueError("expected '}' before end of string") }
            }
            var spec = "", conversion: Character? = nil
            if let colon = field.firstIndex(of: ":") { spec = String(field[field.index(after: colon)...]); field = String(field[..<colon]) }
            if let bang = field.firstIndex(of: "!") {
                conversion = field[field.index(after: bang)...].first
                field = String(field[..<bang])
            }
            if spec.contains("{") { spec = try strFormat(spec, args, kwargs) }
            var nameEnd = field.firstIndex { $0 == "." || $0 == "[" } ?? field.endIndex
            let head = String(field[..<nameEnd])
            var value: Value
            if head.isEmpty {
                guard autoIndex < args.count else { throw PythonError.indexError("Replacement index \(autoIndex) out of range for positional args tuple") }
                value = args[autoIndex]; autoIndex += 1
            } else if let i = Int(head) {
                guard i < args.count else { throw PythonError.indexError("Replacement index \(i) out of range for positional args tuple") }
                value = args[i]
            } else {
                guard let v = kwargs.first(where: { $0.name == head })?.value else { throw PythonError.keyError(.str(head)) }
                value = v
            }
            while nameEnd < field.endIndex {
                if field[nameEnd] == "." {
                    let start = field.index(after: nameEnd)
                    let end = field[start...].firstIndex { $0 == "." || $0 == "[" } ?? field.endIndex
                    value = try getAttribute(value, String(field[start..<end]))
                    nameEnd = end
                } else {
                    let start = field.index(after: nameEnd)
                    guard let close = field[start...].firstIndex(of: "]") else { throw PythonError.valueError("Missing ']' in format string") }
                    let key = String(field[start..<close])
                    value = try getItem(value, Int(key).map(Value.int) ?? .str(key))
                    nameEnd = field.index(after: close)
                }
            }
            if conversion == "r" { value = .str(try repr(value)) } else if conversion == "s" { value = .str(try str(value)) }
            out += try format(value, spec)
        }
        return out
    }
}
