import Plotting
import Interpreter

extension AxesOperations {
    /// Which text a title/label call sets, and where matplotlib places it (the `Text` repr).
    enum Label {
        case title, xlabel, ylabel

        var position: (Double, Double) {
            switch self {
            case .title: return (0.5, 1.0)
            case .xlabel: return (0.5, 0)
            case .ylabel: return (0, 0.5)
            }
        }
    }

    /// Sets a title or axis label from `arguments[textName]` and returns matplotlib's `Text`.
    static func setLabel(_ label: Label, on axes: Axes, _ arguments: BoundArguments, textName: String) throws -> Value {
        try checkKeywords(arguments, accepted: textKeywords, artist: "Text")
        let text = try arguments.interpreter.str(arguments[textName])
        switch label {
        case .title: axes.title = text
        case .xlabel: axes.xlabel = text
        case .ylabel: axes.ylabel = text
        }
        return .object(TextObject(x: label.position.0, y: label.position.1, text: text))
    }

    /// `axis()`, `axis('off')`, `axis(False)`, `axis([x0, x1, y0, y1])`: returns the limits tuple.
    static func axis(on axes: Axes, _ option: Value, _ interp: PythonInterpreter) throws -> Value {
        switch option {
        case .none: break
        case .str(let text): try plotCall { try axes.axis(text) }
        case .bool(let visible): axes.axisVisible = visible
        case .list, .tuple:
            let limits = try interp.iterateToArray(option).map { try Double(python: $0) }
            guard limits.count == 4 else {
                throw PythonError.typeError("the first argument to axis() must be an iterable of the form [xmin, xmax, ymin, ymax]")
            }
            try plotCall {
                try axes.setXLimits(limits[0], limits[1])
                try axes.setYLimits(limits[2], limits[3])
            }
        default:
            throw PythonError.typeError("the first argument to axis() must be a string, a bool or [xmin, xmax, ymin, ymax], not '\(option.typeName)'")
        }
        let view = axes.viewLimits
        return .tuple([.float(view.left), .float(view.right), .float(view.bottom), .float(view.top)])
    }

    /// `grid()`, `grid(True)`, `grid(False)`, `grid(b=False)`; style keywords alone turn it on.
    static func grid(on axes: Axes, _ arguments: BoundArguments) throws {
        var visible = arguments["visible"]
        var styled = false
        for (key, value) in arguments.keywordArgs {
            if case .str("b") = key { visible = value } else { styled = true }
        }
        if visible.isNone {
            axes.grid(styled ? true : nil)
        } else {
            axes.grid(try arguments.interpreter.isTruthy(visible))
        }
    }

    /// `xlim()`, `xlim(a, b)`, `xlim((a, b))`, `xlim(left=a)`: returns the limits as a tuple.
    static func limits(on axes: Axes, isX: Bool, _ arguments: Arguments) throws -> Value {
        let view = axes.viewLimits
        var low = isX ? view.left : view.bottom
        var high = isX ? view.right : view.top
        let names = isX ? ("left", "right") : ("bottom", "top")
        var given = arguments.positional
        if given.count == 1, case .tuple(let pair) = given[0] { given = pair }
        if given.count == 1, case .list(let pair) = given[0] { given = pair.items }
        guard given.count <= 2 else {
            throw PythonError.typeError("\(isX ? "xlim" : "ylim")() takes at most 2 positional arguments (\(given.count) given)")
        }
        var changed = !given.isEmpty
        if given.count >= 1, let value = try PlotValues.optionalNumber(given[0], name: names.0) { low = value }
        if given.count == 2, let value = try PlotValues.optionalNumber(given[1], name: names.1) { high = value }
        for (name, value) in arguments.keywords {
            switch name {
            case names.0, isX ? "xmin" : "ymin": if let number = try PlotValues.optionalNumber(value, name: name) { low = number }
            case names.1, isX ? "xmax" : "ymax": if let number = try PlotValues.optionalNumber(value, name: name) { high = number }
            case "emit", "auto": continue
            default:
                throw PythonError.typeError("\(isX ? "set_xlim" : "set_ylim")() got an unexpected keyword argument '\(name)'")
            }
            changed = true
        }
        if changed {
            try plotCall { isX ? try axes.setXLimits(low, high) : try axes.setYLimits(low, high) }
        }
        return .tuple([.float(low), .float(high)])
    }

    /// `xticks(ticks=None, labels=None)`: sets the tick positions (`[]` hides them); returns the
    /// positions and their labels as `Text` objects.
    static func ticks(on axes: Axes, isX: Bool, _ arguments: BoundArguments) throws -> Value {
        let interp = arguments.interpreter
        if !arguments["ticks"].isNone {
            let positions = try PlotValues.numbers(arguments["ticks"], interp, function: isX ? "xticks" : "yticks")
            if isX { axes.xTicks = positions } else { axes.yTicks = positions }
        }
        let positions = (isX ? axes.xTicks : axes.yTicks) ?? []
        let labels =
            arguments["labels"].isNone
            ? positions.map { coordinate($0) }
            : try interp.iterateToArray(arguments["labels"]).map { try interp.str($0) }
        let texts = zip(positions, labels).map { position, label -> Value in
            .object(TextObject(x: isX ? position : 0, y: isX ? 0 : position, text: label))
        }
        return .tuple([.list(positions.map(Value.float)), .list(texts)])
    }
}
