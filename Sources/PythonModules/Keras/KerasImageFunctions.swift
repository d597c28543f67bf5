import ImageData
import Interpreter
import Tensors

/// A loaded image as a PIL-like Python object (`load_img`'s result): `size`, `width`, `height`, `mode`.
///
///     img = image.load_img(path, target_size=(150, 150))
///     img.size            # (150, 150)
final class KerasPILImage: PyObject {
    let image: Image

    init(_ image: Image) {
        self.image = image
    }

    /// Pillow's mode name for the channel count.
    var mode: String { ["L", "LA", "RGB", "RGBA"][max(0, min(3, image.channels - 1))] }

    override var pyClass: PyClass { Self.type }

    nonisolated(unsafe) static let type = PyClass(name: "Image", module: "PIL.Image")

    override func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        switch name {
        case "size": return .tuple([.int(image.width), .int(image.height)])
        case "width": return .int(image.width)
        case "height": return .int(image.height)
        case "mode": return .str(mode)
        default: return try super.getAttribute(name, interp)
        }
    }

    override func attributeNames() -> [String] { ["size", "width", "height", "mode"] }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        "<PIL.Image.Image image mode=\(mode) size=\(image.width)x\(image.height)>"
    }
}

/// `load_img`, `img_to_array`, `array_to_img` and `save_img` of `keras.preprocessing.image` and `keras.utils`.
enum KerasImageFunctions {
    static func members() -> [(String, Value)] {
        [
            KerasNative.function("load_img", "path, color_mode='rgb', target_size=None, interpolation='nearest', keep_aspect_ratio=False, grayscale=False") { a in
                let path = try KerasPaths.readable(try a.string("path"), a.interpreter)
                let mode = try a.bool("grayscale") ? ColorMode.grayscale : try ColorMode(keras: try a.string("color_mode"))
                let size = try KerasArguments.pair(a, "target_size")
                let image = try KerasImage.load(
                    path, colorMode: mode, targetSize: size.map { (height: $0.0, width: $0.1) },
                    interpolation: try Interpolation(keras: try a.string("interpolation")))
                return .object(KerasPILImage(image))
            },
            KerasNative.function("img_to_array", "img, data_format=None, dtype=None") { a in
                let image = try KerasNative.payload(a["img"], as: KerasPILImage.self, expected: "an image from load_img").image
                let (values, shape) = KerasImage.toArray(image)
                return try KerasArrays.value(of: try Tensor(values, shape: shape), a.interpreter)
            },
            KerasNative.function("array_to_img", "x, data_format=None, scale=True, dtype=None") { a in
                let x = try KerasArrays.tensor(from: a["x"], a.interpreter, argument: "x").cast(to: .float32)
                return .object(KerasPILImage(try KerasImage.fromArray(x.asArray(Float.self), shape: x.shape, scale: try a.bool("scale"))))
            },
            KerasNative.function("save_img", "path, x, data_format=None, file_format=None, scale=True") { a in
                let path = try KerasPaths.writable(try a.string("path"), a.interpreter)
                let x = try KerasArrays.tensor(from: a["x"], a.interpreter, argument: "x").cast(to: .float32)
                try KerasImage.save(path, values: x.asArray(Float.self), shape: x.shape, scale: try a.bool("scale"))
                return .none
            },
        ]
    }
}
