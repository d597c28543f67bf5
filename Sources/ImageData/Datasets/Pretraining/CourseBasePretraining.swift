import NeuralNet
import Tensors

/// Pretrains the course base (`Applications.courseBase`) on a `PretrainingSet`: the base with
/// global average pooling and a 16-way softmax on top, Adam, sparse categorical cross-entropy,
/// 90 % of the images for training and 10 % held out. Seeded end to end: the same options give
/// the same weights.
///
///     let options = CourseBasePretraining.Options(count: 9600, size: 96, epochs: 2)
///     let set = try PretrainingSet.render(count: options.count, size: options.size)
///     let result = try CourseBasePretraining.train(on: set, options: options)
///     try result.base.saveKerasWeights(to: "course_base_weights_notop.h5")
public enum CourseBasePretraining {
    /// What to render and how to train.
    public struct Options: Sendable {
        /// Images to render (training and held-out together).
        public var count: Int
        /// Image side during pretraining (the base works at any size ≥ 75, e.g. 150).
        public var size: Int
        /// Passes over the training images.
        public var epochs: Int
        /// Images per step.
        public var batchSize: Int
        /// Adam's learning rate.
        public var learningRate: Double
        /// Seeds rendering, initial weights, shuffling and flips.
        public var seed: UInt64

        /// The shipped base's settings unless overridden.
        public init(
            count: Int = 9600, size: Int = 96, epochs: Int = 2, batchSize: Int = 32, learningRate: Double = 0.001,
            seed: UInt64 = PretrainingSet.defaultSeed
        ) {
            self.count = count
            self.size = size
            self.epochs = epochs
            self.batchSize = batchSize
            self.learningRate = learningRate
            self.seed = seed
        }
    }

    /// The trained base (no top, named as `course_base(include_top=False)`) and its history.
    public struct Result {
        /// The base without its pretraining top: save this one.
        public let base: Model
        /// Loss and accuracy per epoch, held-out figures as `val_`.
        public let history: History
    }

    /// Trains on `set` (rendered with `options`); `output` receives Keras' progress lines.
    public static func train(
        on set: PretrainingSet, options: Options,
        output: @escaping (String) -> Void = ProgressBar.standardOutput
    ) throws -> Result {
        guard options.epochs > 0 else { throw ImageDataError.invalidArgument("epochs must be positive, received \(options.epochs)") }
        let held = max(1, set.count / 10)
        guard set.count - held >= options.batchSize else {
            throw ImageDataError.invalidArgument("\(set.count) images leave too few for batches of \(options.batchSize); render more (count ≥ \(options.batchSize * 2))")
        }
        Initializers.seed(options.seed)
        let (base, model) = try LayerNames.$scope.withValue(LayerNameScope()) {
            let base = try Applications.courseBase(inputShape: [options.size, options.size, 3], includeTop: false)
            guard let features = base.outputs.first else { throw ImageDataError.invalidArgument("the course base has no output") }
            var x = try GlobalAveragePooling2D(name: "avg_pool")(features)
            x = try Dense(units: PretrainingSet.classNames.count, activation: .softmax, name: "predictions")(x)
            return (base, try Model(inputs: base.inputs, outputs: [x], name: "course_base_pretraining"))
        }
        try model.compile(optimizer: Adam(learningRate: options.learningRate), loss: .sparseCategoricalCrossentropy, metrics: ["accuracy"])
        let training = try PretrainingBatches(
            set, range: 0..<(set.count - held), batchSize: options.batchSize,
            shuffle: true, flip: true, seed: options.seed)
        let validation = try PretrainingBatches(
            set, range: (set.count - held)..<set.count, batchSize: options.batchSize,
            shuffle: false, flip: false, seed: options.seed)
        let history = try model.fit(training, epochs: options.epochs, verbose: 1, validationData: validation, output: output)
        return Result(base: base, history: history)
    }
}
