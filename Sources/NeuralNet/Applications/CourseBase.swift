/// The course's own pretrained base: a compact Inception-style network with Keras' layer names,
/// pretrained by `deeplings pretrain` on the course's rendered images (no ImageNet download is
/// possible here). Its blocks mirror InceptionV3's: a convolution stem, two 16×16 blocks
/// (`mixed0`, `mixed1` at 150×150 input), a grid reduction (`mixed2`, to 7×7) and two factorised
/// 7×7 blocks (`mixed3`, `mixed4`). The head attaches at `mixed4` (7×7×320), as the article's
/// attaches at InceptionV3's `mixed7` (7×7×768).
extension Applications {
    /// The block the course attaches its head to.
    public static let courseBaseCutLayer = "mixed4"

    /// Classes of the pretraining task (the top that `includeTop` adds).
    public static let courseBaseClasses = 16

    /// The course base with randomly initialized weights: the layers and names of
    /// `keras.applications.course_base(weights=None)`.
    ///
    ///     let base = try Applications.courseBase(inputShape: [150, 150, 3], includeTop: false)
    ///     try base.layer(named: "mixed4").output?.shape   // [7, 7, 320]
    public static func courseBase(inputShape: [Int]? = nil, includeTop: Bool = false, pooling: Pooling? = nil,
                                  classes: Int = courseBaseClasses, classifierActivation: Activation = .softmax) throws -> Model {
        let shape = try courseBaseInputShape(inputShape)
        let input = try Input(shape: shape)
        var x = try conv2dBN(input, 16, 3, 3, strides: (2, 2), padding: .valid)
        x = try conv2dBN(x, 16, 3, 3, padding: .valid)
        x = try conv2dBN(x, 32, 3, 3)
        x = try MaxPooling2D(poolSize: (3, 3), strides: (2, 2))(x)
        x = try conv2dBN(x, 40, 1, 1, padding: .valid)
        x = try conv2dBN(x, 96, 3, 3, padding: .valid)
        x = try MaxPooling2D(poolSize: (3, 3), strides: (2, 2))(x)

        for (index, poolFilters) in [16, 32].enumerated() {
            let branch1x1 = try conv2dBN(x, 32, 1, 1)
            let branch5x5 = try conv2dBN(try conv2dBN(x, 24, 1, 1), 32, 5, 5)
            let branch3x3dbl = try conv2dBN(try conv2dBN(try conv2dBN(x, 32, 1, 1), 48, 3, 3), 48, 3, 3)
            let branchPool = try conv2dBN(try averagePool(x), poolFilters, 1, 1)
            x = try Concatenate(name: "mixed\(index)")([branch1x1, branch5x5, branch3x3dbl, branchPool])
        }

        let branch3x3 = try conv2dBN(x, 160, 3, 3, strides: (2, 2), padding: .valid)
        var branch3x3dbl = try conv2dBN(try conv2dBN(x, 32, 1, 1), 48, 3, 3)
        branch3x3dbl = try conv2dBN(branch3x3dbl, 48, 3, 3, strides: (2, 2), padding: .valid)
        let pool = try MaxPooling2D(poolSize: (3, 3), strides: (2, 2))(x)
        x = try Concatenate(name: "mixed2")([branch3x3, branch3x3dbl, pool])

        for index in 0..<2 {
            let width = 48
            let branch1x1 = try conv2dBN(x, 80, 1, 1)
            var branch7x7 = try conv2dBN(x, width, 1, 1)
            branch7x7 = try conv2dBN(try conv2dBN(branch7x7, width, 1, 7), 80, 7, 1)
            var branch7x7dbl = try conv2dBN(x, width, 1, 1)
            branch7x7dbl = try conv2dBN(try conv2dBN(branch7x7dbl, width, 7, 1), width, 1, 7)
            branch7x7dbl = try conv2dBN(try conv2dBN(branch7x7dbl, width, 7, 1), 80, 1, 7)
            let branchPool = try conv2dBN(try averagePool(x), 80, 1, 1)
            x = try Concatenate(name: "mixed\(3 + index)")([branch1x1, branch7x7, branch7x7dbl, branchPool])
        }

        if includeTop {
            x = try GlobalAveragePooling2D(name: "avg_pool")(x)
            x = try Dense(units: classes, activation: classifierActivation, name: "predictions")(x)
        } else if let pooling {
            x = try (pooling == .avg ? GlobalAveragePooling2D() as Layer : GlobalMaxPooling2D())(x)
        }
        return try Model(inputs: input, outputs: x, name: "course_base")
    }

    /// 150×150×3 by default; at least 75×75 (the stem and the grid reduction need that much).
    private static func courseBaseInputShape(_ given: [Int]?) throws -> [Int] {
        guard let shape = given else { return [150, 150, 3] }
        guard shape.count == 3 else {
            throw NeuralNetError.invalidArgument("`input_shape` must be a tuple of three integers. Received: input_shape=\(ShapeText.tuple(shape)). Use e.g. input_shape=(150, 150, 3).")
        }
        guard shape[0] >= 75, shape[1] >= 75 else {
            throw NeuralNetError.invalidArgument("Input size must be at least 75x75; Received: input_shape=\(ShapeText.tuple(shape)). Resize the images to at least 75×75 (the article uses 150×150).")
        }
        guard shape[2] == 3 else {
            throw NeuralNetError.invalidArgument("The input must have 3 channels; Received: input_shape=\(ShapeText.tuple(shape)). Load the images in RGB (color_mode='rgb').")
        }
        return shape
    }
}
