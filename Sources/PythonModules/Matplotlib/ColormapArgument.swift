import Plotting
import Interpreter

/// A colormap as Python code names it: `cmap='gray'`, `plt.cm.gray`, `plt.get_cmap('inferno')`.
final class ColormapObject: PyObject {
    let name: String

    init(name: String) { self.name = name }

    nonisolated(unsafe) static let type = PyClass(
        name: "ListedColormap", module: "matplotlib.colors",
        properties: [
            "name": PyProperty(
                get: { me, _ in
                    guard case .object(let object) = me, let map = object as? ColormapObject else { return .none }
                    return .str(map.name)
                }, set: nil)
        ])

    override var pyClass: PyClass { ColormapObject.type }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        "<matplotlib.colors.ListedColormap object at 0x\(String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16))>"
    }
}

enum ColormapArgument {
    /// The colormap name in a `cmap=` argument; nil for `None`.
    static func name(_ value: Value) throws -> String? {
        switch value {
        case .none: return nil
        case .str(let text): return text
        case .object(let object as ColormapObject): return object.name
        default:
            throw PythonError.typeError(
                "cmap must be a colormap name such as 'gray' or a Colormap, not '\(value.typeName)'")
        }
    }

    /// `matplotlib.cm` / `plt.cm`: every known colormap as an attribute (`plt.cm.gray`).
    static func makeModule() -> PyModule {
        let module = PyModule(name: "matplotlib.cm", doc: "Builtin colormaps.")
        for name in Colormap.knownNames { module.attributes[name] = .object(ColormapObject(name: name)) }
        module.attributes["get_cmap"] = .object(getCmap)
        return module
    }

    /// `plt.get_cmap(name)` / `matplotlib.colormaps[name]`-style lookup with matplotlib's error.
    nonisolated(unsafe) static let getCmap = PyNativeFunction("get_cmap", "name=None, lut=None") { a in
        let chosen = try ColormapArgument.name(a["name"]) ?? Colormap.defaultName
        _ = try plotCall { try Colormap(named: chosen) }
        return .object(ColormapObject(name: chosen))
    }
}
