import Plotting
import Interpreter

extension PyplotModule {
    /// `plt.scatter` (drawn as markers without a line), `plt.style.use` and `plt.rc` (accepted, no effect).
    static func extraFunctions(_ session: MatplotlibSession) -> [PyNativeFunction] {
        let plt = session.pyplot
        return [
            PyNativeFunction(
                "scatter",
                "x, y, s=None, c=None, marker=None, cmap=None, norm=None, vmin=None, vmax=None, alpha=None, "
                    + "linewidths=None, *, edgecolors=None, label=None, **kwargs"
            ) { a in
                try scatter(on: plt.gca(), a)
            },
            PyNativeFunction("rc", "group, **kwargs") { _ in .none },
        ]
    }

    /// `scatter(x, y, c='red', marker='x', label=…)`: one marker per point; per-point colours
    /// and sizes are not drawn (the first colour of the cycle is used instead).
    static func scatter(on axes: Axes, _ a: BoundArguments) throws -> Value {
        let interp = a.interpreter
        let xs = try PlotValues.numbers(a["x"], interp, function: "scatter")
        let ys = try PlotValues.numbers(a["y"], interp, function: "scatter")
        guard xs.count == ys.count else { throw PythonError.valueError("x and y must be the same size") }
        let color: String? = if case .str(let text) = a["c"] { text } else { nil }
        let marker = try optionalString(a["marker"], name: "marker") ?? "o"
        let label = a["label"].isNone ? nil : try interp.str(a["label"])
        try plotCall {
            try axes.plot(x: xs, y: ys, format: nil, label: label, color: color, lineStyle: "None", marker: marker)
        }
        return .object(PathCollectionObject())
    }

    /// `plt.style`: `use(name)` is accepted (styles are not drawn) and `available` lists a few names.
    static func makeStyleModule() -> PyModule {
        let module = PyModule(name: "matplotlib.style", doc: "Styles are accepted; the terminal and PNG output keep one look.")
        module.attributes["use"] = .object(PyNativeFunction("use", "style") { _ in .none })
        module.attributes["available"] = .list(["classic", "default", "fivethirtyeight", "ggplot", "seaborn-v0_8"].map(Value.str))
        return module
    }
}

/// `matplotlib.collections.PathCollection`, what `scatter` returns.
final class PathCollectionObject: PyObject {
    nonisolated(unsafe) static let type = PyClass(name: "PathCollection", module: "matplotlib.collections")
    override var pyClass: PyClass { PathCollectionObject.type }
}
