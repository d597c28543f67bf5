extension PyTypes {
    /// Installs the constructors of the built-in types once (`int(...)`, `list(...)`, …).
    static let installConstructors: Void = {
        int.constructor = { _, a in
            let i = a.interpreter
            if a.positional.isEmpty { return .int(0) }
            let base = try a.keywords.first { $0.name == "base" }.map { try i.requireInt($0.value) } ?? (a.positional.count > 1 ? try i.requireInt(a.positional[1]) : nil)
            if base != nil, case .str = a.positional[0] {} else if base != nil { throw PythonError.typeError("int() can't convert non-string with explicit base") }
            return try i.toInt(a.positional[0], base: base)
        }
        float.constructor = { _, a in
            guard let v = a.positional.first else { return .float(0) }
            return .float(try a.interpreter.toFloat(v))
        }
        str.constructor = { _, a in
            guard let v = a.positional.first else { return .str("") }
            return .str(try a.interpreter.str(v))
        }
        bool.constructor = { _, a in
            guard let v = a.positional.first else { return .bool(false) }
            return .bool(try a.interpreter.isTruthy(v))
        }
        list.constructor = { _, a in
            guard let v = a.positional.first else { return .list(PyList()) }
            return .list(PyList(try a.interpreter.iterateToArray(v)))
        }
        tuple.constructor = { _, a in
            guard let v = a.positional.first else { return .tuple([]) }
            return .tuple(try a.interpreter.iterateToArray(v))
        }
        set.constructor = { _, a in
            let s = PySet()
            if let v = a.positional.first { for item in try a.interpreter.iterateToArray(v) { try s.add(item, a.interpreter) } }
            return .object(s)
        }
        dict.constructor = { _, a in
            let d = PyDict()
            let interp = a.interpreter
            if let v = a.positional.first {
                if case .dict(let other) = v {
                    for (k, x) in other.pairs { try d.set(k, x, interp) }
                } else {
                    for (n, item) in try interp.iterateToArray(v).enumerated() {
                        let pair = try interp.iterateToArray(item)
                        guard pair.count == 2 else {
                            throw PythonError.valueError("dictionary update sequence element #\(n) has length \(pair.count); 2 is required")
                        }
                        try d.set(pair[0], pair[1], interp)
                    }
                }
            }
            for (k, x) in a.keywords { d.setString(k, x) }
            return .dict(d)
        }
        range.constructor = { _, a in
            let i = a.interpreter
            let p = try a.positional.map { try i.requireInt($0) }
            switch p.count {
            case 1: return .object(PyRange(0, p[0], 1))
            case 2: return .object(PyRange(p[0], p[1], 1))
            case 3:
                if p[2] == 0 { throw PythonError.valueError("range() arg 3 must not be zero") }
                return .object(PyRange(p[0], p[1], p[2]))
            case 0: throw PythonError.typeError("range expected at least 1 argument, got 0")
            default: throw PythonError.typeError("range expected at most 3 arguments, got \(p.count)")
            }
        }
        slice.constructor = { _, a in
            let p = a.positional
            switch p.count {
            case 1: return .object(PySlice(start: .none, stop: p[0], step: .none))
            case 2: return .object(PySlice(start: p[0], stop: p[1], step: .none))
            case 3: return .object(PySlice(start: p[0], stop: p[1], step: p[2]))
            default: throw PythonError.typeError("slice expected at least 1 argument, got 0")
            }
        }
        object.constructor = { cls, a in
            if cls === object { return .object(PyInstance(cls: object)) }
            return .object(PyInstance(cls: cls))
        }
        type.constructor = { _, a in
            if a.positional.count == 1 { return .object(a.positional[0].pyClass) }
            guard a.positional.count == 3, case .str(let name) = a.positional[0], case .dict(let ns) = a.positional[2] else {
                throw PythonError.typeError("type() takes 1 or 3 arguments")
            }
            let bases = try a.interpreter.iterateToArray(a.positional[1]).map { v -> PyClass in
                guard case .object(let c as PyClass) = v else { throw PythonError.typeError("bases must be types") }
                return c
            }
            var attributes: [String: Value] = [:]
            for (k, v) in ns.pairs { if case .str(let s) = k { attributes[s] = v } }
            return .object(PyClass(name: name, module: "__main__", bases: bases, attributes: attributes, frozen: false))
        }
        property.constructor = { _, a in
            guard let getter = a.positional.first else { throw PythonError.typeError("property() needs a getter") }
            let setter: Value? = a.positional.count > 1 ? a.positional[1] : nil
            return .object(
                PyProperty(
                    get: { receiver, interp in try interp.call(getter, Arguments([receiver], [], interp)) },
                    set: setter.map { s in { receiver, v, interp in _ = try interp.call(s, Arguments([receiver, v], [], interp)) } }))
        }
        staticmethod.constructor = { _, a in .object(PyStaticMethod(a.positional.first ?? .none)) }
        classmethod.constructor = { _, a in .object(PyClassMethod(a.positional.first ?? .none)) }
    }()
}
