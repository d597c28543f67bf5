import Plotting
import Interpreter

extension PyplotModule {
    static func drawingFunctions(_ session: MatplotlibSession) -> [PyNativeFunction] {
        let plt = session.pyplot
        return textFunctions(session) + colormapFunctions(session) + [
            PyNativeFunction("plot") { args in try AxesOperations.plot(on: plt.gca(), args) },
            PyNativeFunction("imshow", AxesOperations.imshowSignature) { a in
                try AxesOperations.imshow(on: nil, a, session: session)
            },
            PyNativeFunction("legend") { args in try AxesOperations.legend(on: plt.gca(), args, session: session) },
            PyNativeFunction("grid", "visible=None, which='major', axis='both', **kwargs") { a in
                try AxesOperations.grid(on: plt.gca(), a)
                return .none
            },
            PyNativeFunction("axis", "arg=None, *, emit=True, **kwargs") { a in
                try AxesOperations.axis(on: plt.gca(), a["arg"], a.interpreter)
            },
            PyNativeFunction("xlim") { args in try AxesOperations.limits(on: plt.gca(), isX: true, args) },
            PyNativeFunction("ylim") { args in try AxesOperations.limits(on: plt.gca(), isX: false, args) },
            PyNativeFunction("xticks", "ticks=None, labels=None, *, minor=False, **kwargs") { a in
                try AxesOperations.ticks(on: plt.gca(), isX: true, a)
            },
            PyNativeFunction("yticks", "ticks=None, labels=None, *, minor=False, **kwargs") { a in
                try AxesOperations.ticks(on: plt.gca(), isX: false, a)
            },
            PyNativeFunction("tight_layout", "*, pad=1.08, h_pad=None, w_pad=None, rect=None") { _ in .none },
            PyNativeFunction("subplots_adjust", "left=None, bottom=None, right=None, top=None, wspace=None, hspace=None") { _ in .none },
            PyNativeFunction("colorbar", "mappable=None, cax=None, ax=None, **kwargs") { _ in .object(ColorbarObject()) },
        ]
    }

    private static func textFunctions(_ session: MatplotlibSession) -> [PyNativeFunction] {
        let plt = session.pyplot
        return [
            PyNativeFunction("title", "label, fontdict=None, loc=None, pad=None, *, y=None, **kwargs") { a in
                try AxesOperations.setLabel(.title, on: plt.gca(), a, textName: "label")
            },
            PyNativeFunction("xlabel", "xlabel, fontdict=None, labelpad=None, *, loc=None, **kwargs") { a in
                try AxesOperations.setLabel(.xlabel, on: plt.gca(), a, textName: "xlabel")
            },
            PyNativeFunction("ylabel", "ylabel, fontdict=None, labelpad=None, *, loc=None, **kwargs") { a in
                try AxesOperations.setLabel(.ylabel, on: plt.gca(), a, textName: "ylabel")
            },
            PyNativeFunction("suptitle", "t, **kwargs") { a in
                try checkKeywords(a, accepted: textKeywords, artist: "Text")
                let text = try a.interpreter.str(a["t"])
                plt.suptitle(text)
                return .object(TextObject(x: 0.5, y: 0.98, text: text))
            },
        ]
    }

    private static func colormapFunctions(_ session: MatplotlibSession) -> [PyNativeFunction] {
        let plt = session.pyplot
        let named = ["gray", "viridis", "inferno", "binary", "hot", "jet", "magma", "plasma", "bone"].filter {
            Colormap.knownNames.contains($0)
        }
        return named.map { name in
            PyNativeFunction(name) { _ in
                try plotCall { try plt.setColormap(name) }
                return .none
            }
        } + [
            PyNativeFunction("set_cmap", "cmap") { a in
                try plotCall { try plt.setColormap(try ColormapArgument.name(a["cmap"]) ?? Colormap.defaultName) }
                return .none
            }
        ]
    }

    static func outputFunctions(_ session: MatplotlibSession) -> [PyNativeFunction] {
        let plt = session.pyplot
        return [
            PyNativeFunction("show", "*args, **kwargs") { a in
                let text = session.renderOpenFigures()
                if !text.isEmpty { try a.interpreter.write(text.hasSuffix("\n") ? text : text + "\n") }
                return .none
            },
            PyNativeFunction("savefig", "fname, *, dpi=None, format=None, **kwargs") { a in
                try FigureSaving.save(plt.gcf(), a)
                return .none
            },
            PyNativeFunction("ion") { _ in .none },
            PyNativeFunction("ioff") { _ in .none },
            PyNativeFunction("draw") { _ in .none },
            PyNativeFunction("pause", "interval") { _ in .none },
            PyNativeFunction("isinteractive") { _ in .bool(false) },
        ]
    }
}
