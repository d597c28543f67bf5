import Foundation

/// Keras' `DirectoryIterator`: endless batches of decoded, resized, augmented images from a
/// class-per-folder directory, with labels in the chosen `ClassMode`.
///
///     let iterator = try generator.flowFromDirectory("datasets/rps/train", targetSize: (150, 150))
///     let batch = try iterator.next()       // images (32, 150, 150, 3), labels (32, 3)
public final class DirectoryIterator: BatchIterator, @unchecked Sendable {
    /// The folder the iterator reads.
    public let directory: String
    /// Class names in index order.
    public let classNames: [String]
    /// Keras' `class_indices`: class name → index.
    public let classIndices: [String: Int]
    /// Keras' `filenames`: paths relative to `directory`.
    public let filenames: [String]
    /// Keras' `classes`: the class index of each file.
    public let classes: [Int]
    /// Keras' `image_shape`: `(height, width, channels)`.
    public let imageShape: [Int]
    /// The label kind yielded beside the images (nil: images only).
    public let classMode: ClassMode?
    private let generator: ImageDataGenerator
    private let colorMode: ColorMode
    private let interpolation: Interpolation

    /// Lists `directory` and prints Keras' `Found N images belonging to K classes.` through `log`.
    public init(
        directory: String, generator: ImageDataGenerator, targetSize: (height: Int, width: Int) = (256, 256),
        colorMode: ColorMode = .rgb, classes: [String]? = nil, classMode: ClassMode? = .categorical,
        batchSize: Int = 32, shuffle: Bool = true, seed: UInt64? = nil, interpolation: Interpolation = .nearest,
        subset: Subset? = nil, log: (String) -> Void = { print($0) }
    ) throws {
        guard batchSize > 0 else {
            throw ImageDataError.invalidArgument("batch_size must be a positive integer, received \(batchSize)")
        }
        guard targetSize.height > 0, targetSize.width > 0 else {
            throw ImageDataError.invalidArgument(
                "target_size must be two positive integers (height, width), received \(targetSize)")
        }
        let split = subset.map { $0.split(validationSplit: generator.validationSplit) }
        let listing = try DirectoryListing(directory: directory, classNames: classes, split: split)
        self.directory = directory
        classNames = listing.classNames
        classIndices = Dictionary(uniqueKeysWithValues: listing.classNames.enumerated().map { ($1, $0) })
        filenames = listing.filenames
        self.classes = listing.classes
        imageShape = [targetSize.height, targetSize.width, colorMode.channels]
        self.classMode = classMode
        self.generator = generator
        self.colorMode = colorMode
        self.interpolation = interpolation
        super.init(sampleCount: listing.filenames.count, batchSize: batchSize, shuffle: shuffle, seed: seed)
        log("Found \(listing.filenames.count) images belonging to \(listing.classNames.count) classes.")
    }

    /// Keras' `samples`.
    public var samples: Int { sampleCount }
    /// Keras' `num_classes`.
    public var numClasses: Int { classNames.count }
    /// Keras' `filepaths`: absolute paths of the files.
    public var filepaths: [String] { filenames.map { (directory as NSString).appendingPathComponent($0) } }

    override func emptyMessage() -> String {
        "Found no images in '\(directory)': put images (png, jpg, jpeg, bmp, ppm, tif, tiff) in one sub-folder per class"
    }

    override func makeBatch(indices: [Int], generator random: SeededGenerator) throws -> ImageBatch {
        let (height, width, channels) = (imageShape[0], imageShape[1], imageShape[2])
        var stream = random
        let plans = indices.map { _ in generator.randomPlan(width: width, height: height, using: &stream) }
        let paths = indices.map { (directory as NSString).appendingPathComponent(filenames[$0]) }
        let perImage = height * width * channels
        let (colorMode, interpolation, fill) = (self.colorMode, self.interpolation, generator.fillMode)
        var images = [Float](repeating: 0, count: perImage * indices.count)
        try images.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let base = buffer.baseAddress!
            try concurrentlyThrowing(indices.count) { i in
                let image = try KerasImage.load(
                    paths[i], colorMode: colorMode, targetSize: (height, width),
                    interpolation: interpolation)
                image.pixels.withUnsafeBufferPointer {
                    AffineWarp.apply(plans[i], fill: fill, source: $0, channels: channels, into: base + i * perImage)
                }
            }
        }
        let imageShape = [indices.count, height, width, channels]
        let labels: ([Float], [Int])?
        switch classMode {
        case nil: labels = nil
        case .input: labels = (images, imageShape)
        case .binary, .sparse: labels = (indices.map { Float(classes[$0]) }, [indices.count])
        case .categorical:
            var oneHot = [Float](repeating: 0, count: indices.count * numClasses)
            for (row, index) in indices.enumerated() { oneHot[row * numClasses + classes[index]] = 1 }
            labels = (oneHot, [indices.count, numClasses])
        }
        return ImageBatch(images: images, imageShape: imageShape, labels: labels?.0, labelShape: labels?.1)
    }
}
