/// One line of a traceback: which file or cell, where, and in which function.
public struct TraceEntry: Sendable {
    /// The cell or file name, e.g. `<exercise predict-19>`.
    public var file: String
    /// Where in that source.
    public var span: Span
    /// `<module>` or the function's name.
    public var function: String
}

/// A Python exception instance (`BaseException` and subclasses, including Python-defined ones).
public final class PyExceptionObject: PyInstance {
    /// `args`, as passed to the constructor.
    public var args: [Value] = []
    /// Innermost frame last, as CPython prints it.
    public var traceback: [TraceEntry] = []
    /// Location inside the current frame, set by the innermost expression that saw the error.
    var pendingSpan: Span?
    /// Set for limits (budget, deadline, interrupt, output cap) so learner `except` cannot swallow them.
    public var isUncatchable = false
    /// `raise X from Y`.
    public var cause: PyExceptionObject?
    /// The exception being handled when this one was raised.
    public var context: PyExceptionObject?

    override public func visitReferences(_ visitor: inout ReferenceVisitor) {
        super.visitReferences(&visitor)
        visitor.visit(all: args)
        visitor.visit(cause)
        visitor.visit(context)
    }
    override public func clearReferences() {
        super.clearReferences()
        args = []
        cause = nil
        context = nil
    }

    /// The exception message as `str(exc)` shows it.
    public var message: String {
        if args.count == 1, case .str(let s) = args[0] { return s }
        if args.isEmpty { return "" }
        if args.count == 1 { return (try? PythonInterpreter.scratch.str(args[0])) ?? "" }
        return (try? PythonInterpreter.scratch.repr(.tuple(args))) ?? ""
    }

    override public func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        if name == "args" { return .tuple(args) }
        if name == "__cause__" { return cause.map { .object($0) } ?? .none }
        return try super.getAttribute(name, interp)
    }

    override public func str(_ interp: PythonInterpreter) throws -> String {
        if cls.lookup("__str__").map({
            if case .object(let o) = $0 { return !(o is PyNativeFunction) }; return true
        }) == true {
            return try super.str(interp)
        }
        if cls.isSubclass(of: PyTypes.KeyError), args.count == 1 { return try interp.repr(args[0]) }
        if args.count == 1 { return try interp.str(args[0]) }
        return args.isEmpty ? "" : try interp.repr(.tuple(args))
    }

    override public func repr(_ interp: PythonInterpreter) throws -> String {
        if let v = try callDunder("__repr__", [], interp), case .str(let s) = v,
            cls.lookup("__repr__").map({
                if case .object(let o) = $0 { return !(o is PyNativeFunction) }; return true
            }) == true
        {
            return s
        }
        let inner = args.count == 1 ? try interp.repr(args[0]) : try args.map { try interp.repr($0) }.joined(separator: ", ")
        return "\(cls.name)(\(inner))"
    }
}

/// A Python exception travelling through Swift code. Throw one from native code to raise in Python.
///
///     throw PythonError.valueError("units must be positive, got \(n)")
public struct PythonError: Error, @unchecked Sendable, CustomStringConvertible {
    /// The exception instance.
    public let exception: PyExceptionObject

    /// Wraps an existing exception instance.
    public init(_ exception: PyExceptionObject) { self.exception = exception }

    /// An exception of class `cls` with a message.
    public init(_ cls: PyClass, _ message: String) {
        let e = cls.instanceFactory.map { $0(cls) } as? PyExceptionObject ?? PyExceptionObject(cls: cls)
        e.args = [.str(message)]
        exception = e
    }

    /// `ClassName: message`.
    public var description: String {
        let m = exception.message
        return m.isEmpty ? exception.cls.name : "\(exception.cls.name): \(m)"
    }

    /// `TypeError(message)`.
    public static func typeError(_ m: String) -> PythonError { PythonError(PyTypes.TypeError, m) }
    /// `ValueError(message)`.
    public static func valueError(_ m: String) -> PythonError { PythonError(PyTypes.ValueError, m) }
    /// `AttributeError(message)`.
    public static func attributeError(_ m: String) -> PythonError { PythonError(PyTypes.AttributeError, m) }
    /// `IndexError(message)`.
    public static func indexError(_ m: String) -> PythonError { PythonError(PyTypes.IndexError, m) }
    /// `KeyError(key)`.
    public static func keyError(_ key: Value) -> PythonError {
        let e = PythonError(PyTypes.KeyError, "")
        e.exception.args = [key]
        return e
    }
    /// `NameError(message)`.
    public static func nameError(_ m: String) -> PythonError { PythonError(PyTypes.NameError, m) }
    /// `ZeroDivisionError(message)`.
    public static func zeroDivision(_ m: String) -> PythonError { PythonError(PyTypes.ZeroDivisionError, m) }
    /// `RuntimeError(message)`.
    public static func runtimeError(_ m: String) -> PythonError { PythonError(PyTypes.RuntimeError, m) }
    /// `OSError` subclasses for file access.
    public static func osError(_ cls: PyClass, _ m: String) -> PythonError { PythonError(cls, m) }
}
