extension PythonInterpreter {
    /// `print`, `len`, `repr` and the built-ins that ask about objects: `isinstance`,
    /// `issubclass`, `hasattr`/`getattr`/`setattr`/`delattr`, `iter`/`next`, `callable`, `id`, `hash`.
    static func addObjectBuiltins(_ add: (PyNativeFunction) -> Void) {
        add(
            PyNativeFunction("print", "*args, sep=' ', end='\\n', file=None, flush=False") { a in
                let i = a.interpreter
                let sep = a["sep"].isNone ? " " : try a.string("sep")
                let end = a["end"].isNone ? "\n" : try a.string("end")
                let text = try a.varArgs.map { try i.str($0) }.joined(separator: sep) + end
                if case .object(let o) = a["file"], let file = o as? PyFile { try file.write(text); return .none }
                try i.write(text)
                return .none
            })
        add(PyNativeFunction("len", "obj, /") { a in .int(try a.interpreter.length(a["obj"])) })
        add(PyNativeFunction("repr", "obj, /") { a in .str(try a.interpreter.repr(a["obj"])) })
        add(
            PyNativeFunction("isinstance", "obj, class_or_tuple, /") { a in
                .bool(try PythonInterpreter.isInstance(a["obj"], a["class_or_tuple"], "isinstance"))
            })
        add(
            PyNativeFunction("issubclass", "cls, class_or_tuple, /") { a in
                guard case .object(let c as PyClass) = a["cls"] else { throw PythonError.typeError("issubclass() arg 1 must be a class") }
                return .bool(try PythonInterpreter.classMatches(c, a["class_or_tuple"], "issubclass"))
            })
        add(
            PyNativeFunction("hasattr", "obj, name, /") { a in
                do { _ = try a.interpreter.getAttribute(a["obj"], try a.string("name")); return .bool(true) } catch let e as PythonError
                    where e.exception.cls.isSubclass(of: PyTypes.AttributeError)
                { return .bool(false) }
            })
        add(
            PyNativeFunction("getattr") { a in
                guard a.positional.count >= 2, case .str(let name) = a.positional[1] else {
                    throw PythonError.typeError(a.positional.count < 2 ? "getattr expected at least 2 arguments, got \(a.positional.count)" : "attribute name must be string")
                }
                do { return try a.interpreter.getAttribute(a.positional[0], name) } catch let e as PythonError
                    where e.exception.cls.isSubclass(of: PyTypes.AttributeError) && a.positional.count > 2
                { return a.positional[2] }
            })
        add(
            PyNativeFunction("setattr", "obj, name, value, /") { a in
                try a.interpreter.setAttribute(a["obj"], try a.string("name"), a["value"]); return .none
            })
        add(
            PyNativeFunction("delattr", "obj, name, /") { a in
                guard case .object(let o) = a["obj"] else { throw PythonError.attributeError("cannot delete attribute") }
                try o.deleteAttribute(try a.string("name"), a.interpreter); return .none
            })
        add(PyNativeFunction("iter", "obj, /") { a in .object(try a.interpreter.makeIterator(a["obj"])) })
        add(
            PyNativeFunction("next") { a in
                guard let first = a.positional.first, case .object(let o) = first, let it = o as? PyIterator else {
                    throw PythonError.typeError("'\(a.positional.first?.typeName ?? "NoneType")' object is not an iterator")
                }
                if let v = try it.next(a.interpreter) { return v }
                if a.positional.count > 1 { return a.positional[1] }
                throw PythonError(PyTypes.StopIteration, "")
            })
        add(
            PyNativeFunction("callable", "obj, /") { a in
                guard case .object(let o) = a["obj"] else { return .bool(false) }
                if o is PyFunction || o is PyNativeFunction || o is PyBoundMethod || o is PyClass { return .bool(true) }
                if let inst = o as? PyInstance { return .bool(inst.cls.lookup("__call__") != nil) }
                return .bool(o.pyClass.lookup("__call__") != nil)
            })
        add(
            PyNativeFunction("id", "obj, /") { a in
                if case .object(let o) = a["obj"] { return .int(ObjectIdentifier(o).hashValue & 0xffffffffffff) }
                if case .list(let o) = a["obj"] { return .int(ObjectIdentifier(o).hashValue & 0xffffffffffff) }
                if case .dict(let o) = a["obj"] { return .int(ObjectIdentifier(o).hashValue & 0xffffffffffff) }
                return .int(try DictKey.hashOf(a["obj"], a.interpreter) & 0xffffffffffff)
            })
        add(PyNativeFunction("hash", "obj, /") { a in .int(try DictKey.hashOf(a["obj"], a.interpreter)) })
    }
}
