import Tensors

extension ImageBatch {
    /// The images as a float32 `Tensor` of shape `(batch, height, width, channels)`.
    ///
    ///     let (x, y) = try iterator.next().tensors()
    public func imageTensor() throws -> Tensor { try Tensor(images, shape: imageShape) }

    /// The labels as a float32 `Tensor`, or nil for `class_mode=None`.
    public func labelTensor() throws -> Tensor? {
        guard let labels, let labelShape else { return nil }
        return try Tensor(labels, shape: labelShape)
    }

    /// Images and labels as tensors, as Keras' iterators yield `(x, y)` (or `x` alone).
    public func tensors() throws -> (x: Tensor, y: Tensor?) { (try imageTensor(), try labelTensor()) }
}

extension BatchIterator {
    /// The next batch as tensors (Keras' `next(iterator)`).
    ///
    ///     let (images, labels) = try trainGenerator.nextTensors()
    public func nextTensors() throws -> (x: Tensor, y: Tensor?) { try next().tensors() }
}

extension ImageDataGenerator {
    /// Keras' `flow(x, y)` on tensors: `x` of shape `(samples, height, width, channels)`, `y` with
    /// one row per sample.
    ///
    ///     let iterator = try generator.flow(trainImages, trainLabels, batchSize: 32)
    public func flow(
        _ x: Tensor, _ y: Tensor? = nil, batchSize: Int = 32, shuffle: Bool = true, seed: UInt64? = nil,
        subset: Subset? = nil
    ) throws -> ArrayIterator {
        try flow(
            x: x.asArray(Float.self), xShape: x.shape, y: y?.asArray(Float.self), yShape: y?.shape,
            batchSize: batchSize, shuffle: shuffle, seed: seed, subset: subset)
    }
}

extension KerasImage {
    /// Keras' `img_to_array` as a float32 `Tensor` of shape `(height, width, channels)`.
    public static func toTensor(_ image: Image) throws -> Tensor {
        let (values, shape) = toArray(image)
        return try Tensor(values, shape: shape)
    }

    /// Keras' `array_to_img` from a `(height, width, channels)` tensor.
    public static func fromTensor(_ tensor: Tensor, scale: Bool = true) throws -> Image {
        try fromArray(tensor.asArray(Float.self), shape: tensor.shape, scale: scale)
    }
}
