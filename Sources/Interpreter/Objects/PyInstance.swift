/// An instance of a class defined in Python (or of a native class that Python subclassed).
/// Attributes live in `attributes`; dunder methods in the class drive the protocol.
open class PyInstance: PyObject {
    /// The instance's class.
    public let cls: PyClass
    /// The instance `__dict__`; native code may inject values (`self.model`).
    @exclusivity(unchecked) public var attributes: [String: Value] = [:]

    /// Creates a bare instance of `cls` without calling `__init__`.
    public init(cls: PyClass) { self.cls = cls; super.init(); trackForCollection() }

    /// Reports the class and the attributes; subclasses holding more references add theirs.
    override open func visitReferences(_ visitor: inout ReferenceVisitor) {
        visitor.visit(cls)
        visitor.visit(all: attributes.values)
    }
    /// Drops the attributes; subclasses holding more references drop theirs too.
    override open func clearReferences() { attributes = [:] }

    override open var pyClass: PyClass { cls }

    /// Calls the dunder method `name` if the class defines one; `nil` otherwise.
    public func callDunder(_ name: String, _ args: [Value], _ interp: PythonInterpreter) throws -> Value? {
        guard let f = cls.lookup(name) else { return nil }
        return try interp.call(f, Arguments([.object(self)] + args, [], interp))
    }

