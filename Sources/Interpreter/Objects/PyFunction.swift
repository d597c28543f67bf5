/// A function defined in Python (`def` or `lambda`).
public final class PyFunction: PyObject {
    let code: CodeObject
    let globals: Globals
    let closure: [PyCell]
    var defaults: [Value?]
    var hasDefaults: Bool
    /// The class whose body defined this function, for zero-argument `super()`.
    var ownerClass: PyClass?
    var qualifiedName: String
    var attributes: [String: Value] = [:]

    init(code: CodeObject, globals: Globals, closure: [PyCell], defaults: [Value?], qualifiedName: String) {
        self.code = code
        self.globals = globals
        self.closure = closure
        self.defaults = defaults
        self.hasDefaults = defaults.contains { $0 != nil }
        self.qualifiedName = qualifiedName
        super.init()
        trackForCollection()
    }

    override public func visitReferences(_ visitor: inout ReferenceVisitor) {
        visitor.visit(globals)
        for cell in closure { visitor.visit(cell) }
        for case let value? in defaults { visitor.visit(value) }
        visitor.visit(ownerClass)
        visitor.visit(all: attributes.values)
    }
    override public func clearReferences() {
        defaults = defaults.map { _ in nil }
        hasDefaults = false
        ownerClass = nil
        attributes = [:]
    }

    override public var pyClass: PyClass { PyTypes.function }

    /// `__name__`.
    public var name: String { code.name }

    override public func call(_ args: Arguments) throws -> Value {
        let interp = args.interpreter
        let frame = Frame(code: code, globals: globals, interp: interp, closure: closure)
        if code.isSimple && args.keywords.isEmpty && args.positional.count == code.signature.params.count {
            for (i, v) in args.positional.enumerated() { frame.slots[i] = v }
        } else {
            let bound = try code.signature.bind(args, function: qualifiedName, defaults: defaults)
            for (i, v) in bound.enumerated() { frame.slots[i] = v }
        }
        return try run(frame)
    }

    /// Runs a frame whose parameter slots are filled.
    func run(_ frame: Frame) throws -> Value {
        let interp = frame.interp
        frame.function = self
        for pc in code.parameterCells { frame.cells[pc.cell].value = frame.slots[pc.slot] }
        try interp.countStep()
        interp.counters[0] &+= 1
        defer { interp.counters[0] &-= 1 }
        if interp.counters[0] > interp.recursionLimit {
            throw PythonError(PyTypes.RecursionError, "maximum recursion depth exceeded")
        }
        do {
            _ = try code.body.exec(frame)
        } catch let error as PythonError {
            error.exception.leaveFrame(file: code.file, function: code.name, fallback: code.body.span)
            throw error
        }
        return frame.returnValue
    }

    override public func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        switch name {
        case "__name__": return .str(code.name)
        case "__qualname__": return .str(qualifiedName)
        case "__doc__": return code.doc.map(Value.str) ?? .none
        default:
            if let v = attributes[name] { return v }
            return try super.getAttribute(name, interp)
        }
    }

    override public func setAttribute(_ name: String, _ value: Value, _ interp: PythonInterpreter) throws {
        attributes[name] = value
    }

    override public func repr(_ interp: PythonInterpreter) throws -> String {
        "<function \(qualifiedName) at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue) & 0xffffffffffff, radix: 16))>"
    }
}

extension PyExceptionObject {
    /// Records the innermost location in the frame being executed, if none was recorded yet.
    func note(_ span: Span) { if pendingSpan == nil { pendingSpan = span } }

    /// Called as the exception leaves a frame: appends that frame's traceback line.
    func leaveFrame(file: String, function: String, fallback: Span) {
        traceback.append(TraceEntry(file: file, span: pendingSpan ?? fallback, function: function))
        pendingSpan = nil
    }
}
