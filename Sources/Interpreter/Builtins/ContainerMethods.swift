func selfList(_ a: Arguments) throws -> PyList {
    guard case .list(let l)? = a.positional.first else { throw PythonError.typeError("descriptor requires a 'list' object") }
    return l
}

func selfDict(_ a: Arguments) throws -> PyDict {
    guard case .dict(let d)? = a.positional.first else { throw PythonError.typeError("descriptor requires a 'dict' object") }
    return d
}

func selfSet(_ a: Arguments) throws -> PySet {
    guard case .object(let o as PySet)? = a.positional.first else { throw PythonError.typeError("descriptor requires a 'set' object") }
    return o
}

func argument(_ a: Arguments, _ i: Int, _ method: String, _ expected: Int) throws -> Value {
    guard a.positional.count > i else {
        throw PythonError.typeError("\(method)() takes exactly one argument (\(a.positional.count - 1) given)")
    }
    return a.positional[i]
}

nonisolated(unsafe) let listMethods: [PyNativeFunction] = [
    PyNativeFunction("append") { a in
        guard a.positional.count == 2 else { throw PythonError.typeError("list.append() takes exactly one argument (\(a.positional.count - 1) given)") }
        try selfList(a).items.append(a.positional[1]); return .none
    },
    PyNativeFunction("extend") { a in
        let l = try selfList(a)
        l.items.append(contentsOf: try a.interpreter.iterateToArray(try argument(a, 1, "list.extend", 1))); return .none
    },
    PyNativeFunction("insert", "self, index, object, /") { a in
        guard case .list(let l) = a["self"] else { return .none }
        var i = try a.int("index")
        if i < 0 { i = max(0, i + l.items.count) }
        l.items.insert(a["object"], at: min(i, l.items.count)); return .none
    },
    PyNativeFunction("remove") { a in
        let l = try selfList(a), x = try argument(a, 1, "list.remove", 1)
        guard let i = try l.items.firstIndex(where: { try a.interpreter.equals($0, x) }) else { throw PythonError.valueError("list.remove(x): x not in list") }
        l.items.remove(at: i); return .none
    },
    PyNativeFunction("pop", "self, index=-1, /") { a in
        guard case .list(let l) = a["self"] else { return .none }
        if l.items.isEmpty { throw PythonError.indexError("pop from empty list") }
        var i = try a.int("index")
        if i < 0 { i += l.items.count }
        guard i >= 0 && i < l.items.count else { throw PythonError.indexError("pop index out of range") }
        return l.items.remove(at: i)
    },
    PyNativeFunction("clear") { a in
        try selfList(a).items.removeAll(); return .none
    },
    PyNativeFunction("index") { a in
        let l = try selfList(a), x = try argument(a, 1, "list.index", 1)
        guard let i = try l.items.firstIndex(where: { try a.interpreter.equals($0, x) }) else {
            throw PythonError.valueError("\(try a.interpreter.repr(x)) is not in list")
        }
        return .int(i)
    },
    PyNativeFunction("count") { a in
        let l = try selfList(a), x = try argument(a, 1, "list.count", 1)
        return .int(try l.items.filter { try a.interpreter.equals($0, x) }.count)
    },
    PyNativeFunction("sort", "self, *, key=None, reverse=False") { a in
        guard case .list(let l) = a["self"] else { return .none }
        l.items = try a.interpreter.sortValues(l.items, key: a["key"], reverse: try a.interpreter.isTruthy(a["reverse"]))
        return .none
    },
    PyNativeFunction("reverse") { a in
        try selfList(a).items.reverse(); return .none
    },
    PyNativeFunction("copy") { a in .list(PyList(try selfList(a).items)) },
]

