import Foundation
import ImageData
import Interpreter
import NeuralNet
import Tensors

/// `keras.applications.inception_v3.InceptionV3` (Keras' architecture, weights from a local
/// file: no download is possible) and `keras.backend.clear_session`.
enum KerasApplications {
    static func inceptionV3(runtime: KerasRuntime) -> [(String, Value)] {
        [
            KerasNative.function(
                "InceptionV3",
                "include_top=True, weights='imagenet', input_tensor=None, input_shape=None, pooling=None, classes=1000, classifier_activation='softmax', name='inception_v3'"
            ) { a in
                let interp = a.interpreter
                let weights = try a.optional("weights", as: String.self)
                if weights == "imagenet" {
                    throw PythonError(
                        PyTypes.OSError,
                        "InceptionV3(weights='imagenet') downloads the ImageNet weights, and no download is possible here; use weights=None, then pre_trained_model.load_weights('inception_v3_weights_tf_dim_ordering_tf_kernels_notop.h5') with a local Keras .h5 file (or pass weights='that_file.h5')."
                    )
                }
                try rejectInputTensor(a)
                let path = try weights.map { try KerasPaths.readable($0, interp) }
                if let path, !FileManager.default.fileExists(atPath: path) {
                    throw PythonError.valueError(
                        "The `weights` argument should be either `None` (random initialization), `imagenet` (pre-training on ImageNet), or the path to the weights file to be loaded; Received: weights=\(weights ?? path). No such file: check the path of your local .h5 file."
                    )
                }
                let pooling = try poolingArgument(a)
                let activation = try KerasArguments.activation(a["classifier_activation"], interp)
                let model = try runtime.naming {
                    try Applications.inceptionV3(
                        inputShape: try KerasArguments.shape(a, "input_shape"), includeTop: try a.bool("include_top"),
                        pooling: pooling, classes: try a.int("classes"), classifierActivation: activation)
                }
                return try functionalObject(model, weightsAt: path, runtime: runtime)
            }
        ]
    }

    /// `keras.applications.course_base` (also `CourseBase`, and `deeplings.applications.course_base`):
    /// the course's compact Inception-style base, with `weights='course'` loading the weights
    /// `deeplings pretrain` made (shipped in `datasets/`), `None` random ones, or a path a file.
    static func courseBase(runtime: KerasRuntime) -> [(String, Value)] {
        let function = KerasNative.function(
            "course_base", "input_shape=None, include_top=False, weights='course', input_tensor=None, pooling=None, classes=16, classifier_activation='softmax'"
        ) { a in
            let interp = a.interpreter
            let weights = try a.optional("weights", as: String.self)
            let includeTop = try a.bool("include_top")
            try rejectInputTensor(a)
            var path: String?
            switch weights {
            case nil: path = nil
            case "course"?:
                if includeTop {
                    throw PythonError.valueError(
                        "The course weights have no top (the course always adds its own head); use include_top=False with weights='course', or weights=None for a trainable top.")
                }
                do { path = try CourseBaseWeights.shippedPath() } catch {
                    throw PythonError(PyTypes.OSError, "\(error)")
                }
            case "imagenet"?:
                throw PythonError.valueError("course_base has no ImageNet weights (it was pretrained here, on the course's rendered images); use weights='course' or weights=None.")
            case let file?:
                let resolved = try KerasPaths.readable(file, interp)
                guard FileManager.default.fileExists(atPath: resolved) else {
                    throw PythonError.valueError(
                        "The `weights` argument should be either `None` (random initialization), `course` (the course's pretrained weights), or the path to the weights file to be loaded; Received: weights=\(file). No such file: check the path."
                    )
                }
                path = resolved
            }
            let pooling = try poolingArgument(a)
            let activation = try KerasArguments.activation(a["classifier_activation"], interp)
            let model = try runtime.naming {
                try Applications.courseBase(
                    inputShape: try KerasArguments.shape(a, "input_shape"), includeTop: includeTop,
                    pooling: pooling, classes: try a.int("classes"), classifierActivation: activation)
            }
            return try functionalObject(model, weightsAt: path, runtime: runtime)
        }
        return [("course_base", function.1), ("CourseBase", function.1)]
    }

    /// `pooling=` as Keras takes it: None, 'avg' or 'max'.
    private static func poolingArgument(_ a: BoundArguments) throws -> Applications.Pooling? {
        guard let name = try a.optional("pooling", as: String.self) else { return nil }
        guard let known = Applications.Pooling(rawValue: name) else {
            throw PythonError.valueError("`pooling` must be None, 'avg' or 'max'. Received: pooling=\(name).")
        }
        return known
    }

    /// `input_tensor=` is not taken: the application makes its own input from `input_shape`.
    private static func rejectInputTensor(_ a: BoundArguments) throws {
        guard a.isNone("input_tensor") else {
            throw PythonError.valueError("input_tensor is not supported here; pass input_shape=(150, 150, 3) instead.")
        }
    }

    /// An application's model, with the weights at `path` loaded, as a Python functional model.
    private static func functionalObject(_ model: Model, weightsAt path: String?, runtime: KerasRuntime) throws -> Value {
        if let path { try model.loadWeights(from: path) }
        let object = KerasModelObject(cls: runtime.classes.functional)
        object.model = model
        return .object(object)
    }

    /// `inception_v3.preprocess_input`: pixels in [0, 255] scaled to [-1, 1], as Keras' "tf" mode.
    static func preprocessInput() -> (String, Value) {
        KerasNative.function("preprocess_input", "x, data_format=None") { a in
            let x = try KerasArrays.tensor(from: a["x"], a.interpreter, argument: "x").cast(to: .float32)
            return try KerasArrays.value(of: try x / 127.5 - 1.0, a.interpreter)
        }
    }

    static func backend(runtime: KerasRuntime) -> [(String, Value)] {
        [
            KerasNative.function("clear_session", "free_memory=True") { _ in
                runtime.resetNames()
                return .none
            }
        ]
    }
}
