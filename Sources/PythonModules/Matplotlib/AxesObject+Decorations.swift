import Plotting
import Interpreter

extension AxesObject {
    static var decorationMethods: [PyNativeFunction] {
        labelMethods + [
            PyNativeFunction("axis", "self, arg=None, *, emit=True, **kwargs") { a in
                try AxesOperations.axis(on: try receiver(a, AxesObject.self).axes, a["arg"], a.interpreter)
            },
            PyNativeFunction("set_axis_off", "self") { a in
                try receiver(a, AxesObject.self).axes.axisVisible = false
                return .none
            },
            PyNativeFunction("set_axis_on", "self") { a in
                try receiver(a, AxesObject.self).axes.axisVisible = true
                return .none
            },
            PyNativeFunction("grid", "self, visible=None, which='major', axis='both', **kwargs") { a in
                try AxesOperations.grid(on: try receiver(a, AxesObject.self).axes, a)
                return .none
            },
            PyNativeFunction("set_xlim") { args in
                try AxesOperations.limits(on: try methodReceiver(args).axes, isX: true, dropSelf(args))
            },
            PyNativeFunction("set_ylim") { args in
                try AxesOperations.limits(on: try methodReceiver(args).axes, isX: false, dropSelf(args))
            },
            PyNativeFunction("get_xlim", "self") { a in
                let view = try receiver(a, AxesObject.self).axes.viewLimits
                return .tuple([.float(view.left), .float(view.right)])
            },
            PyNativeFunction("get_ylim", "self") { a in
                let view = try receiver(a, AxesObject.self).axes.viewLimits
                return .tuple([.float(view.bottom), .float(view.top)])
            },
            PyNativeFunction("set_xticks", "self, ticks, labels=None, *, minor=False, **kwargs") { a in
                try AxesOperations.ticks(on: try receiver(a, AxesObject.self).axes, isX: true, a)
            },
            PyNativeFunction("set_yticks", "self, ticks, labels=None, *, minor=False, **kwargs") { a in
                try AxesOperations.ticks(on: try receiver(a, AxesObject.self).axes, isX: false, a)
            },
            PyNativeFunction("set_xticklabels", "self, labels, *, fontdict=None, minor=False, **kwargs") { _ in .list([]) },
            PyNativeFunction("set_yticklabels", "self, labels, *, fontdict=None, minor=False, **kwargs") { _ in .list([]) },
            PyNativeFunction("get_xaxis", "self") { a in
                .object(AxisObject(axes: try receiver(a, AxesObject.self).axes, isX: true))
            },
            PyNativeFunction("get_yaxis", "self") { a in
                .object(AxisObject(axes: try receiver(a, AxesObject.self).axes, isX: false))
            },
            PyNativeFunction("set_aspect", "self, aspect, adjustable=None, anchor=None, share=False") { _ in .none },
            PyNativeFunction("tick_params", "self, axis='both', **kwargs") { _ in .none },
            PyNativeFunction("set", "self, **kwargs") { a in
                let me = try receiver(a, AxesObject.self)
                try me.setProperties(a.keywordArgs, a.interpreter)
                return .none
            },
            PyNativeFunction("get_figure", "self") { a in
                let me = try receiver(a, AxesObject.self)
                return try me.requireSession().object(for: me.figure)
            },
        ]
    }

    private static var labelMethods: [PyNativeFunction] {
        [
            PyNativeFunction("set_title", "self, label, fontdict=None, loc=None, pad=None, *, y=None, **kwargs") { a in
                try AxesOperations.setLabel(.title, on: try receiver(a, AxesObject.self).axes, a, textName: "label")
            },
            PyNativeFunction("set_xlabel", "self, xlabel, fontdict=None, labelpad=None, *, loc=None, **kwargs") { a in
                try AxesOperations.setLabel(.xlabel, on: try receiver(a, AxesObject.self).axes, a, textName: "xlabel")
            },
            PyNativeFunction("set_ylabel", "self, ylabel, fontdict=None, labelpad=None, *, loc=None, **kwargs") { a in
                try AxesOperations.setLabel(.ylabel, on: try receiver(a, AxesObject.self).axes, a, textName: "ylabel")
            },
            PyNativeFunction("get_title", "self, loc='center'") { a in .str(try receiver(a, AxesObject.self).axes.title) },
            PyNativeFunction("get_xlabel", "self") { a in .str(try receiver(a, AxesObject.self).axes.xlabel) },
            PyNativeFunction("get_ylabel", "self") { a in .str(try receiver(a, AxesObject.self).axes.ylabel) },
        ]
    }

    /// `ax.set(title=, xlabel=, ylabel=, xlim=, ylim=, xticks=, yticks=)`, as `Artist.set` names them.
    func setProperties(_ properties: [(key: Value, value: Value)], _ interp: PythonInterpreter) throws {
        for (key, value) in properties {
            guard case .str(let name) = key else { continue }
            switch name {
            case "title": axes.title = try interp.str(value)
            case "xlabel": axes.xlabel = try interp.str(value)
            case "ylabel": axes.ylabel = try interp.str(value)
            case "xlim", "ylim":
                _ = try AxesOperations.limits(on: axes, isX: name == "xlim", Arguments([value], [], interp))
            case "xticks": axes.xTicks = try PlotValues.numbers(value, interp, function: "set")
            case "yticks": axes.yTicks = try PlotValues.numbers(value, interp, function: "set")
            case "aspect", "xticklabels", "yticklabels", "facecolor", "frame_on", "xscale", "yscale": continue
            default: throw PythonError.attributeError("Axes.set() got an unexpected keyword argument '\(name)'")
            }
        }
    }

    private static func dropSelf(_ args: Arguments) -> Arguments {
        var rest = args
        rest.positional.removeFirst()
        return rest
    }
}
