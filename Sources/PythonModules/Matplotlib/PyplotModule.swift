import Plotting
import Interpreter

/// Builds `matplotlib.pyplot` for one session: the figure-management functions here, the drawing
/// and text functions in `PyplotModule+Drawing.swift`.
enum PyplotModule {
    static func make(_ session: MatplotlibSession) -> PyModule {
        let module = PyModule(name: "matplotlib.pyplot", doc: "matplotlib.pyplot: a state-based interface to plotting.")
        for function in figureFunctions(session) + drawingFunctions(session) + outputFunctions(session) + extraFunctions(session) {
            module.attributes[function.name] = .object(function)
        }
        module.attributes["cm"] = .object(ColormapArgument.makeModule())
        module.attributes["style"] = .object(makeStyleModule())
        module.attributes["get_cmap"] = .object(ColormapArgument.getCmap)
        return module
    }

    static func figureFunctions(_ session: MatplotlibSession) -> [PyNativeFunction] {
        let plt = session.pyplot
        return [
            PyNativeFunction(
                "figure", "num=None, figsize=None, dpi=None, *, facecolor=None, edgecolor=None, frameon=True, clear=False, **kwargs"
            ) { a in
                let figsize = a["figsize"].isNone ? nil : try PlotValues.pair(a["figsize"], name: "figsize")
                let dpi = try PlotValues.optionalNumber(a["dpi"], name: "dpi")
                let number = try figureNumber(a["num"], session)
                let figure = try plotCall { try plt.figure(number: number, figsize: figsize, dpi: dpi) }
                if case .str(let label) = a["num"] { session.figureNumbersByLabel[label] = figure.number }
                if try a.interpreter.isTruthy(a["clear"]) { figure.clear() }
                return session.object(for: figure)
            },
            PyNativeFunction("gcf") { _ in session.object(for: plt.gcf()) },
            PyNativeFunction("gca", "**kwargs") { _ in session.currentAxesObject() },
            PyNativeFunction("sca", "ax") { a in
                guard case .object(let object as AxesObject) = a["ax"] else {
                    throw PythonError.typeError("sca() expects an Axes, not '\(a["ax"].typeName)'")
                }
                plt.sca(object.axes)
                return .none
            },
            PyNativeFunction("subplot") { args in
                let figure = plt.gcf()
                let axes = try SubplotArguments.addSubplot(to: figure, args.positional)
                return session.object(for: axes, in: figure)
            },
            PyNativeFunction(
                "subplots", "nrows=1, ncols=1, *, sharex=False, sharey=False, squeeze=True, figsize=None, dpi=None, **kwargs"
            ) { a in
                let figsize = a["figsize"].isNone ? nil : try PlotValues.pair(a["figsize"], name: "figsize")
                let (rows, columns) = (try a.int("nrows"), try a.int("ncols"))
                try SubplotArguments.checkGrid(nrows: rows, ncols: columns)
                let (figure, grid) = try plotCall { try plt.subplots(nrows: rows, ncols: columns, figsize: figsize) }
                if let dpi = try PlotValues.optionalNumber(a["dpi"], name: "dpi"), dpi.isFinite, dpi > 0 { figure.dpi = dpi }
                let axes = try SubplotArguments.axesValue(
                    grid, nrows: rows, ncols: columns, squeeze: try a.interpreter.isTruthy(a["squeeze"]),
                    figure: figure, session: session)
                return .tuple([session.object(for: figure), axes])
            },
            PyNativeFunction("clf") { _ in
                plt.clf()
                session.forgetClosedFigures()
                return .none
            },
            PyNativeFunction("cla") { _ in
                guard case .object(let object as AxesObject) = session.currentAxesObject() else { return .none }
                object.clear()
                return .none
            },
            PyNativeFunction("close", "fig=None") { a in
                switch a["fig"] {
                case .none: plt.close()
                case .str("all"): plt.closeAll()
                case .str(let label): if let number = session.figureNumbersByLabel[label] { plt.close(number) }
                case .object(let object as FigureObject): plt.close(object.figure.number)
                case let value:
                    guard let number = try? Int(python: value) else {
                        throw PythonError.typeError("close() argument must be a Figure, an int, a string, or None, not \(value.typeName)")
                    }
                    plt.close(number)
                }
                session.forgetClosedFigures()
                return .none
            },
            PyNativeFunction("get_fignums") { _ in .list(plt.figures.keys.sorted().map(Value.int)) },
        ]
    }

    /// `figure(num)`: an int, a label string (new labels get the next number), a Figure, or None.
    private static func figureNumber(_ value: Value, _ session: MatplotlibSession) throws -> Int? {
        switch value {
        case .none: return nil
        case .str(let label): return session.figureNumbersByLabel[label]
        case .object(let object as FigureObject): return object.figure.number
        case let other:
            guard let number = try? Int(python: other) else {
                throw PythonError.typeError("figure() num must be an int, a string or a Figure, not '\(other.typeName)'")
            }
            guard number >= 1 else { throw PythonError.valueError("figure number must be at least 1, not \(number)") }
            return number
        }
    }
}
