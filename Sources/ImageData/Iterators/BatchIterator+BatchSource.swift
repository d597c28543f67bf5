import NeuralNet
import Tensors

extension DirectoryIterator: BatchSource {
    /// Batches per pass, for `fit` without `steps_per_epoch`.
    public var batchCount: Int { batchesPerEpoch }
    /// `(height, width, channels)` of one image.
    public var sampleShape: [Int] { imageShape }
    /// The shape of one label: `(classes,)` one-hot, `()` for binary and sparse, the image for input.
    public var targetShape: [Int] {
        switch classMode {
        case .categorical: [numClasses]
        case .binary, .sparse, nil: []
        case .input: imageShape
        }
    }

    /// Batch `index` as `(x, y)` tensors with fresh augmentations, for `fit` and `evaluate`.
    public func batch(at index: Int) throws -> (x: Tensor, y: Tensor) {
        guard classMode != nil else {
            throw ImageDataError.invalidArgument(
                "this iterator was made with class_mode=None and yields no labels; use class_mode 'binary', 'categorical', 'sparse' or 'input' to train on it")
        }
        let (x, y) = try imageBatch(at: index).tensors()
        return (x, y ?? x)
    }

    /// Reshuffles the order for the next pass (Keras' `on_epoch_end`).
    public func startPass() { startNewPass() }
}

extension ArrayIterator: BatchSource {
    /// Batches per pass.
    public var batchCount: Int { batchesPerEpoch }
    /// `(height, width, channels)` of one image.
    public var sampleShape: [Int] { imageSampleShape }
    /// The shape of one label row.
    public var targetShape: [Int] { labelRowShape }

    /// Batch `index` as `(x, y)` tensors with fresh augmentations.
    public func batch(at index: Int) throws -> (x: Tensor, y: Tensor) {
        let (x, y) = try imageBatch(at: index).tensors()
        guard let y else {
            throw ImageDataError.invalidArgument("flow(x) was called without y, so there are no labels to train on; pass flow(x, y)")
        }
        return (x, y)
    }

    /// Reshuffles the order for the next pass.
    public func startPass() { startNewPass() }
}
