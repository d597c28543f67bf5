import Interpreter

/// `keras.applications.inception_v3.InceptionV3` and `keras.backend.clear_session`: the former
/// explains that the pre-trained network is not available in this build.
enum KerasApplications {
    static func inceptionV3() -> [(String, Value)] {
        [KerasNative.function("InceptionV3", "include_top=True, weights='imagenet', input_tensor=None, input_shape=None, pooling=None, classes=1000, classifier_activation='softmax'") { _ in
            throw PythonError(PyTypes.NotImplementedError, "InceptionV3 is not available in this Deeplings build (it needs the functional Model API, BatchNormalization and Concatenate layers). Build a small Sequential CNN with Conv2D and MaxPooling2D instead.")
        }]
    }

    static func backend(runtime: KerasRuntime) -> [(String, Value)] {
        [KerasNative.function("clear_session", "free_memory=True") { _ in
            runtime.resetNames()
            return .none
        }]
    }
}
