extension PythonInterpreter {
    /// The names a call of `callable` accepts as keyword arguments, in signature order (a REPL
    /// completes `model.fit(x, y, ep` to `epochs=` with them). Empty when the signature is unknown.
    ///
    ///     py.run("def f(a, b=1, *rest, c=2): pass")
    ///     py.keywordNames(of: py.global("f")!)     // ["a", "b", "c"]
    public func keywordNames(of callable: Value) -> [String] {
        let signature: Signature?
        switch callable {
        case .object(let f as PyFunction): signature = f.code.signature
        case .object(let f as PyNativeFunction): signature = f.signature
        case .object(let m as PyBoundMethod):
            let names = keywordNames(of: m.function)
            return names.first == "self" ? Array(names.dropFirst()) : names
        case .object(let c as PyClass):
            guard let initializer = c.lookup("__init__") else { return [] }
            let names = keywordNames(of: initializer)
            return names.first == "self" ? Array(names.dropFirst()) : names
        default: signature = nil
        }
        return signature?.params.filter { $0.kind == .normal || $0.kind == .keywordOnly }.map(\.name) ?? []
    }
}
