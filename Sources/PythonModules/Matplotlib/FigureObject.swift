import Plotting
import Interpreter
import Tensors

/// `matplotlib.figure.Figure`: `<Figure size 640x480 with 0 Axes>`, `set_size_inches`, `add_subplot`, `savefig`…
final class FigureObject: PyObject {
    let figure: Figure
    weak var session: MatplotlibSession?

    init(figure: Figure, session: MatplotlibSession) {
        self.figure = figure
        self.session = session
    }

    func requireSession() throws -> MatplotlibSession {
        guard let session else { throw PythonError.runtimeError("this Figure belongs to an interpreter that has ended") }
        return session
    }

    override var pyClass: PyClass { FigureObject.type }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        let width = figure.widthInches * figure.dpi
        let height = figure.heightInches * figure.dpi
        return "<Figure size \(compactNumber(width))x\(compactNumber(height)) with \(figure.axes.count) Axes>"
    }

    /// `print(fig)`: `Figure(640x480)`, as matplotlib's `__str__`.
    override func str(_ interp: PythonInterpreter) throws -> String {
        "Figure(\(compactNumber(figure.widthInches * figure.dpi))x\(compactNumber(figure.heightInches * figure.dpi)))"
    }

    /// The axes objects of this figure, in creation order.
    func axesObjects() throws -> [Value] {
        let session = try requireSession()
        return figure.axes.map { session.object(for: $0, in: figure) }
    }

    nonisolated(unsafe) static let type = PyClass(
        name: "Figure", module: "matplotlib.figure", methods: methods + layoutMethods,
        properties: [
            "axes": PyProperty(
                get: { me, _ in
                    guard case .object(let object as FigureObject) = me else { return .none }
                    return .list(try object.axesObjects())
                }, set: nil),
            "dpi": PyProperty(
                get: { me, _ in
                    guard case .object(let object as FigureObject) = me else { return .none }
                    return .float(object.figure.dpi)
                },
                set: { me, value, _ in
                    guard case .object(let object as FigureObject) = me else { return }
                    let dpi = try Double(python: value)
                    guard dpi.isFinite, dpi > 0 else { throw PythonError.valueError("dpi must be positive, not \(dpi)") }
                    object.figure.dpi = dpi
                }),
            "number": PyProperty(
                get: { me, _ in
                    guard case .object(let object as FigureObject) = me else { return .none }
                    return .int(object.figure.number)
                }, set: nil),
        ])

    private static var methods: [PyNativeFunction] {
        [
            PyNativeFunction("set_size_inches", "self, w, h=None, forward=True") { a in
                let me = try receiver(a, FigureObject.self)
                let size =
                    a["h"].isNone
                    ? try PlotValues.pair(a["w"], name: "size")
                    : (try a.double("w"), try a.double("h"))
                try plotCall { try me.figure.setSizeInches(size.0, size.1) }
                return .none
            },
            PyNativeFunction("get_size_inches", "self") { a in
                let me = try receiver(a, FigureObject.self)
                return NDArray.wrap(try Tensor([me.figure.widthInches, me.figure.heightInches], shape: [2]))
            },
            PyNativeFunction("set_dpi", "self, val") { a in
                let me = try receiver(a, FigureObject.self)
                let dpi = try a.double("val")
                guard dpi.isFinite, dpi > 0 else { throw PythonError.valueError("dpi must be positive, not \(dpi)") }
                me.figure.dpi = dpi
                return .none
            },
            PyNativeFunction("suptitle", "self, t, **kwargs") { a in
                let me = try receiver(a, FigureObject.self)
                try checkKeywords(a, accepted: textKeywords, artist: "Text")
                me.figure.suptitle = try a.interpreter.str(a["t"])
                return .object(TextObject(x: 0.5, y: 0.98, text: me.figure.suptitle))
            },
            PyNativeFunction("savefig", "self, fname, *, dpi=None, format=None, **kwargs") { a in
                let me = try receiver(a, FigureObject.self)
                try FigureSaving.save(me.figure, a)
                return .none
            },
            PyNativeFunction("show", "self, warn=True") { _ in .none },
            PyNativeFunction("tight_layout", "self, **kwargs") { _ in .none },
            PyNativeFunction("colorbar", "self, mappable=None, **kwargs") { _ in .object(ColorbarObject()) },
        ]
    }

    private static var layoutMethods: [PyNativeFunction] {
        [
            PyNativeFunction("add_subplot") { args in
                guard case .object(let me as FigureObject)? = args.positional.first else {
                    throw PythonError.typeError("add_subplot() needs a Figure")
                }
                let axes = try SubplotArguments.addSubplot(to: me.figure, Array(args.positional.dropFirst()))
                return try me.requireSession().object(for: axes, in: me.figure)
            },
            PyNativeFunction("subplots", "self, nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True, **kwargs") { a in
                let me = try receiver(a, FigureObject.self)
                let session = try me.requireSession()
                try SubplotArguments.checkGrid(nrows: try a.int("nrows"), ncols: try a.int("ncols"))
                let grid = try plotCall { try me.figure.subplots(nrows: try a.int("nrows"), ncols: try a.int("ncols")) }
                return try SubplotArguments.axesValue(
                    grid, nrows: try a.int("nrows"), ncols: try a.int("ncols"),
                    squeeze: try a.interpreter.isTruthy(a["squeeze"]), figure: me.figure, session: session)
            },
            PyNativeFunction("gca", "self") { a in
                let me = try receiver(a, FigureObject.self)
                return try me.requireSession().object(for: me.figure.gca(), in: me.figure)
            },
            PyNativeFunction("clf", "self, keep_observers=False") { a in
                let me = try receiver(a, FigureObject.self)
                me.figure.clear()
                try me.requireSession().forgetClosedFigures()
                return .none
            },
        ]
    }
}

/// `%g`-style figure sizes: `640` for whole numbers, `1000.5` otherwise.
func compactNumber(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
