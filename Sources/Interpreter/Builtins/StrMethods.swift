func selfString(_ a: BoundArguments) throws -> String {
    guard case .str(let s) = a["self"] else { throw PythonError.typeError("descriptor requires a 'str' object") }
    return s
}

func splitWhitespace(_ s: String, maxSplit: Int) -> [Value] {
    var out: [Value] = []
    var current = ""
    var scalars = Substring(s).unicodeScalars[...]
    while let c = scalars.first {
        if c.properties.isWhitespace {
            if !current.isEmpty {
                out.append(.str(current)); current = ""
                if maxSplit >= 0 && out.count == maxSplit {
                    let rest = String(String.UnicodeScalarView(scalars.drop { $0.properties.isWhitespace }))
                    if !rest.isEmpty { out.append(.str(rest)) }
                    return out
                }
            }
        } else {
            current.unicodeScalars.append(c)
        }
        scalars = scalars.dropFirst()
    }
    if !current.isEmpty { out.append(.str(current)) }
    return out
}

func splitSeparator(_ s: String, _ sep: String, maxSplit: Int) throws -> [String] {
    if sep.isEmpty { throw PythonError.valueError("empty separator") }
    var parts: [String] = []
    var rest = Substring(s)
    while maxSplit < 0 || parts.count < maxSplit, let r = rest.range(of: sep) {
        parts.append(String(rest[..<r.lowerBound]))
        rest = rest[r.upperBound...]
    }
    parts.append(String(rest))
    return parts
}

func stripChars(_ s: String, _ chars: Value, left: Bool, right: Bool) throws -> String {
    let set: Set<Unicode.Scalar>?
    switch chars {
    case .none: set = nil
    case .str(let c): set = Set(c.unicodeScalars)
    default: throw PythonError.typeError("strip arg must be None or str")
    }
    var scalars = Array(s.unicodeScalars)[...]
    func drop(_ c: Unicode.Scalar) -> Bool { set?.contains(c) ?? c.properties.isWhitespace }
    if left { while let f = scalars.first, drop(f) { scalars = scalars.dropFirst() } }
    if right { while let l = scalars.last, drop(l) { scalars = scalars.dropLast() } }
    return String(String.UnicodeScalarView(scalars))
}

func affixMatches(_ s: String, _ affix: Value, prefix: Bool, _ name: String) throws -> Bool {
    switch affix {
    case .str(let p): return prefix ? s.hasPrefix(p) || p.isEmpty : s.hasSuffix(p) || p.isEmpty
    case .tuple(let items): return try items.contains { try affixMatches(s, $0, prefix: prefix, name) }
    default: throw PythonError.typeError("\(name) first arg must be str or a tuple of str, not \(affix.typeName)")
    }
}

func scalarFind(_ s: String, _ sub: String, reverse: Bool) -> Int? {
    let hay = Array(s.unicodeScalars), needle = Array(sub.unicodeScalars)
    if needle.count > hay.count { return nil }
    let range = Array(0...(hay.count - needle.count))
    for i in reverse ? range.reversed() : range where Array(hay[i..<i + needle.count]) == needle { return i }
    return nil
}

