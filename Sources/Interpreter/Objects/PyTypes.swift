/// The built-in classes, shared and frozen (learner code cannot alter them).
public enum PyTypes {
    nonisolated(unsafe) public static let object = PyClass(name: "object", module: "builtins", bases: [])
    nonisolated(unsafe) public static let type = PyClass(name: "type", module: "builtins")
    nonisolated(unsafe) public static let int = builtin("int", methods: intMethods)
    nonisolated(unsafe) public static let bool = PyClass(name: "bool", module: "builtins", bases: [int])
    nonisolated(unsafe) public static let float = builtin("float", methods: floatMethods)
    nonisolated(unsafe) public static let str = builtin("str", methods: strMethods)
    nonisolated(unsafe) public static let list = builtin("list", methods: listMethods)
    nonisolated(unsafe) public static let tuple = builtin("tuple", methods: tupleMethods)
    nonisolated(unsafe) public static let dict = builtin("dict", methods: dictMethods)
    nonisolated(unsafe) public static let set = builtin("set", methods: setMethods)
    nonisolated(unsafe) public static let noneType = builtin("NoneType")
    nonisolated(unsafe) public static let function = builtin("function")
    nonisolated(unsafe) public static let builtinFunction = builtin("builtin_function_or_method")
    nonisolated(unsafe) public static let method = builtin("method")
    nonisolated(unsafe) public static let module = builtin("module")
    nonisolated(unsafe) public static let range = builtin("range", methods: rangeMethods)
    nonisolated(unsafe) public static let slice = builtin("slice")
    nonisolated(unsafe) public static let ellipsisType = builtin("ellipsis")
    nonisolated(unsafe) public static let notImplementedType = builtin("NotImplementedType")
    nonisolated(unsafe) public static let iterator = builtin("iterator", methods: iteratorMethods)
    nonisolated(unsafe) public static let property = builtin("property")
    nonisolated(unsafe) public static let staticmethod = builtin("staticmethod")
    nonisolated(unsafe) public static let classmethod = builtin("classmethod")
    nonisolated(unsafe) public static let file = builtin("TextIOWrapper", methods: fileMethods)
    nonisolated(unsafe) public static let superType = builtin("super")
    nonisolated(unsafe) public static let cell = builtin("cell")

    /// The `Ellipsis` singleton.
    nonisolated(unsafe) public static let ellipsis: PyObject = PySingleton(name: "Ellipsis", cls: ellipsisType)
    /// The `NotImplemented` singleton.
    nonisolated(unsafe) public static let notImplemented: PyObject = PySingleton(name: "NotImplemented", cls: notImplementedType)

    static func builtin(_ name: String, methods: [PyNativeFunction] = []) -> PyClass {
        PyClass(name: name, module: "builtins", methods: methods)
    }

    static func exception(_ name: String, _ base: PyClass) -> PyClass {
        PyClass(name: name, module: "builtins", bases: [base])
    }