nonisolated(unsafe) let tupleMethods: [PyNativeFunction] = [
    PyNativeFunction("index", "self, value, /") { a in
        guard case .tuple(let t) = a["self"] else { return .none }
        guard let i = try t.firstIndex(where: { try a.interpreter.equals($0, a["value"]) }) else { throw PythonError.valueError("tuple.index(x): x not in tuple") }
        return .int(i)
    },
    PyNativeFunction("count", "self, value, /") { a in
        guard case .tuple(let t) = a["self"] else { return .none }
        return .int(try t.filter { try a.interpreter.equals($0, a["value"]) }.count)
    },
]

/// `dict.keys()`, `.values()`, `.items()`: live views with CPython's reprs.
final class PyDictView: PyObject {
    enum Kind: String { case keys = "dict_keys", values = "dict_values", items = "dict_items" }
    let dict: PyDict
    let kind: Kind
    init(_ dict: PyDict, _ kind: Kind) { self.dict = dict; self.kind = kind; super.init(); trackForCollection() }
    override func visitReferences(_ visitor: inout ReferenceVisitor) { visitor.visit(dict) }
    override var pyClass: PyClass { PyTypes.iterator }
    var items: [Value] {
        switch kind {
        case .keys: return dict.keys
        case .values: return dict.values
        case .items: return dict.pairs.map { .tuple([$0.key, $0.value]) }
        }
    }
    override func length(_ interp: PythonInterpreter) throws -> Int { dict.count }
    override func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator { ArrayIterator(items) }
    override func contains(_ item: Value, _ interp: PythonInterpreter) throws -> Bool {
        if kind == .keys { return try dict.get(item, interp) != nil }
        return try items.contains { try interp.equals($0, item) }
    }
    override func repr(_ interp: PythonInterpreter) throws -> String { "\(kind.rawValue)(\(try interp.repr(.list(PyList(items)))))" }
}

nonisolated(unsafe) let dictMethods: [PyNativeFunction] = [
    PyNativeFunction("keys") { a in .object(PyDictView(try selfDict(a), .keys)) },
    PyNativeFunction("values") { a in .object(PyDictView(try selfDict(a), .values)) },
    PyNativeFunction("items") { a in .object(PyDictView(try selfDict(a), .items)) },
    PyNativeFunction("get", "self, key, default=None, /") { a in
        guard case .dict(let d) = a["self"] else { return .none }
        return try d.get(a["key"], a.interpreter) ?? a["default"]
    },
    PyNativeFunction("pop") { a in
        let d = try selfDict(a), key = try argument(a, 1, "pop", 1)
        if let v = try d.remove(key, a.interpreter) { return v }
        if a.positional.count > 2 { return a.positional[2] }
        throw PythonError.keyError(key)
    },
    PyNativeFunction("popitem") { a in
        let d = try selfDict(a)
        guard let last = d.pairs.last else { throw PythonError(PyTypes.KeyError, "popitem(): dictionary is empty") }
        try d.remove(last.key, a.interpreter)
        return .tuple([last.key, last.value])
    },
    PyNativeFunction("setdefault", "self, key, default=None, /") { a in
        guard case .dict(let d) = a["self"] else { return .none }
        if let v = try d.get(a["key"], a.interpreter) { return v }
        try d.set(a["key"], a["default"], a.interpreter)
        return a["default"]
    },
    PyNativeFunction("update") { a in
        let d = try selfDict(a)
        if a.positional.count > 1 {
            let other = a.positional[1]
            if case .dict(let o) = other {
                for (k, v) in o.pairs { try d.set(k, v, a.interpreter) }
            } else {
                for item in try a.interpreter.iterateToArray(other) {
                    let pair = try a.interpreter.iterateToArray(item)
                    guard pair.count == 2 else { throw PythonError.valueError("dictionary update sequence element has length \(pair.count); 2 is required") }
                    try d.set(pair[0], pair[1], a.interpreter)
                }
            }
        }
        for (k, v) in a.keywords { d.setString(k, v) }
        return .none
    },
    PyNativeFunction("clear") { a in
        try selfDict(a).removeAll(); return .none
    },
    PyNativeFunction("copy") { a in .dict(try selfDict(a).copy()) },
]

