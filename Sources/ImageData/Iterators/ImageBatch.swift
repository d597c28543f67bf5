/// One batch from an iterator: images as a contiguous Float32 NHWC buffer and, unless the class
/// mode is `None`, labels as a contiguous Float32 buffer.
public struct ImageBatch: Sendable, Equatable {
    /// `imageShape.reduce(1, *)` samples, row-major.
    public var images: [Float]
    /// `[batch, height, width, channels]`.
    public var imageShape: [Int]
    /// Labels (one-hot rows, 0/1, class indices or the images), or nil for `class_mode=None`.
    public var labels: [Float]?
    /// The shape of `labels`.
    public var labelShape: [Int]?

    /// The number of samples in the batch.
    public var count: Int { imageShape.first ?? 0 }
}