    override open func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        if let v = attributes[name] { return v }
        if name == "__class__" { return .object(cls) }
        if name == "__dict__" { let d = PyDict(); for (k, v) in attributes { d.setString(k, v) }; return .dict(d) }
        if let v = try cls.lookupBound(name, on: .object(self), interp) { return v }
        if let g = cls.lookup("__getattr__") {
            return try interp.call(g, Arguments([.object(self), .str(name)], [], interp))
        }
        throw attributeError(name)
    }

    override open func setAttribute(_ name: String, _ value: Value, _ interp: PythonInterpreter) throws {
        if case .object(let o)? = cls.lookup(name), let p = o as? PyProperty {
            guard let setter = p.setter else { throw PythonError.attributeError("property '\(name)' of '\(typeName)' object has no setter") }
            try setter(.object(self), value, interp); return
        }
        attributes[name] = value
    }

    override open func deleteAttribute(_ name: String, _ interp: PythonInterpreter) throws {
        if attributes.removeValue(forKey: name) == nil { throw attributeError(name) }
    }

    override open func attributeNames() -> [String] { Array(attributes.keys) + cls.allAttributeNames() }

    override open func call(_ args: Arguments) throws -> Value {
        guard let f = cls.lookup("__call__") else { return try super.call(args) }
        return try args.interpreter.call(f, Arguments([.object(self)] + args.positional, args.keywords, args.interpreter))
    }

    override open func getItem(_ key: Value, _ interp: PythonInterpreter) throws -> Value {
        if let v = try callDunder("__getitem__", [key], interp) { return v }
        return try super.getItem(key, interp)
    }

    override open func setItem(_ key: Value, _ value: Value, _ interp: PythonInterpreter) throws {
        if try callDunder("__setitem__", [key, value], interp) == nil { try super.setItem(key, value, interp) }
    }

    override open func deleteItem(_ key: Value, _ interp: PythonInterpreter) throws {
        if try callDunder("__delitem__", [key], interp) == nil { try super.deleteItem(key, interp) }
    }

    override open func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator {
        if let it = try callDunder("__iter__", [], interp) {
            if case .object(let o) = it, let native = o as? PyIterator { return native }
            guard let next = try? interp.getAttribute(it, "__next__") else {
                throw PythonError.typeError("iter() returned non-iterator of type '\(it.typeName)'")
            }
            return ClosureIterator { interp in
                do { return try interp.call(next, Arguments([], [], interp)) } catch let e as PythonError where e.exception.cls.isSubclass(of: PyTypes.StopIteration) { return nil }
            }
        }
        if cls.lookup("__getitem__") != nil {
            var i = 0
            return ClosureIterator { [self] interp in
                do { defer { i += 1 }; return try getItem(.int(i), interp) } catch let e as PythonError where e.exception.cls.isSubclass(of: PyTypes.IndexError) { return nil }
            }
        }
        return try super.makeIterator(interp)
    }

    override open func length(_ interp: PythonInterpreter) throws -> Int {
        guard let v = try callDunder("__len__", [], interp) else { return try super.length(interp) }
        guard case .int(let n) = v else { throw PythonError.typeError("'\(v.typeName)' object cannot be interpreted as an integer") }
        if n < 0 { throw PythonError.valueError("__len__() should return >= 0") }
        return n
    }

    override open func isTruthy(_ interp: PythonInterpreter) throws -> Bool {
        if let v = try callDunder("__bool__", [], interp) {
            guard case .bool(let b) = v else { throw PythonError.typeError("__bool__ should return bool, returned \(v.typeName)") }
            return b
        }
        if cls.lookup("__len__") != nil { return try length(interp) != 0 }
        return true
    }

    override open func contains(_ item: Value, _ interp: PythonInterpreter) throws -> Bool {
        if let v = try callDunder("__contains__", [item], interp) { return try interp.isTruthy(v) }
        return try super.contains(item, interp)
    }

    static let binaryNames: [BinaryOp: String] = [
        .add: "add", .sub: "sub", .mul: "mul", .div: "truediv", .floorDiv: "floordiv", .mod: "mod", .pow: "pow",
        .matMul: "matmul", .lshift: "lshift", .rshift: "rshift", .bitAnd: "and", .bitOr: "or", .bitXor: "xor",
    ]

    override open func binaryOperation(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: PythonInterpreter) throws -> Value? {
        let name = "__\(reflected ? "r" : "")\(PyInstance.binaryNames[op]!)__"
        guard let v = try callDunder(name, [other], interp) else { return nil }
        if case .object(let o) = v, o === PyTypes.notImplemented { return nil }
        return v
    }

    override open func inPlaceOperation(_ op: BinaryOp, _ other: Value, _ interp: PythonInterpreter) throws -> Value? {
        guard let v = try callDunder("__i\(PyInstance.binaryNames[op]!)__", [other], interp) else { return nil }
        if case .object(let o) = v, o === PyTypes.notImplemented { return nil }
        return v
    }

    override open func unaryOperation(_ op: UnaryOp, _ interp: PythonInterpreter) throws -> Value {
        let name = op == .neg ? "__neg__" : op == .pos ? "__pos__" : "__invert__"
        if let v = try callDunder(name, [], interp) { return v }
        return try super.unaryOperation(op, interp)
    }

    static let compareNames: [CompareOp: String] = [.eq: "__eq__", .ne: "__ne__", .lt: "__lt__", .le: "__le__", .gt: "__gt__", .ge: "__ge__"]

    override open func compare(_ op: CompareOp, _ other: Value, _ interp: PythonInterpreter) throws -> Value? {
        if let name = PyInstance.compareNames[op], let v = try callDunder(name, [other], interp) {
            if case .object(let o) = v, o === PyTypes.notImplemented { return nil }
            return v
        }
        if op == .ne, let v = try callDunder("__eq__", [other], interp) {
            if case .object(let o) = v, o === PyTypes.notImplemented { return nil }
            return .bool(!(try interp.isTruthy(v)))
        }
        return try super.compare(op, other, interp)
    }

    override open func hashValue(_ interp: PythonInterpreter) throws -> Int {
        if let v = try callDunder("__hash__", [], interp), case .int(let h) = v { return h }
        if cls.lookup("__eq__") != nil && cls.lookup("__hash__") == nil { throw PythonError.typeError("unhashable type: '\(typeName)'") }
        return ObjectIdentifier(self).hashValue
    }

    override open func repr(_ interp: PythonInterpreter) throws -> String {
        if let v = try callDunder("__repr__", [], interp) {
            guard case .str(let s) = v else { throw PythonError.typeError("__repr__ returned non-string (type \(v.typeName))") }
            return s
        }
        return
            "<\(cls.module.map { $0 == "builtins" ? "" : $0 + "." } ?? "__main__.")\(cls.name) object at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue) & 0xffffffffffff, radix: 16))>"
    }

    override open func str(_ interp: PythonInterpreter) throws -> String {
        if let v = try callDunder("__str__", [], interp) {
            guard case .str(let s) = v else { throw PythonError.typeError("__str__ returned non-string (type \(v.typeName))") }
            return s
        }
        return try repr(interp)
    }
}
