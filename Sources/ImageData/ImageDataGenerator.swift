/// Keras' `ImageDataGenerator`: the augmentation settings, turned into a list of
/// `ImageTransform`s, and the factories of directory and array iterators.
///
///     let generator = try ImageDataGenerator(rescale: 1 / 255, rotationRange: 40, horizontalFlip: true)
///     let train = try generator.flowFromDirectory("datasets/horse-or-human/train",
///                                                 targetSize: (150, 150), classMode: .binary)
public struct ImageDataGenerator: Sendable {
    /// The transforms each image goes through, in Keras' order (rotation, shifts, shear, zoom,
    /// flips, then rescale).
    public let transforms: [any ImageTransform]
    /// What the warp samples outside the image.
    public let fillMode: FillMode
    /// Fraction of each class kept for `subset: .validation`.
    public let validationSplit: Double

    /// Keras' arguments, with Keras' defaults and checks.
    public init(
        rescale: Float? = nil, rotationRange: Double = 0, widthShiftRange: ShiftRange = .uniform(0),
        heightShiftRange: ShiftRange = .uniform(0), shearRange: Double = 0,
        zoomRange: (lower: Double, upper: Double) = (1, 1), horizontalFlip: Bool = false,
        verticalFlip: Bool = false, fillMode: FillMode = .nearest, validationSplit: Double = 0
    ) throws {
        guard validationSplit == 0 || (validationSplit > 0 && validationSplit < 1) else {
            throw ImageDataError.invalidArgument(
                "`validation_split` must be strictly between 0 and 1.  Received: \(validationSplit)")
        }
        let numbers = [Double(rescale ?? 0), rotationRange, shearRange, zoomRange.lower, zoomRange.upper]
        guard numbers.allSatisfy(\.isFinite), widthShiftRange.isFinite, heightShiftRange.isFinite else {
            throw ImageDataError.invalidArgument("augmentation ranges must be finite numbers, received \(numbers), \(widthShiftRange), \(heightShiftRange)")
        }
        var transforms: [any ImageTransform] = []
        if rotationRange != 0 { transforms.append(RandomRotation(degrees: rotationRange)) }
        if !widthShiftRange.isZero { transforms.append(WidthShift(widthShiftRange)) }
        if !heightShiftRange.isZero { transforms.append(HeightShift(heightShiftRange)) }
        if shearRange != 0 { transforms.append(RandomShear(degrees: shearRange)) }
        if !(zoomRange.lower == 1 && zoomRange.upper == 1) {
            transforms.append(try RandomZoom(lower: zoomRange.lower, upper: zoomRange.upper))
        }
        if horizontalFlip { transforms.append(HorizontalFlip()) }
        if verticalFlip { transforms.append(VerticalFlip()) }
        if let rescale, rescale != 0 { transforms.append(Rescale(rescale)) }
        self.init(transforms: transforms, fillMode: fillMode, validationSplit: validationSplit)
    }

    /// Keras' single-number `zoom_range`: `z` means factors in `[1 - z, 1 + z]`.
    public static func zoomRange(_ z: Double) -> (lower: Double, upper: Double) { (1 - z, 1 + z) }

    /// A generator from an explicit transform list (the Swift-native way to compose augmentations).
    public init(transforms: [any ImageTransform], fillMode: FillMode = .nearest, validationSplit: Double = 0) {
        self.transforms = transforms
        self.fillMode = fillMode
        self.validationSplit = validationSplit
    }

    /// Draws one image's augmentation plan (Keras' `get_random_transform`).
    public func randomPlan(width: Int, height: Int, using generator: inout SeededGenerator) -> WarpPlan {
        WarpPlan.draw(transforms, width: width, height: height, using: &generator)
    }

    /// Augments one image (Keras' `random_transform` followed by `standardize`).
    ///
    ///     var rng = SeededGenerator(seed: 3)
    ///     let (values, shape) = generator.randomTransform(image, using: &rng)
    public func randomTransform(_ image: Image, using generator: inout SeededGenerator) -> (values: [Float], shape: [Int]) {
        let plan = randomPlan(width: image.width, height: image.height, using: &generator)
        let values = [Float](unsafeUninitializedCapacity: image.pixels.count) { buffer, initialized in
            image.pixels.withUnsafeBufferPointer {
                AffineWarp.apply(plan, fill: fillMode, source: $0, channels: image.channels, into: buffer.baseAddress!)
            }
            initialized = image.pixels.count
        }
        return (values, image.shape)
    }

    /// Keras' `flow_from_directory`: prints `Found N images belonging to K classes.` through `log`.
    public func flowFromDirectory(
        _ directory: String, targetSize: (height: Int, width: Int) = (256, 256),
        colorMode: ColorMode = .rgb, classes: [String]? = nil,
        classMode: ClassMode? = .categorical, batchSize: Int = 32, shuffle: Bool = true,
        seed: UInt64? = nil, interpolation: Interpolation = .nearest, subset: Subset? = nil,
        log: (String) -> Void = { print($0) }
    ) throws -> DirectoryIterator {
        try DirectoryIterator(
            directory: directory, generator: self, targetSize: targetSize, colorMode: colorMode,
            classes: classes, classMode: classMode, batchSize: batchSize, shuffle: shuffle,
            seed: seed, interpolation: interpolation, subset: subset, log: log)
    }

    /// Keras' `flow(x, y)`: `x` is a `(samples, height, width, channels)` array, `y` has one row
    /// per sample (any trailing shape) or is nil.
    public func flow(
        x: [Float], xShape: [Int], y: [Float]? = nil, yShape: [Int]? = nil, batchSize: Int = 32,
        shuffle: Bool = true, seed: UInt64? = nil, subset: Subset? = nil
    ) throws -> ArrayIterator {
        try ArrayIterator(
            x: x, xShape: xShape, y: y, yShape: yShape, generator: self, batchSize: batchSize,
            shuffle: shuffle, seed: seed, subset: subset)
    }
}
