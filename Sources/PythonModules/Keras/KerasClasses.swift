import Interpreter

/// The Python classes of one interpreter's Keras, created once on first use.
final class KerasClasses {
    unowned let runtime: KerasRuntime

    init(runtime: KerasRuntime) {
        self.runtime = runtime
    }

    /// `keras.layers.Layer`.
    private(set) lazy var layer = KerasLayerBase.makeClass(runtime: runtime)
    /// `Dense`, `Conv2D`, `MaxPooling2D`, … by name.
    private(set) lazy var layers = KerasLayerClasses.make(base: layer, runtime: runtime)
    /// `keras.Model`: functional models, and the base of `Sequential`.
    private(set) lazy var functional = KerasModelClass.makeModelClass(runtime: runtime)
    /// `keras.Sequential`.
    private(set) lazy var sequential = KerasModelClass.makeSequentialClass(base: functional, runtime: runtime)
    /// The classes of `keras.initializers`.
    private(set) lazy var initializers = KerasInitializers.members()
    /// `keras.callbacks.Callback`.
    private(set) lazy var callback = KerasCallbacks.makeCallbackClass()
    /// `keras.callbacks.History`.
    private(set) lazy var history = KerasCallbacks.makeHistoryClass(base: callback)
    /// `Optimizer`, `SGD`, `RMSprop`, `Adam`.
    private(set) lazy var optimizers = KerasOptimizers.makeClasses(runtime: runtime)
    /// `keras.optimizers.Optimizer`.
    var optimizerBase: PyClass { optimizers.first { $0.0 == "Optimizer" }?.1 ?? PyTypes.object }
    /// The classes and functions of `keras.losses`.
    private(set) lazy var losses = KerasLosses.members()
    /// `tf.nn.relu`, `keras.activations.softmax`, …
    private(set) lazy var activations = KerasActivationFunction.all()
    /// `ImageDataGenerator` and its iterator classes.
    private(set) lazy var imagePreprocessing = KerasImagePreprocessing.makeClasses(runtime: runtime)
    /// `load_img`, `img_to_array`, `array_to_img`, `save_img`.
    private(set) lazy var imageFunctions = KerasImageFunctions.members()
}
