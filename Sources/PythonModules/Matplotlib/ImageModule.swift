import Plotting
import Foundation
import ImageData
import Interpreter
import Tensors

/// `matplotlib.image`: `imread` (PNG → float32 in 0…1, JPEG → uint8, as matplotlib returns them)
/// and `imsave`, both through `ImageData` and inside the sandbox.
enum ImageModule {
    static func make() -> PyModule {
        let module = PyModule(name: "matplotlib.image", doc: "The image module supports basic image loading, rescaling and display operations.")
        module.attributes["imread"] = .object(imread)
        module.attributes["imsave"] = .object(imsave)
        return module
    }

    nonisolated(unsafe) static let imread = PyNativeFunction("imread", "fname, format=None") { a in
        let interp = a.interpreter
        guard case .str(let name) = a["fname"] else {
            throw PythonError.typeError("imread() expects a file name as a string, not '\(a["fname"].typeName)'")
        }
        let path = try SandboxPaths.readablePath(name, interp)
        let image = try plotCall { try Image(contentsOfFile: path) }
        let shape = image.channels == 1 ? [image.height, image.width] : [image.height, image.width, image.channels]
        let tensor: Tensor
        if isPNG(path) {
            tensor = try Tensor(image.pixels.map { Float($0) / 255 }, shape: shape)
        } else {
            tensor = try Tensor(image.pixels, shape: shape)
        }
        return NDArray.wrap(tensor)
    }

    nonisolated(unsafe) static let imsave = PyNativeFunction(
        "imsave", "fname, arr, vmin=None, vmax=None, cmap=None, format=None, origin=None, dpi=100, **kwargs"
    ) { a in
        let interp = a.interpreter
        guard case .str(let name) = a["fname"] else {
            throw PythonError.typeError("imsave() expects a file name as a string, not '\(a["fname"].typeName)'")
        }
        let data = try PlotValues.image(a["arr"], interp)
        let colormap = try ColormapArgument.name(a["cmap"]) ?? Colormap.defaultName
        let format = ImageFormat(pathExtension: name) ?? .png
        let path = try SandboxPaths.writablePath(name, interp)
        try plotCall {
            let image = try AxesImage(
                values: data.values, shape: data.shape, isInteger: data.isInteger, colormap: try Colormap(named: colormap),
                vmin: try PlotValues.optionalNumber(a["vmin"], name: "vmin"),
                vmax: try PlotValues.optionalNumber(a["vmax"], name: "vmax"))
            let pixels = try Image(width: image.width, height: image.height, channels: 4, pixels: image.rgbaPixels())
            try pixels.write(toFile: path, format: format)
        }
        return .none
    }

    /// Whether the file starts with the PNG signature (matplotlib decides float vs uint8 by format).
    private static func isPNG(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 8)) ?? Data()
        return Array(head) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    }
}