nonisolated(unsafe) let setMethods: [PyNativeFunction] = [
    PyNativeFunction("add") { a in
        try selfSet(a).add(try argument(a, 1, "set.add", 1), a.interpreter); return .none
    },
    PyNativeFunction("remove") { a in
        let s = try selfSet(a), x = try argument(a, 1, "set.remove", 1)
        if try s.storage.remove(x, a.interpreter) == nil { throw PythonError.keyError(x) }
        return .none
    },
    PyNativeFunction("discard") { a in
        try selfSet(a).storage.remove(try argument(a, 1, "set.discard", 1), a.interpreter); return .none
    },
    PyNativeFunction("pop") { a in
        let s = try selfSet(a)
        guard let first = s.items.first else { throw PythonError(PyTypes.KeyError, "pop from an empty set") }
        try s.storage.remove(first, a.interpreter)
        return first
    },
    PyNativeFunction("clear") { a in
        try selfSet(a).storage.removeAll(); return .none
    },
    PyNativeFunction("copy") { a in
        let s = PySet(); s.storage = try selfSet(a).storage.copy(); return .object(s)
    },
    PyNativeFunction("update") { a in
        let s = try selfSet(a)
        for other in a.positional.dropFirst() { for v in try a.interpreter.iterateToArray(other) { try s.add(v, a.interpreter) } }
        return .none
    },
    PyNativeFunction("union") { a in try setCombine(a, .bitOr) },
    PyNativeFunction("intersection") { a in try setCombine(a, .bitAnd) },
    PyNativeFunction("difference") { a in try setCombine(a, .sub) },
    PyNativeFunction("symmetric_difference") { a in try setCombine(a, .bitXor) },
    PyNativeFunction("issubset") { a in
        let s = try selfSet(a), other = try argument(a, 1, "issubset", 1)
        return .bool(try s.items.allSatisfy { try a.interpreter.contains(other, $0) })
    },
    PyNativeFunction("issuperset") { a in
        let s = try selfSet(a), other = try argument(a, 1, "issuperset", 1)
        return .bool(try a.interpreter.iterateToArray(other).allSatisfy { try s.contains($0, a.interpreter) })
    },
]

func setCombine(_ a: Arguments, _ op: BinaryOp) throws -> Value {
    var result: Value = .object(try selfSet(a))
    for other in a.positional.dropFirst() {
        let s = PySet()
        for v in try a.interpreter.iterateToArray(other) { try s.add(v, a.interpreter) }
        result = try a.interpreter.binary(op, result, .object(s))
    }
    if a.positional.count == 1 { let s = PySet(); s.storage = try selfSet(a).storage.copy(); return .object(s) }
    return result
}

nonisolated(unsafe) let intMethods: [PyNativeFunction] = [
    PyNativeFunction("bit_length", "self") { a in
        switch Number(a["self"]) {
        case .int(let i)?: return .int(i == 0 ? 0 : Int.bitWidth - (i.magnitude).leadingZeroBitCount)
        case .big(let b)?: return .int(b.magnitude.bitWidth)
        default: return .int(0)
        }
    },
    PyNativeFunction("is_integer", "self") { _ in .bool(true) },
]

nonisolated(unsafe) let floatMethods: [PyNativeFunction] = [
    PyNativeFunction("is_integer", "self") { a in
        guard case .float(let d) = a["self"] else { return .bool(false) }
        return .bool(d.isFinite && d.rounded() == d)
    }
]

nonisolated(unsafe) let rangeMethods: [PyNativeFunction] = []

nonisolated(unsafe) let iteratorMethods: [PyNativeFunction] = [
    PyNativeFunction("__next__") { a in
        guard case .object(let o as PyIterator)? = a.positional.first else { throw PythonError.typeError("expected an iterator") }
        if let v = try o.next(a.interpreter) { return v }
        throw PythonError(PyTypes.StopIteration, "")
    },
    PyNativeFunction("__iter__") { a in a.positional.first ?? .none },
]
