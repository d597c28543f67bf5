import Plotting
import ImageData
import Interpreter

/// `savefig`: rasterises a figure and writes it as PNG (or JPEG) inside the sandbox workspace.
enum FigureSaving {
    static let supportedFormats = ["jpeg", "jpg", "png"]

    /// `fig.savefig(fname, dpi=None, format=None, **kwargs)` / `plt.savefig(...)`.
    static func save(_ figure: Figure, _ arguments: BoundArguments) throws {
        let interp = arguments.interpreter
        guard case .str(var name) = arguments["fname"] else {
            throw PythonError.typeError("savefig() expects a file name as a string, not '\(arguments["fname"].typeName)'")
        }
        let requested = try optionalString(arguments["format"], name: "format")?.lowercased()
        let fileName = name.split(separator: "/").last.map(String.init) ?? name
        let extensionFormat = fileName.contains(".") ? fileName.split(separator: ".").last.map { $0.lowercased() } : nil
        let format = requested ?? extensionFormat ?? "png"
        if requested == nil && extensionFormat == nil { name += ".png" }
        guard supportedFormats.contains(format) else {
            throw PythonError.valueError(
                "Format '\(format)' is not supported (supported formats: \(supportedFormats.joined(separator: ", ")))")
        }
        let dpi: Double?
        switch arguments["dpi"] {
        case .none, .str("figure"): dpi = nil
        case let value: dpi = try Double(python: value)
        }
        let path = try SandboxPaths.writablePath(name, interp)
        let raster = try plotCall { try figure.rasterize(dpi: dpi ?? figure.dpi) }
        try plotCall {
            let image = try Image(width: raster.width, height: raster.height, channels: 4, pixels: raster.rgba)
            try image.write(toFile: path, format: format == "png" ? .png : .jpeg)
        }
    }
}
