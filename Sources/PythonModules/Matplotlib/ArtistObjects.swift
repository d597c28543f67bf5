import Plotting
import Interpreter

/// `matplotlib.lines.Line2D`: one line returned by `plot`, tied to its place in the axes.
final class Line2DObject: PyObject {
    let axes: Axes
    let index: Int

    init(axes: Axes, index: Int) {
        self.axes = axes
        self.index = index
    }

    private var series: LineSeries? { axes.lines.indices.contains(index) ? axes.lines[index] : nil }

    nonisolated(unsafe) static let type = PyClass(
        name: "Line2D", module: "matplotlib.lines",
        methods: [
            PyNativeFunction("get_label", "self") { a in
                .str(try receiver(a, Line2DObject.self).series?.label ?? "")
            },
            PyNativeFunction("set_label", "self, s") { a in
                let me = try receiver(a, Line2DObject.self)
                let text = try a.interpreter.str(a["s"])
                me.axes.setLabel(text, ofLine: me.index)
                return .none
            },
            PyNativeFunction("get_xdata", "self") { a in
                .list((try receiver(a, Line2DObject.self).series?.x ?? []).map(Value.float))
            },
            PyNativeFunction("get_ydata", "self") { a in
                .list((try receiver(a, Line2DObject.self).series?.y ?? []).map(Value.float))
            },
            PyNativeFunction("get_color", "self") { a in
                .str(try receiver(a, Line2DObject.self).series.map { hexString($0.color) } ?? "")
            },
        ])

    override var pyClass: PyClass { Line2DObject.type }
}

/// `matplotlib.text.Text`, as `plt.title` and `set_xlabel` return it: `Text(0.5, 1.0, 'title')`.
final class TextObject: PyObject {
    let x: Double
    let y: Double
    let text: String

    init(x: Double, y: Double, text: String) {
        self.x = x
        self.y = y
        self.text = text
    }

    nonisolated(unsafe) static let type = PyClass(
        name: "Text", module: "matplotlib.text",
        methods: [
            PyNativeFunction("get_text", "self") { a in .str(try receiver(a, TextObject.self).text) },
            PyNativeFunction("get_position", "self") { a in
                let me = try receiver(a, TextObject.self)
                return .tuple([.float(me.x), .float(me.y)])
            },
        ])

    override var pyClass: PyClass { TextObject.type }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        "Text(\(coordinate(x)), \(coordinate(y)), \(try quoted(text, interp)))"
    }

    override func str(_ interp: PythonInterpreter) throws -> String { try repr(interp) }
}

/// `matplotlib.image.AxesImage`, returned by `imshow`; `set_cmap` recolours it.
final class AxesImageObject: PyObject {
    let image: AxesImage

    init(image: AxesImage) { self.image = image }

    nonisolated(unsafe) static let type = PyClass(
        name: "AxesImage", module: "matplotlib.image",
        methods: [
            PyNativeFunction("set_cmap", "self, cmap") { a in
                let me = try receiver(a, AxesImageObject.self)
                let name = try ColormapArgument.name(a["cmap"]) ?? Colormap.defaultName
                me.image.colormap = try plotCall { try Colormap(named: name) }
                return .none
            },
            PyNativeFunction("set_clim", "self, vmin=None, vmax=None") { a in
                let me = try receiver(a, AxesImageObject.self)
                if let low = try PlotValues.optionalNumber(a["vmin"], name: "vmin") { me.image.vmin = low }
                if let high = try PlotValues.optionalNumber(a["vmax"], name: "vmax") { me.image.vmax = high }
                return .none
            },
            PyNativeFunction("get_size", "self") { a in
                let me = try receiver(a, AxesImageObject.self)
                return .tuple([.int(me.image.height), .int(me.image.width)])
            },
        ])

    override var pyClass: PyClass { AxesImageObject.type }
}

/// `matplotlib.legend.Legend`, returned by `legend()`.
final class LegendObject: PyObject {
    let labels: [String]

    init(labels: [String]) { self.labels = labels }

    nonisolated(unsafe) static let type = PyClass(
        name: "Legend", module: "matplotlib.legend",
        methods: [
            PyNativeFunction("get_texts", "self") { a in
                .list(try receiver(a, LegendObject.self).labels.map { .object(TextObject(x: 0, y: 0, text: $0)) })
            }
        ])

    override var pyClass: PyClass { LegendObject.type }
}

/// `matplotlib.axis.XAxis` / `YAxis` from `get_xaxis()`: `set_visible(False)` hides the ticks.
final class AxisObject: PyObject {
    let axes: Axes
    let isX: Bool

    init(axes: Axes, isX: Bool) {
        self.axes = axes
        self.isX = isX
    }

    nonisolated(unsafe) static let xType = PyClass(name: "XAxis", module: "matplotlib.axis", methods: methods)
    nonisolated(unsafe) static let yType = PyClass(name: "YAxis", module: "matplotlib.axis", methods: methods)

    private static var methods: [PyNativeFunction] {
        [
            PyNativeFunction("set_visible", "self, b") { a in
                let me = try receiver(a, AxisObject.self)
                let visible = try a.interpreter.isTruthy(a["b"])
                me.setTicks(visible ? nil : [])
                return .none
            },
            PyNativeFunction("set_ticks", "self, ticks, labels=None, **kwargs") { a in
                let me = try receiver(a, AxisObject.self)
                me.setTicks(try PlotValues.numbers(a["ticks"], a.interpreter, function: "set_ticks"))
                return .none
            },
        ]
    }

    private func setTicks(_ ticks: [Double]?) {
        if isX { axes.xTicks = ticks } else { axes.yTicks = ticks }
    }

    override var pyClass: PyClass { isX ? AxisObject.xType : AxisObject.yType }
}

/// `matplotlib.colorbar.Colorbar` from `plt.colorbar()`; the terminal and PNG output draw none.
final class ColorbarObject: PyObject {
    nonisolated(unsafe) static let type = PyClass(name: "Colorbar", module: "matplotlib.colorbar")
    override var pyClass: PyClass { ColorbarObject.type }
}

/// `#rrggbb` for a colour, as `Line2D.get_color()` reports cycle colours.
func hexString(_ color: PlotColor) -> String {
    let (r, g, b, _) = color.bytes
    return "#"
        + [r, g, b].map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
}
