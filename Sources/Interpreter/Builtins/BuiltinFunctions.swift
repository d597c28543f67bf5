import Foundation
import BigInt

extension PythonInterpreter {
    /// A fresh built-in namespace: a new dictionary per interpreter over shared, immutable objects.
    func makeBuiltins() -> [String: Value] { PythonInterpreter.sharedBuiltins }

    nonisolated(unsafe) static let sharedBuiltins: [String: Value] = scratchlessBuiltins()

    static func scratchlessBuiltins() -> [String: Value] {
        _ = PyTypes.installConstructors
        var b: [String: Value] = [:]
        func add(_ f: PyNativeFunction) { b[f.name] = .object(f) }
        for t in [PyTypes.int, PyTypes.float, PyTypes.str, PyTypes.bool, PyTypes.list, PyTypes.tuple, PyTypes.dict, PyTypes.set,
                  PyTypes.range, PyTypes.object, PyTypes.type, PyTypes.slice, PyTypes.property, PyTypes.staticmethod, PyTypes.classmethod] {
            b[t.name] = .object(t)
        }
        for e in PyTypes.allExceptions { b[e.name] = .object(e) }
        b["Ellipsis"] = .object(PyTypes.ellipsis)
        b["NotImplemented"] = .object(PyTypes.notImplemented)
        b["__name__"] = .str("builtins")

        add(PyNativeFunction("print", "*args, sep=' ', end='\\n', file=None, flush=False") { a in
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
        add(PyNativeFunction("abs", "x, /") { a in
            let v = a["x"]
            switch Number(v) {
            case .int(let i)?: return i == .min ? .bigInt(-BigInt(i)) : .int(abs(i))
            case .big(let b)?: return .bigInt(BigInt(b.magnitude))
            case .float(let d)?: return .float(abs(d))
            case nil:
                if case .object(let o) = v, let inst = o as? PyInstance, let r = try inst.callDunder("__abs__", [], a.interpreter) { return r }
                if case .object(let o) = v, let r = try? o.unaryOperation(.pos, a.interpreter), let d = try o.asDouble(), d >= 0 { return r }
                if case .object(let o) = v, (try? o.asDouble()) != nil { return try a.interpreter.unary(.neg, v) }
                throw PythonError.typeError("bad operand type for abs(): '\(v.typeName)'")
            }
        })
        add(PyNativeFunction("isinstance", "obj, class_or_tuple, /") { a in
            .bool(try PythonInterpreter.isInstance(a["obj"], a["class_or_tuple"], "isinstance"))
        })
        add(PyNativeFunction("issubclass", "cls, class_or_tuple, /") { a in
            guard case .object(let c as PyClass) = a["cls"] else { throw PythonError.typeError("issubclass() arg 1 must be a class") }
            return .bool(try PythonInterpreter.classMatches(c, a["class_or_tuple"], "issubclass"))
        })
        add(PyNativeFunction("hasattr", "obj, name, /") { a in
            do { _ = try a.interpreter.getAttribute(a["obj"], try a.string("name")); return .bool(true) }
            catch let e as PythonError where e.exception.cls.isSubclass(of: PyTypes.AttributeError) { return .bool(false) }
        })
        add(PyNativeFunction("getattr") { a in
            guard a.positional.count >= 2, case .str(let name) = a.positional[1] else {
                throw PythonError.typeError(a.positional.count < 2 ? "getattr expected at least 2 arguments, got \(a.positional.count)" : "attribute name must be string")
            }
            do { return try a.interpreter.getAttribute(a.positional[0], name) }
            catch let e as PythonError where e.exception.cls.isSubclass(of: PyTypes.AttributeError) && a.positional.count > 2 { return a.positional[2] }
        })
        add(PyNativeFunction("setattr", "obj, name, value, /") { a in
            try a.interpreter.setAttribute(a["obj"], try a.string("name"), a["value"]); return .none
        })
        add(PyNativeFunction("delattr", "obj, name, /") { a in
            guard case .object(let o) = a["obj"] else { throw PythonError.attributeError("cannot delete attribute") }
            try o.deleteAttribute(try a.string("name"), a.interpreter); return .none
        })
        add(PyNativeFunction("iter", "obj, /") { a in .object(try a.interpreter.makeIterator(a["obj"])) })
        add(PyNativeFunction("next") { a in
            guard let first = a.positional.first, case .object(let o) = first, let it = o as? PyIterator else {
                throw PythonError.typeError("'\(a.positional.first?.typeName ?? "NoneType")' object is not an iterator")
            }
            if let v = try it.next(a.interpreter) { return v }
            if a.positional.count > 1 { return a.positional[1] }
            throw PythonError(PyTypes.StopIteration, "")
        })
        add(PyNativeFunction("callable", "obj, /") { a in
            guard case .object(let o) = a["obj"] else { return .bool(false) }
            if o is PyFunction || o is PyNativeFunction || o is PyBoundMethod || o is PyClass { return .bool(true) }
            if let inst = o as? PyInstance { return .bool(inst.cls.lookup("__call__") != nil) }
            return .bool(o.pyClass.lookup("__call__") != nil)
        })
        add(PyNativeFunction("id", "obj, /") { a in
            if case .object(let o) = a["obj"] { return .int(ObjectIdentifier(o).hashValue & 0xffffffffffff) }
            if case .list(let o) = a["obj"] { return .int(ObjectIdentifier(o).hashValue & 0xffffffffffff) }
            if case .dict(let o) = a["obj"] { return .int(ObjectIdentifier(o).hashValue & 0xffffffffffff) }
            return .int(try DictKey.hashOf(a["obj"], a.interpreter) & 0xffffffffffff)
        })
        add(PyNativeFunction("hash", "obj, /") { a in .int(try DictKey.hashOf(a["obj"], a.interpreter)) })
        add(PyNativeFunction("chr", "i, /") { a in
            guard let s = Unicode.Scalar(UInt32(clamping: max(0, try a.int("i")))) else { throw PythonError.valueError("chr() arg not in range(0x110000)") }
            return .str(String(s))
        })
        add(PyNativeFunction("ord", "c, /") { a in
            let s = try a.string("c")
            guard s.unicodeScalars.count == 1 else {
                throw PythonError.typeError("ord() expected a character, but string of length \(s.unicodeScalars.count) found")
            }
            return .int(Int(s.unicodeScalars.first!.value))
        })
        add(PyNativeFunction("bin", "x, /") { a in .str(try a.interpreter.format(a["x"], "#b")) })
        add(PyNativeFunction("hex", "x, /") { a in .str(try a.interpreter.format(a["x"], "#x")) })
        add(PyNativeFunction("oct", "x, /") { a in .str(try a.interpreter.format(a["x"], "#o")) })
        add(PyNativeFunction("format", "value, format_spec='', /") { a in .str(try a.interpreter.format(a["value"], try a.string("format_spec"))) })
        add(PyNativeFunction("divmod", "a, b, /") { a in
            let i = a.interpreter
            return .tuple([try i.binary(.floorDiv, a["a"], a["b"]), try i.binary(.mod, a["a"], a["b"])])
        })
        add(PyNativeFunction("pow", "base, exp, mod=None") { a in
            let i = a.interpreter
            if a["mod"].isNone { return try i.binary(.pow, a["base"], a["exp"]) }
            guard let b = Number(a["base"]), let e = Number(a["exp"]), let m = Number(a["mod"]), !b.isFloat, !e.isFloat, !m.isFloat else {
                throw PythonError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
            }
            if m.big == 0 { throw PythonError.valueError("pow() 3rd argument cannot be 0") }
            return .bigInt(floorDivMod(b.big.power(e.big, modulus: m.big), m.big).1)
        })
        add(PyNativeFunction("round", "number, ndigits=None") { a in
            let v = a["number"]
            if case .int = v { return v }
            let d = try a.interpreter.toFloat(v)
            if a["ndigits"].isNone {
                if d.isNaN { throw PythonError.valueError("cannot convert float NaN to integer") }
                if d.isInfinite { throw PythonError(PyTypes.OverflowError, "cannot convert float infinity to integer") }
                return .bigInt(BigInt(d.rounded(.toNearestOrEven)))
            }
            let n = max(-400, min(400, try a.int("ndigits")))
            if !d.isFinite { return .float(d) }
            if n > 300 { return .float(d) }
            if n < 0 {
                let p = Foundation_pow(10, Double(-n))
                return .float((d / p).rounded(.toNearestOrEven) * p)
            }
            return .float(Double(String(format: "%.\(n)f", d)) ?? d)
        })
        PythonInterpreter.addIterationBuiltins(add)
        PythonInterpreter.addReflectionBuiltins(add)
        return b
    }

    static func isInstance(_ v: Value, _ spec: Value, _ fname: String) throws -> Bool {
        try classMatches(v.pyClass, spec, fname)
    }

    static func classMatches(_ c: PyClass, _ spec: Value, _ fname: String) throws -> Bool {
        switch spec {
        case .object(let o as PyClass): return c.isSubclass(of: o)
        case .tuple(let items): return try items.contains { try classMatches(c, $0, fname) }
        default: throw PythonError.typeError("\(fname)() arg 2 must be a type, a tuple of types, or a union")
        }
    }
}
