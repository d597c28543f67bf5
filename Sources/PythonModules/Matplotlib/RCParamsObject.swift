import Interpreter

/// `plt.rcParams` / `matplotlib.rcParams`: `figure.figsize` and `figure.dpi` change new figures;
/// other keys are remembered and otherwise ignored (fonts and styles are not drawn here).
final class RCParamsObject: PyObject {
    weak var session: MatplotlibSession?
    private var others: [String: Value] = [:]

    init(session: MatplotlibSession) { self.session = session }

    nonisolated(unsafe) static let type = PyClass(
        name: "RcParams", module: "matplotlib",
        methods: [
            PyNativeFunction("update", "self, *args, **kwargs") { a in
                let me = try receiver(a, RCParamsObject.self)
                for value in a.varArgs {
                    guard case .dict(let pairs) = value else { continue }
                    for (key, item) in pairs.pairs { try me.setItem(key, item, a.interpreter) }
                }
                for (key, item) in a.keywordArgs { try me.setItem(key, item, a.interpreter) }
                return .none
            },
            PyNativeFunction("get", "self, key, default=None") { a in
                let me = try receiver(a, RCParamsObject.self)
                return (try? me.getItem(a["key"], a.interpreter)) ?? a["default"]
            },
        ])

    override var pyClass: PyClass { RCParamsObject.type }

    override func getItem(_ key: Value, _ interp: PythonInterpreter) throws -> Value {
        guard case .str(let name) = key else { throw PythonError.keyError(key) }
        switch name {
        case "figure.figsize":
            let size = session?.pyplot.defaultFigureSize ?? (6.4, 4.8)
            return .list([.float(size.0), .float(size.1)])
        case "figure.dpi": return .float(session?.pyplot.defaultDPI ?? 100)
        default:
            guard let value = others[name] else { throw PythonError.keyError(key) }
            return value
        }
    }

    override func setItem(_ key: Value, _ value: Value, _ interp: PythonInterpreter) throws {
        guard case .str(let name) = key else {
            throw PythonError.keyError(key)
        }
        switch name {
        case "figure.figsize":
            let size = try PlotValues.pair(value, name: "figure.figsize")
            try plotCall { try session?.pyplot.setDefaults(figsize: size) }
        case "figure.dpi":
            let dpi = try Double(python: value)
            try plotCall { try session?.pyplot.setDefaults(dpi: dpi) }
        default:
            others[name] = value
        }
    }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        let size = session?.pyplot.defaultFigureSize ?? (6.4, 4.8)
        return "RcParams({'figure.dpi': \(session?.pyplot.defaultDPI ?? 100), 'figure.figsize': [\(size.0), \(size.1)]})"
    }
}
