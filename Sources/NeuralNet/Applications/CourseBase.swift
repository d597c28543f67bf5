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
    public static func courseBase(
        inputShape: [Int]? = nil, includeTop: Bool = false, pooling: Pooling? = nil,
        classes: Int = courseBaseClasses, classifierActivation: Activation = .softmax
    ) throws -> Model {
        let shape = try courseBaseInputShape(inputShape)
        let input = try Input(shape: shape)
        var x = try inceptionStem(input, widths: [16, 16, 32, 40, 96])
        for (index, poolFilters) in [16, 32].enumerated() {
            x = try inceptionBlockA(x, branch1x1: 32, branch5x5: (24, 32), branch3x3dbl: (32, 48), poolFilters: poolFilters, name: "mixed\(index)")
        }
        x = try inceptionReductionA(x, branch3x3: 160, branch3x3dbl: (32, 48), name: "mixed2")
        for index in 0..<2 {
            x = try inceptionBlockC(x, width: 48, output: 80, name: "mixed\(3 + index)")
        }
        x = try applicationTail(x, includeTop: includeTop, pooling: pooling, classes: classes, classifierActivation: classifierActivation)
        return try Model(inputs: input, outputs: x, name: "course_base")
    }

    /// 150×150×3 by default; at least 75×75 (the stem and the grid reduction need that much).
    private static func courseBaseInputShape(_ given: [Int]?) throws -> [Int] {
        guard let given else { return [150, 150, 3] }
        let shape = try checkedInceptionShape(given)
        guard shape[2] == 3 else {
            throw NeuralNetError.invalidArgument("The input must have 3 channels; Received: input_shape=\(ShapeText.tuple(shape)). Load the images in RGB (color_mode='rgb').")
        }
        return shape
    }
}
