import Interpreter

/// NumPy's print options (`np.set_printoptions`), kept per interpreter in its `numpy` module.
struct PrintOptions {
    var linewidth = 75
    var precision = 8
    var suppress = false
    var threshold = 1000
    var edgeitems = 3

    static let attributeName = "_deeplings_printoptions"

    /// The options `interp`'s numpy module holds (the defaults before numpy is imported).
    static func of(_ interp: PythonInterpreter) -> PrintOptions {
        guard let module = try? interp.importModule("numpy"),
            case .object(let o)? = module.attributes[attributeName], let box = o as? PrintOptionsBox
        else { return PrintOptions() }
        return box.options
    }

    /// Replaces the options of `interp`'s numpy module.
    static func set(_ options: PrintOptions, in interp: PythonInterpreter) throws {
        let module = try interp.importModule("numpy")
        module.attributes[attributeName] = .object(PrintOptionsBox(options))
    }
}

/// Holds print options inside the module namespace.
final class PrintOptionsBox: PyObject {
    let options: PrintOptions
    init(_ options: PrintOptions) { self.options = options }
}
