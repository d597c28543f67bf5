extension PythonInterpreter {
    static func addReflectionBuiltins(_ add: (PyNativeFunction) -> Void) {
        add(
            PyNativeFunction("dir") { a in
                let i = a.interpreter
                guard let v = a.positional.first else { return .list(PyList(i.globalNames.map(Value.str))) }
                let names: [String]
                switch v {
                case .object(let o): names = o.attributeNames()
                default: names = v.pyClass.allAttributeNames()
                }
                return .list(PyList(Array(Set(names)).sorted().map(Value.str)))
            })
        add(PyNativeFunction("vars", "obj, /") { a in try a.interpreter.getAttribute(a["obj"], "__dict__") })
        add(
            PyNativeFunction("globals") { a in
                let d = PyDict()
                for n in a.interpreter.globalNames { if let v = a.interpreter.global(n) { d.setString(n, v) } }
                return .dict(d)
            })
        add(
            PyNativeFunction("help", "obj=None") { a in
                try a.interpreter.write(try a.interpreter.helpText(a["obj"]))
                return .none
            })
        add(
            PyNativeFunction("super") { a in
                guard a.positional.count == 2, case .object(let c as PyClass) = a.positional[0] else {
                    throw PythonError.runtimeError("super(): no arguments")
                }
                return .object(PySuper(owner: c, receiver: a.positional[1]))
            })
        add(
            PyNativeFunction("open", "file, mode='r', encoding=None, newline=None") { a in
                .object(try PyFile.open(path: try a.string("file"), mode: try a.string("mode"), interp: a.interpreter))
            })
        for name in ["exit", "quit"] {
            add(
                PyNativeFunction(name, "code=None") { a in
                    let e = PythonError(PyTypes.SystemExit, "")
                    e.exception.args = a["code"].isNone ? [] : [a["code"]]
                    throw e
                })
        }
        add(
            PyNativeFunction("input", "prompt=''") { _ in
                throw PythonError(PyTypes.OSError, "input() is not available here: this code runs without a keyboard")
            })
    }

    /// The text `help(obj)` prints: a heading and the docstring.
    func helpText(_ v: Value) throws -> String {
        switch v {
        case .none: return "Type help(object) to see the documentation of an object, e.g. help(print).\n"
        case .object(let f as PyFunction):
            let params = f.code.signature.params.map { p -> String in
                switch p.kind {
                case .varArgs: return "*" + p.name
                case .varKeywords: return "**" + p.name
                default: return p.name
                }
            }.joined(separator: ", ")
            return "Help on function \(f.name) in module __main__:\n\n\(f.name)(\(params))\n" + indentDoc(f.code.doc)
        case .object(let f as PyNativeFunction):
            return "Help on built-in function \(f.name):\n\n\(f.name)(...)\n" + indentDoc(f.doc)
        case .object(let m as PyBoundMethod):
            return try helpText(m.function)
        case .object(let c as PyClass):
            var out = "Help on class \(c.name):\n\nclass \(c.name)"
            if let base = c.bases.first, base !== PyTypes.object { out += "(\(base.qualifiedName))" }
            out += "\n" + indentDoc(c.doc)
            let methods = c.dict.keys.filter { !$0.hasPrefix("_") || $0 == "__init__" }.sorted()
            if !methods.isEmpty { out += " |\n |  Methods defined here:\n" + methods.map { " |  \($0)(...)\n" }.joined() }
            return out
        case .object(let m as PyModule):
            return "Help on module \(m.name):\n\nNAME\n    \(m.name)\n" + (m.doc.map { "\nDESCRIPTION\n" + indentDoc($0) } ?? "")
        default:
            return try helpText(.object(v.pyClass))
        }
    }

    func indentDoc(_ doc: String?) -> String {
        guard let doc, !doc.isEmpty else { return "" }
        let lines = doc.split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.map { "    " + $0.drop { $0 == " " } }
        return body.joined(separator: "\n") + "\n\n"
    }
}
