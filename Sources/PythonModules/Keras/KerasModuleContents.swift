import Interpreter

/// What each module of the Keras tree holds; submodules are attached lazily by `KerasRuntime`.
enum KerasModuleContents {
    /// TensorFlow's and Keras' versions as the course's reference run (TF 2.21 with Keras 3).
    static let tensorFlowVersion = "2.21.0"
    static let kerasVersion = "3.12.0"

    static func fill(_ module: PyModule, runtime: KerasRuntime) throws {
        let classes = runtime.classes
        var members: [(String, Value)] = []
        switch module.name {
        case "tensorflow":
            members = [("__version__", .str(tensorFlowVersion))]
        case "tensorflow.nn":
            members = classes.activations
        case "keras":
            members = [
                ("__version__", .str(kerasVersion)), ("Sequential", .object(classes.sequential)), ("Model", .object(classes.functional)),
                KerasSymbolicTensor.inputFunction(runtime: runtime),
            ]
        case "keras.layers":
            members =
                [
                    ("Layer", .object(classes.layer)), KerasSymbolicTensor.inputFunction(runtime: runtime),
                    KerasLayerClasses.concatenateFunction(runtime: runtime),
                ] + classes.layers.map { ($0.0, .object($0.1)) }
            if let pool = classes.layers.first(where: { $0.0 == "MaxPooling2D" }) { members.append(("MaxPool2D", .object(pool.1))) }
            if let pool = classes.layers.first(where: { $0.0 == "AveragePooling2D" }) { members.append(("AvgPool2D", .object(pool.1))) }
        case "keras.models":
            members = [
                ("Sequential", .object(classes.sequential)), ("Model", .object(classes.functional)),
                KerasModelClass.loadModelFunction(runtime: runtime),
            ]
        case "keras.optimizers":
            members = classes.optimizers.map { ($0.0, .object($0.1)) }
        case "keras.losses":
            members = classes.losses
        case "keras.callbacks":
            members = [("Callback", .object(classes.callback)), ("History", .object(classes.history))]
        case "keras.activations":
            members = classes.activations
        case "keras.datasets.fashion_mnist":
            members = KerasDatasets.fashionMNIST()
        case "keras.datasets.mnist":
            members = KerasDatasets.mnist()
        case "keras.preprocessing.image":
            let image = classes.imagePreprocessing
            members =
                classes.imageFunctions + [
                    ("ImageDataGenerator", .object(image.generator)),
                    ("DirectoryIterator", .object(image.directoryIterator)),
                    ("NumpyArrayIterator", .object(image.arrayIterator)),
                ]
        case "keras.utils":
            members = classes.imageFunctions + [KerasInitializers.setRandomSeed()]
        case "keras.initializers":
            members = classes.initializers
        case "keras.applications.inception_v3":
            members = KerasApplications.inceptionV3(runtime: runtime) + [KerasApplications.preprocessInput()]
        case "keras.applications":
            members = KerasApplications.inceptionV3(runtime: runtime) + KerasApplications.courseBase(runtime: runtime)
        case "deeplings.applications":
            members = KerasApplications.courseBase(runtime: runtime)
        case "keras.backend":
            members = KerasApplications.backend(runtime: runtime)
        default:
            break
        }
        for (name, value) in members { module.attributes[name] = value }
    }
}