nonisolated(unsafe) let strMethods: [PyNativeFunction] = [
    PyNativeFunction("upper", "self") { a in .str(try selfString(a).uppercased()) },
    PyNativeFunction("lower", "self") { a in .str(try selfString(a).lowercased()) },
    PyNativeFunction("casefold", "self") { a in .str(try selfString(a).lowercased()) },
    PyNativeFunction("title", "self") { a in
        var out = "", previousLetter = false
        for c in try selfString(a) {
            out += previousLetter ? c.lowercased() : c.uppercased()
            previousLetter = c.isLetter
        }
        return .str(out)
    },
    PyNativeFunction("capitalize", "self") { a in
        let s = try selfString(a)
        return .str(s.prefix(1).uppercased() + s.dropFirst().lowercased())
    },
    PyNativeFunction("swapcase", "self") { a in
        .str(String(try selfString(a).map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
    },
    PyNativeFunction("strip", "self, chars=None, /") { a in .str(try stripChars(try selfString(a), a["chars"], left: true, right: true)) },
    PyNativeFunction("lstrip", "self, chars=None, /") { a in .str(try stripChars(try selfString(a), a["chars"], left: true, right: false)) },
    PyNativeFunction("rstrip", "self, chars=None, /") { a in .str(try stripChars(try selfString(a), a["chars"], left: false, right: true)) },
    PyNativeFunction("split", "self, sep=None, maxsplit=-1") { a in
        let s = try selfString(a), n = try a.int("maxsplit")
        if a["sep"].isNone { return .list(PyList(splitWhitespace(s, maxSplit: n))) }
        return .list(PyList(try splitSeparator(s, try a.string("sep"), maxSplit: n).map(Value.str)))
    },
    PyNativeFunction("rsplit", "self, sep=None, maxsplit=-1") { a in
        let s = try selfString(a), n = try a.int("maxsplit")
        if n < 0 {
            if a["sep"].isNone { return .list(PyList(splitWhitespace(s, maxSplit: -1))) }
            return .list(PyList(try splitSeparator(s, try a.string("sep"), maxSplit: -1).map(Value.str)))
        }
        let sep = a["sep"].isNone ? " " : try a.string("sep")
        let reversedParts = try splitSeparator(String(s.reversed()), String(sep.reversed()), maxSplit: n)
        return .list(PyList(reversedParts.reversed().map { .str(String($0.reversed())) }))
    },
    PyNativeFunction("splitlines", "self, keepends=False") { a in
        let s = try selfString(a)
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        if s.hasSuffix("\n") { lines.removeLast() }
        return .list(PyList(lines.map { .str($0.hasSuffix("\r") ? String($0.dropLast()) : $0) }))
    },
    PyNativeFunction("join", "self, iterable, /") { a in
        let sep = try selfString(a)
        let parts = try a.interpreter.iterateToArray(a["iterable"]).enumerated().map { (i, v) -> String in
            guard case .str(let s) = v else { throw PythonError.typeError("sequence item \(i): expected str instance, \(v.typeName) found") }
            return s
        }
        return .str(parts.joined(separator: sep))
    },
    PyNativeFunction("replace", "self, old, new, count=-1, /") { a in
        let s = try selfString(a), old = try a.string("old"), new = try a.string("new"), count = try a.int("count")
        if count < 0 { return .str(old.isEmpty ? new + s.map { String($0) + new }.joined() : s.replacingOccurrences(of: old, with: new)) }
        return .str(try splitSeparator(s, old, maxSplit: count).joined(separator: new))
    },
    PyNativeFunction("startswith", "self, prefix, /") { a in .bool(try affixMatches(try selfString(a), a["prefix"], prefix: true, "startswith")) },
    PyNativeFunction("endswith", "self, suffix, /") { a in .bool(try affixMatches(try selfString(a), a["suffix"], prefix: false, "endswith")) },
    PyNativeFunction("find", "self, sub, /") { a in .int(scalarFind(try selfString(a), try a.string("sub"), reverse: false) ?? -1) },
    PyNativeFunction("rfind", "self, sub, /") { a in .int(scalarFind(try selfString(a), try a.string("sub"), reverse: true) ?? -1) },
    PyNativeFunction("index", "self, sub, /") { a in
        guard let i = scalarFind(try selfString(a), try a.string("sub"), reverse: false) else { throw PythonError.valueError("substring not found") }
        return .int(i)
    },
    PyNativeFunction("rindex", "self, sub, /") { a in
        guard let i = scalarFind(try selfString(a), try a.string("sub"), reverse: true) else { throw PythonError.valueError("substring not found") }
        return .int(i)
    },
    PyNativeFunction("count", "self, sub, /") { a in
        let s = try selfString(a), sub = try a.string("sub")
        if sub.isEmpty { return .int(s.unicodeScalars.count + 1) }
        return .int(try splitSeparator(s, sub, maxSplit: -1).count - 1)
    },
    PyNativeFunction("removeprefix", "self, prefix, /") { a in
        let s = try selfString(a), p = try a.string("prefix")
        return .str(s.hasPrefix(p) ? String(s.dropFirst(p.count)) : s)
    },
    PyNativeFunction("removesuffix", "self, suffix, /") { a in
        let s = try selfString(a), p = try a.string("suffix")
        return .str(s.hasSuffix(p) && !p.isEmpty ? String(s.dropLast(p.count)) : s)
    },
    PyNativeFunction("partition", "self, sep, /") { a in
        let s = try selfString(a), sep = try a.string("sep")
        guard let r = s.range(of: sep) else { return .tuple([.str(s), "", ""]) }
        return .tuple([.str(String(s[..<r.lowerBound])), .str(sep), .str(String(s[r.upperBound...]))])
    },
    PyNativeFunction("zfill", "self, width, /") { a in
        let s = try selfString(a), w = try a.int("width")
        let sign = s.hasPrefix("-") || s.hasPrefix("+") ? String(s.first!) : ""
        let body = sign.isEmpty ? s : String(s.dropFirst())
        return .str(sign + String(repeating: "0", count: max(0, w - s.count)) + body)
    },
    PyNativeFunction("center", "self, width, fillchar=' ', /") { a in .str(try a.interpreter.format(a["self"], "\(try a.string("fillchar"))^\(try a.int("width"))")) },
    PyNativeFunction("ljust", "self, width, fillchar=' ', /") { a in .str(try a.interpreter.format(a["self"], "\(try a.string("fillchar"))<\(try a.int("width"))")) },
    PyNativeFunction("rjust", "self, width, fillchar=' ', /") { a in .str(try a.interpreter.format(a["self"], "\(try a.string("fillchar"))>\(try a.int("width"))")) },
    PyNativeFunction("isdigit", "self") { a in
        let s = try selfString(a); return .bool(!s.isEmpty && s.allSatisfy { $0.isNumber })
    },
    PyNativeFunction("isnumeric", "self") { a in
        let s = try selfString(a); return .bool(!s.isEmpty && s.allSatisfy { $0.isNumber })
    },
    PyNativeFunction("isdecimal", "self") { a in
        let s = try selfString(a); return .bool(!s.isEmpty && s.allSatisfy { $0.isNumber })
    },
    PyNativeFunction("isalpha", "self") { a in
        let s = try selfString(a); return .bool(!s.isEmpty && s.allSatisfy { $0.isLetter })
    },
    PyNativeFunction("isalnum", "self") { a in
        let s = try selfString(a); return .bool(!s.isEmpty && s.allSatisfy { $0.isLetter || $0.isNumber })
    },
    PyNativeFunction("isspace", "self") { a in
        let s = try selfString(a); return .bool(!s.isEmpty && s.allSatisfy { $0.isWhitespace })
    },
    PyNativeFunction("isupper", "self") { a in
        let s = try selfString(a); return .bool(s.contains { $0.isLetter } && !s.contains { $0.isLowercase })
    },
    PyNativeFunction("islower", "self") { a in
        let s = try selfString(a); return .bool(s.contains { $0.isLetter } && !s.contains { $0.isUppercase })
    },
    PyNativeFunction("isidentifier", "self") { a in
        let s = try selfString(a)
        return .bool(!s.isEmpty && Lexer.isIdentStart(s.unicodeScalars.first!) && s.unicodeScalars.allSatisfy(Lexer.isIdentContinue))
    },
    PyNativeFunction("format") { a in
        guard case .str(let s)? = a.positional.first else { throw PythonError.typeError("descriptor 'format' requires a 'str' object") }
        return .str(try a.interpreter.strFormat(s, Array(a.positional.dropFirst()), a.keywords))
    },
    PyNativeFunction("encode", "self, encoding='utf-8'") { a in .str(try selfString(a)) },
]