    nonisolated(unsafe) public static let BaseException: PyClass = {
        let c = PyClass(
            name: "BaseException", module: "builtins",
            methods: [
                PyNativeFunction("__init__") { a in
                    if case .object(let o) = a.positional.first, let e = o as? PyExceptionObject { e.args = Array(a.positional.dropFirst()) }
                    return .none
                },
                PyNativeFunction("with_traceback") { a in a.positional.first ?? .none },
            ])
        c.instanceFactory = { PyExceptionObject(cls: $0) }
        return c
    }()
    nonisolated(unsafe) public static let SystemExit = exception("SystemExit", BaseException)
    nonisolated(unsafe) public static let KeyboardInterrupt = exception("KeyboardInterrupt", BaseException)
    nonisolated(unsafe) public static let Exception = exception("Exception", BaseException)
    nonisolated(unsafe) public static let StopIteration = exception("StopIteration", Exception)
    nonisolated(unsafe) public static let ArithmeticError = exception("ArithmeticError", Exception)
    nonisolated(unsafe) public static let ZeroDivisionError = exception("ZeroDivisionError", ArithmeticError)
    nonisolated(unsafe) public static let OverflowError = exception("OverflowError", ArithmeticError)
    nonisolated(unsafe) public static let AssertionError = exception("AssertionError", Exception)
    nonisolated(unsafe) public static let AttributeError = exception("AttributeError", Exception)
    nonisolated(unsafe) public static let ImportError = exception("ImportError", Exception)
    nonisolated(unsafe) public static let ModuleNotFoundError = exception("ModuleNotFoundError", ImportError)
    nonisolated(unsafe) public static let LookupError = exception("LookupError", Exception)
    nonisolated(unsafe) public static let IndexError = exception("IndexError", LookupError)
    nonisolated(unsafe) public static let KeyError = exception("KeyError", LookupError)
    nonisolated(unsafe) public static let NameError = exception("NameError", Exception)
    nonisolated(unsafe) public static let UnboundLocalError = exception("UnboundLocalError", NameError)
    nonisolated(unsafe) public static let OSError = exception("OSError", Exception)
    nonisolated(unsafe) public static let FileNotFoundError = exception("FileNotFoundError", OSError)
    nonisolated(unsafe) public static let FileExistsError = exception("FileExistsError", OSError)
    nonisolated(unsafe) public static let PermissionError = exception("PermissionError", OSError)
    nonisolated(unsafe) public static let IsADirectoryError = exception("IsADirectoryError", OSError)
    nonisolated(unsafe) public static let NotADirectoryError = exception("NotADirectoryError", OSError)
    nonisolated(unsafe) public static let TimeoutError = exception("TimeoutError", OSError)
    nonisolated(unsafe) public static let RuntimeError = exception("RuntimeError", Exception)
    nonisolated(unsafe) public static let RecursionError = exception("RecursionError", RuntimeError)
    nonisolated(unsafe) public static let NotImplementedError = exception("NotImplementedError", RuntimeError)
    nonisolated(unsafe) public static let SyntaxError = exception("SyntaxError", Exception)
    nonisolated(unsafe) public static let IndentationError = exception("IndentationError", SyntaxError)
    nonisolated(unsafe) public static let TabError = exception("TabError", IndentationError)
    nonisolated(unsafe) public static let TypeError = exception("TypeError", Exception)
    nonisolated(unsafe) public static let ValueError = exception("ValueError", Exception)
    nonisolated(unsafe) public static let UnicodeError = exception("UnicodeError", ValueError)
    nonisolated(unsafe) public static let Warning = exception("Warning", Exception)
    nonisolated(unsafe) public static let UserWarning = exception("UserWarning", Warning)
    nonisolated(unsafe) public static let DeprecationWarning = exception("DeprecationWarning", Warning)

    /// Every built-in exception class, for the builtins namespace.
    static var allExceptions: [PyClass] {
        [
            BaseException, SystemExit, KeyboardInterrupt, Exception, StopIteration, ArithmeticError, ZeroDivisionError,
            OverflowError, AssertionError, AttributeError, ImportError, ModuleNotFoundError, LookupError, IndexError,
            KeyError, NameError, UnboundLocalError, OSError, FileNotFoundError, FileExistsError, PermissionError,
            IsADirectoryError, NotADirectoryError, TimeoutError, RuntimeError, RecursionError, NotImplementedError,
            SyntaxError, IndentationError, TabError, TypeError, ValueError, UnicodeError, Warning, UserWarning, DeprecationWarning,
        ]
    }

    /// Exception class by name (used for syntax errors).
    static func exceptionNamed(_ name: String) -> PyClass {
        allExceptions.first { $0.name == name } ?? SyntaxError
    }
}

/// A named singleton such as `Ellipsis`.
final class PySingleton: PyObject {
    let name: String
    let cls: PyClass
    init(name: String, cls: PyClass) { self.name = name; self.cls = cls }
    override var pyClass: PyClass { cls }
    override func repr(_ interp: PythonInterpreter) throws -> String { name }
}

extension Value {
    /// The value's class.
    public var pyClass: PyClass {
        switch self {
        case .none: return PyTypes.noneType
        case .bool: return PyTypes.bool
        case .int: return PyTypes.int
        case .float: return PyTypes.float
        case .str: return PyTypes.str
        case .tuple: return PyTypes.tuple
        case .list: return PyTypes.list
        case .dict: return PyTypes.dict
        case .object(let o): return o.pyClass
        }
    }

    /// The class name used in error messages (`'int'`, `'NoneType'`).
    public var typeName: String { pyClass.name }
}
