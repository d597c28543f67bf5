import ImageData
import Interpreter
import Tensors

/// `keras.preprocessing.image.ImageDataGenerator` over `ImageData`: Keras' constructor arguments,
/// `flow_from_directory` and `flow`.
///
///     train_datagen = ImageDataGenerator(rescale=1./255, rotation_range=40, horizontal_flip=True)
///     train = train_datagen.flow_from_directory('/tmp/horse-or-human/', target_size=(300, 300), class_mode='binary')
final class KerasGeneratorObject: PyInstance {
    var generator: ImageDataGenerator?

    func requireGenerator() throws -> ImageDataGenerator {
        guard let generator else { throw PythonError.runtimeError("This ImageDataGenerator was not initialized. Call ImageDataGenerator(...) to create it.") }
        return generator
    }
}

enum KerasImagePreprocessing {
    static let generatorSignature =
        "featurewise_center=False, samplewise_center=False, featurewise_std_normalization=False, samplewise_std_normalization=False, zca_whitening=False, zca_epsilon=1e-06, rotation_range=0, width_shift_range=0.0, height_shift_range=0.0, brightness_range=None, shear_range=0.0, zoom_range=0.0, channel_shift_range=0.0, fill_mode='nearest', cval=0.0, horizontal_flip=False, vertical_flip=False, rescale=None, preprocessing_function=None, data_format=None, validation_split=0.0, interpolation_order=1, dtype=None"

    /// The `ImageDataGenerator` class and the iterator class its methods return.
    static func makeClasses(runtime: KerasRuntime) -> (generator: PyClass, directoryIterator: PyClass, arrayIterator: PyClass) {
        let directoryIterator = KerasNative.makeClass("DirectoryIterator", module: "keras.src.legacy.preprocessing.image", attributes: [])
        let arrayIterator = KerasNative.makeClass("NumpyArrayIterator", module: "keras.src.legacy.preprocessing.image", attributes: [])
        let owner = "ImageDataGenerator"
        let attributes: [(String, Value)] = [
            (
                "__init__",
                .object(
                    PyNativeFunction("ImageDataGenerator.__init__", "self, \(generatorSignature)") { a in
                        try KerasErrors.translating {
                            let me = try KerasNative.payload(a["self"], as: KerasGeneratorObject.self, expected: "an ImageDataGenerator")
                            me.generator = try makeGenerator(a)
                            return .none
                        }
                    })
            ),
            KerasNative.method(
                "flow_from_directory",
                "directory, target_size=(256, 256), color_mode='rgb', classes=None, class_mode='categorical', batch_size=32, shuffle=True, seed=None, save_to_dir=None, save_prefix='', save_format='png', follow_links=False, subset=None, interpolation='nearest', keep_aspect_ratio=False",
                owner: owner
            ) { a in
                let generator = try KerasNative.payload(a["self"], as: KerasGeneratorObject.self, expected: "an ImageDataGenerator").requireGenerator()
                let interp = a.interpreter
                let directory = try KerasPaths.readable(try a.string("directory"), interp)
                guard let size = try KerasArguments.pair(a, "target_size") else {
                    throw PythonError.valueError("target_size must be (height, width), e.g. target_size=(150, 150).")
                }
                let classMode = a.isNone("class_mode") ? nil : try ClassMode(keras: try a.string("class_mode"))
                let classes = a.isNone("classes") ? nil : try [String](python: a["classes"])
                let iterator = try generator.flowFromDirectory(
                    directory, targetSize: (size.0, size.1), colorMode: try ColorMode(keras: try a.string("color_mode")),
                    classes: classes, classMode: classMode, batchSize: try a.int("batch_size"), shuffle: try a.bool("shuffle"),
                    seed: try a.optional("seed", as: Int.self).map { UInt64(truncatingIfNeeded: $0) },
                    interpolation: try Interpolation(keras: try a.string("interpolation")),
                    subset: try a.optional("subset", as: String.self).map { try Subset(keras: $0) },
                    log: { runtime.write($0 + "\n") })
                let target: [Int]
                switch classMode {
                case .categorical: target = [iterator.numClasses]
                case .input: target = iterator.imageShape
                default: target = []
                }
                return .object(KerasIteratorObject(iterator, sampleShape: iterator.imageShape, targetShape: target, cls: directoryIterator))
            },
            KerasNative.method(
                "flow",
                "x, y=None, batch_size=32, shuffle=True, sample_weight=None, seed=None, save_to_dir=None, save_prefix='', save_format='png', ignore_class_split=False, subset=None",
                owner: owner
            ) { a in
                let generator = try KerasNative.payload(a["self"], as: KerasGeneratorObject.self, expected: "an ImageDataGenerator").requireGenerator()
                let interp = a.interpreter
                let x = try KerasArrays.tensor(from: a["x"], interp, argument: "x").cast(to: .float32)
                let y = try KerasArrays.optionalTensor(from: a["y"], interp, argument: "y")?.cast(to: .float32)
                let iterator = try generator.flow(
                    x: x.asArray(Float.self), xShape: x.shape, y: y?.asArray(Float.self), yShape: y?.shape,
                    batchSize: try a.int("batch_size"), shuffle: try a.bool("shuffle"),
                    seed: try a.optional("seed", as: Int.self).map { UInt64(truncatingIfNeeded: $0) },
                    subset: try a.optional("subset", as: String.self).map { try Subset(keras: $0) })
                return .object(
                    KerasIteratorObject(
                        iterator, sampleShape: Array(x.shape.dropFirst()),
                        targetShape: Array((y?.shape ?? []).dropFirst()), cls: arrayIterator))
            },
        ]
        let generator = KerasNative.makeClass("ImageDataGenerator", module: "keras.src.legacy.preprocessing.image", attributes: attributes) {
            KerasGeneratorObject(cls: $0)
        }
        return (generator, directoryIterator, arrayIterator)
    }

