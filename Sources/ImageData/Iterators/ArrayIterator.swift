import Dispatch

/// Keras' `NumpyArrayIterator` (`flow(x, y)`): endless augmented batches from in-memory arrays.
///
///     let iterator = try generator.flow(x: pixels, xShape: [100, 28, 28, 1], y: labels, yShape: [100])
///     let batch = try iterator.next()
public final class ArrayIterator: BatchIterator, @unchecked Sendable {
    private let x: [Float]
    let imageSampleShape: [Int]
    let y: [Float]?
    let labelRowShape: [Int]
    private let generator: ImageDataGenerator

    /// Checks shapes as Keras does and keeps the `subset` part of the arrays.
    public init(
        x: [Float], xShape: [Int], y: [Float]?, yShape: [Int]?, generator: ImageDataGenerator,
        batchSize: Int = 32, shuffle: Bool = true, seed: UInt64? = nil, subset: Subset? = nil
    ) throws {
        guard xShape.count == 4 else {
            throw ImageDataError.invalidArgument(
                "Input data in `NumpyArrayIterator` should have rank 4. You passed an array with shape \(KerasImage.tuple(xShape))")
        }
        guard x.count == xShape.reduce(1, *), xShape.allSatisfy({ $0 >= 0 }) else {
            throw ImageDataError.invalidArgument("x holds \(x.count) values, which does not match shape \(KerasImage.tuple(xShape))")
        }
        guard batchSize > 0 else {
            throw ImageDataError.invalidArgument("batch_size must be a positive integer, received \(batchSize)")
        }
        var labelRowShape: [Int] = []
        if let y {
            let shape = yShape ?? [y.count]
            guard shape.first == xShape[0], y.count == shape.reduce(1, *) else {
                throw ImageDataError.invalidArgument(
                    "`x` (images tensor) and `y` (labels) should have the same length. Found: x.shape = \(KerasImage.tuple(xShape)), y.shape = \(KerasImage.tuple(shape))")
            }
            labelRowShape = Array(shape.dropFirst())
        }
        var range = 0..<xShape[0]
        if let subset {
            let splitIndex = Int(Double(xShape[0]) * generator.validationSplit)
            range = subset == .validation ? 0..<splitIndex : splitIndex..<xShape[0]
        }
        let perSample = xShape.dropFirst().reduce(1, *)
        let perLabel = labelRowShape.reduce(1, *)
        self.x = Array(x[range.lowerBound * perSample..<range.upperBound * perSample])
        self.y = y.map { Array($0[range.lowerBound * perLabel..<range.upperBound * perLabel]) }
        self.imageSampleShape = Array(xShape.dropFirst())
        self.labelRowShape = labelRowShape
        self.generator = generator
        super.init(sampleCount: range.count, batchSize: batchSize, shuffle: shuffle, seed: seed)
    }

    override func makeBatch(indices: [Int], generator random: SeededGenerator) throws -> ImageBatch {
        let (height, width, channels) = (imageSampleShape[0], imageSampleShape[1], imageSampleShape[2])
        let perImage = height * width * channels
        var stream = random
        let plans = indices.map { _ in generator.randomPlan(width: width, height: height, using: &stream) }
        let fill = generator.fillMode
        var images = [Float](repeating: 0, count: perImage * indices.count)
        x.withUnsafeBufferPointer { source in
            images.withUnsafeMutableBufferPointer { buffer in
                nonisolated(unsafe) let base = buffer.baseAddress!
                nonisolated(unsafe) let input = source
                DispatchQueue.concurrentPerform(iterations: indices.count) { i in
                    let sample = UnsafeBufferPointer(rebasing: input[indices[i] * perImage..<(indices[i] + 1) * perImage])
                    AffineWarp.apply(plans[i], fill: fill, source: sample, channels: channels, into: base + i * perImage)
                }
            }
        }
        var labels: [Float]?
        if let y {
            let perLabel = labelRowShape.reduce(1, *)
            labels = indices.flatMap { y[$0 * perLabel..<($0 + 1) * perLabel] }
        }
        return ImageBatch(
            images: images, imageShape: [indices.count] + imageSampleShape, labels: labels,
            labelShape: labels == nil ? nil : [indices.count] + labelRowShape)
    }
}
