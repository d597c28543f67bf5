import Plotting
import Interpreter

/// What `plt.plot(...)` and `ax.plot(...)` (and the other twin pairs) share: argument conversion,
/// the model call, and matplotlib's return values.
enum AxesOperations {
    /// Line2D keywords the terminal and PNG output do not draw; accepted so course code runs.
    static let ignoredLineKeywords: Set<String> = [
        "markersize", "ms", "alpha", "markerfacecolor", "mfc", "markeredgecolor", "mec", "markeredgewidth",
        "mew", "zorder", "antialiased", "aa", "dashes", "scalex", "scaley", "drawstyle", "ds", "fillstyle",
        "solid_capstyle", "dash_capstyle", "markevery", "visible", "clip_on",
    ]

    /// `plot(*args, **kwargs)` on `axes`: a list of `Line2D`, one per line added.
    static func plot(on axes: Axes, _ arguments: Arguments) throws -> Value {
        let interp = arguments.interpreter
        var items: [PlotArgument] = []
        for value in arguments.positional {
            if case .str(let text) = value {
                items.append(.format(text))
            } else {
                items.append(.values(try PlotValues.numbers(value, interp)))
            }
        }
        var label: String?
        var color: String?
        var lineStyle: String?
        var marker: String?
        var lineWidth: Double?
        for (name, value) in arguments.keywords {
            switch name {
            case "label": label = value.isNone ? nil : try interp.str(value)
            case "color", "c": color = try colorText(value, interp)
            case "linestyle", "ls": lineStyle = try optionalString(value, name: "linestyle")
            case "marker": marker = try optionalString(value, name: "marker")
            case "linewidth", "lw": lineWidth = try PlotValues.optionalNumber(value, name: "linewidth")
            case _ where ignoredLineKeywords.contains(name): continue
            default: throw PythonError.attributeError("Line2D.set() got an unexpected keyword argument '\(name)'")
            }
        }
        let before = axes.lines.count
        if !items.isEmpty {
            try plotCall {
                try axes.plot(
                    items, label: label, color: color, lineStyle: lineStyle, marker: marker, lineWidth: lineWidth)
            }
        }
        return .list((before..<axes.lines.count).map { .object(Line2DObject(axes: axes, index: $0)) })
    }

    /// A `color=` value as the model's colour string: names, `'#rrggbb'`, or an RGB(A) tuple of 0–1 floats.
    static func colorText(_ value: Value, _ interp: PythonInterpreter) throws -> String? {
        switch value {
        case .none: return nil
        case .str(let text): return text
        case .tuple, .list:
            let parts = try interp.iterateToArray(value).map { try Double(python: $0) }
            guard parts.count == 3 || parts.count == 4, parts.allSatisfy({ (0...1).contains($0) }) else {
                throw PythonError.valueError("RGBA values should be within 0-1 range")
            }
            return hexString(PlotColor(red: parts[0], green: parts[1], blue: parts[2]))
        default:
            throw PythonError.valueError("\(try interp.repr(value)) is not a valid value for color")
        }
    }

    /// The `imshow` signature shared by `plt.imshow` and `ax.imshow`.
    static let imshowSignature =
        "X, cmap=None, norm=None, *, aspect=None, interpolation=None, alpha=None, vmin=None, vmax=None, "
        + "origin=None, extent=None, interpolation_stage=None, filternorm=True, filterrad=4.0, resample=None, "
        + "url=None, data=None, **kwargs"

    /// `imshow(X, cmap=, vmin=, vmax=, aspect=)` on `axes` (nil: the current axes); prints
    /// matplotlib's clipping warning for out-of-range RGB data.
    static func imshow(on axes: Axes?, _ arguments: BoundArguments, session: MatplotlibSession) throws -> Value {
        let interp = arguments.interpreter
        let data = try PlotValues.image(arguments["X"], interp)
        let aspect: String?
        switch arguments["aspect"] {
        case .none: aspect = nil
        case .str(let text): aspect = text
        case let other: aspect = String(try Double(python: other))
        }
        let image = try plotCall {
            try session.pyplot.imshow(
                values: data.values, shape: data.shape, isInteger: data.isInteger,
                colormap: try ColormapArgument.name(arguments["cmap"]),
                vmin: try PlotValues.optionalNumber(arguments["vmin"], name: "vmin"),
                vmax: try PlotValues.optionalNumber(arguments["vmax"], name: "vmax"), aspect: aspect, on: axes)
        }
        if let warning = image.warning { try session.warn(warning, logger: "image", interp) }
        return .object(AxesImageObject(image: image))
    }

    /// Keywords `legend()` accepts; only `loc` and the labels change what is drawn.
    static let legendKeywords: Set<String> = [
        "loc", "labels", "handles", "fontsize", "frameon", "ncol", "ncols", "title", "shadow", "fancybox",
        "framealpha", "bbox_to_anchor", "prop", "markerscale", "numpoints", "borderaxespad", "facecolor",
        "edgecolor", "title_fontsize", "labelspacing", "handlelength", "columnspacing", "mode", "borderpad",
    ]

    /// `legend()`, `legend(labels)`, `legend(handles, labels)`, with `loc=` as a code or a name.
    static func legend(on axes: Axes, _ arguments: Arguments, session: MatplotlibSession) throws -> Value {
        let interp = arguments.interpreter
        var labels: Value = .none
        var handles: Value = .none
        var location = LegendLocation.best
        switch arguments.positional.count {
        case 0: break
        case 1: labels = arguments.positional[0]
        case 2: (handles, labels) = (arguments.positional[0], arguments.positional[1])
        default:
            throw PythonError.typeError("legend() takes 0-2 positional arguments but \(arguments.positional.count) were given")
        }
        for (name, value) in arguments.keywords {
            switch name {
            case "loc": location = try legendLocation(value)
            case "labels": labels = value
            case "handles": handles = value
            case _ where legendKeywords.contains(name): continue
            default: throw PythonError.typeError("Legend.__init__() got an unexpected keyword argument '\(name)'")
            }
        }
        let labelTexts = labels.isNone ? nil : try interp.iterateToArray(labels).map { try interp.str($0) }
        var warning: String?
        if !handles.isNone {
            let lines = try interp.iterateToArray(handles).compactMap { value -> Line2DObject? in
                if case .object(let object as Line2DObject) = value { return object }
                return nil
            }
            for (line, text) in zip(lines, labelTexts ?? []) { line.axes.setLabel(text, ofLine: line.index) }
            warning = axes.legend(labels: nil, location: location)
        } else {
            warning = axes.legend(labels: labelTexts, location: location)
        }
        if let warning { try session.warn(warning, logger: "legend", interp) }
        return .object(LegendObject(labels: axes.legendEntries.compactMap(\.label)))
    }

    /// `loc=0`, `loc='upper right'`; a coordinate tuple is accepted and drawn as `'best'`.
    static func legendLocation(_ value: Value) throws -> LegendLocation {
        switch value {
        case .int(let code): return try plotCall { try LegendLocation(code: code) }
        case .str(let name): return try plotCall { try LegendLocation(name: name) }
        case .tuple, .list, .none: return .best
        default:
            throw PythonError.valueError("loc must be string, coordinate tuple, or an integer 0-10, not \(value.typeName)")
        }
    }
}