    /// Keras' arguments to `ImageData`'s generator; the ones it does not implement must stay at their defaults.
    static func makeGenerator(_ a: BoundArguments) throws -> ImageDataGenerator {
        for flag in ["featurewise_center", "samplewise_center", "featurewise_std_normalization", "samplewise_std_normalization", "zca_whitening"]
        where try a.bool(flag) {
            throw PythonError.valueError("\(flag)=True is not supported here; leave it out (the course normalises with rescale=1./255).")
        }
        for name in ["brightness_range", "preprocessing_function"] where !a.isNone(name) {
            throw PythonError.valueError("\(name) is not supported here; leave it out.")
        }
        if try a.double("channel_shift_range") != 0 {
            throw PythonError.valueError("channel_shift_range is not supported here; leave it out.")
        }
        let zoom: (Double, Double)
        switch a["zoom_range"] {
        case .list, .tuple:
            let pair = try [Double](python: a["zoom_range"])
            guard pair.count == 2 else {
                throw PythonError.valueError("`zoom_range` should be a float or a tuple or list of two floats. Received: \(try a.interpreter.repr(a["zoom_range"]))")
            }
            zoom = (pair[0], pair[1])
        default:
            let z = try a.double("zoom_range")
            zoom = (1 - z, 1 + z)
        }
        let rescale = try a.optional("rescale", as: Double.self).map { Float($0) }
        return try ImageDataGenerator(
            rescale: rescale, rotationRange: try a.double("rotation_range"),
            widthShiftRange: try shift(a, "width_shift_range"), heightShiftRange: try shift(a, "height_shift_range"),
            shearRange: try a.double("shear_range"), zoomRange: zoom,
            horizontalFlip: try a.bool("horizontal_flip"), verticalFlip: try a.bool("vertical_flip"),
            fillMode: try FillMode(keras: try a.string("fill_mode"), cval: Float(try a.double("cval"))),
            validationSplit: try a.double("validation_split"))
    }

    /// Keras' shift ranges: a fraction (or pixels when ≥ 1), an int (whole pixels), or a list of choices.
    static func shift(_ a: BoundArguments, _ name: String) throws -> ShiftRange {
        switch a[name] {
        case .int(let n): return .integer(n)
        case .list, .tuple: return .choice(try [Double](python: a[name]))
        default: return .uniform(try a.double(name))
        }
    }
}
