import Tensors

/// Keras' `keras.applications` networks, built layer for layer with Keras' names.
public enum Applications {
    /// What `inceptionV3` puts after the last block when `includeTop` is false.
    public enum Pooling: String, Sendable {
        /// Global average pooling.
        case avg
        /// Global max pooling.
        case max
    }

    /// Keras' InceptionV3 (Szegedy et al. 2015) with randomly initialized weights: the same
    /// layers, names (`conv2d`, `batch_normalization`, `activation`, `mixed0` … `mixed10`) and
    /// parameter counts as `keras.applications.InceptionV3(weights=None)`.
    ///
    ///     let base = try Applications.inceptionV3(inputShape: [150, 150, 3], includeTop: false)
    ///     base.parameterCount                         // 21,802,784
    ///     try base.layer(named: "mixed7").output?.shape   // [7, 7, 768]
    public static func inceptionV3(
        inputShape: [Int]? = nil, includeTop: Bool = true, pooling: Pooling? = nil,
        classes: Int = 1000, classifierActivation: Activation = .softmax
    ) throws -> Model {
        let shape = try inceptionInputShape(inputShape, includeTop: includeTop)
        let input = try Input(shape: shape)
        var x = try inceptionStem(input, widths: [32, 32, 64, 80, 192])
        for (index, poolFilters) in [32, 64, 64].enumerated() {
            x = try inceptionBlockA(x, branch1x1: 64, branch5x5: (48, 64), branch3x3dbl: (64, 96), poolFilters: poolFilters, name: "mixed\(index)")
        }
        x = try inceptionReductionA(x, branch3x3: 384, branch3x3dbl: (64, 96), name: "mixed3")
        for (index, width) in [128, 160, 160, 192].enumerated() {
            x = try inceptionBlockC(x, width: width, output: 192, name: "mixed\(4 + index)")
        }

        let branch3x3b = try conv2dBN(try conv2dBN(x, 192, 1, 1), 320, 3, 3, strides: (2, 2), padding: .valid)
        var branch7x7x3 = try conv2dBN(try conv2dBN(x, 192, 1, 1), 192, 1, 7)
        branch7x7x3 = try conv2dBN(try conv2dBN(branch7x7x3, 192, 7, 1), 192, 3, 3, strides: (2, 2), padding: .valid)
        let pool8 = try MaxPooling2D(poolSize: (3, 3), strides: (2, 2))(x)
        x = try Concatenate(name: "mixed8")([branch3x3b, branch7x7x3, pool8])

        for index in 0..<2 {
            let branch1x1 = try conv2dBN(x, 320, 1, 1)
            let branch3x3 = try conv2dBN(x, 384, 1, 1)
            let branch3x3Joined = try Concatenate(name: "mixed9_\(index)")([try conv2dBN(branch3x3, 384, 1, 3), try conv2dBN(branch3x3, 384, 3, 1)])
            let branch3x3dbl = try conv2dBN(try conv2dBN(x, 448, 1, 1), 384, 3, 3)
            let branch3x3dblJoined = try Concatenate()([try conv2dBN(branch3x3dbl, 384, 1, 3), try conv2dBN(branch3x3dbl, 384, 3, 1)])
            let branchPool = try conv2dBN(try averagePool(x), 192, 1, 1)
            x = try Concatenate(name: "mixed\(9 + index)")([branch1x1, branch3x3Joined, branch3x3dblJoined, branchPool])
        }

        x = try applicationTail(x, includeTop: includeTop, pooling: pooling, classes: classes, classifierActivation: classifierActivation)
        return try Model(inputs: input, outputs: x, name: "inception_v3")
    }

    /// Keras' `obtain_input_shape` for InceptionV3 without ImageNet weights: 299×299×3 by default, at least 75×75.
    private static func inceptionInputShape(_ given: [Int]?, includeTop: Bool) throws -> [Int] {
        guard let shape = given else {
            if includeTop { return [299, 299, 3] }
            throw NeuralNetError.invalidArgument(
                "InceptionV3 without its top needs an input_shape here (this Keras has no variable-size images). Pass e.g. input_shape=(150, 150, 3).")
        }
        return try checkedInceptionShape(shape)
    }

    /// Throws unless `shape` is three numbers of at least 75×75, as Inception's stem and grid
    /// reduction need.
    static func checkedInceptionShape(_ shape: [Int]) throws -> [Int] {
        guard shape.count == 3 else {
            throw NeuralNetError.invalidArgument(
                "`input_shape` must be a tuple of three integers. Received: input_shape=\(ShapeText.tuple(shape)). Use e.g. input_shape=(150, 150, 3).")
        }
        guard shape[0] >= 75, shape[1] >= 75 else {
            throw NeuralNetError.invalidArgument(
                "Input size must be at least 75x75; Received: input_shape=\(ShapeText.tuple(shape)). Resize the images to at least 75×75 (the article uses 150×150).")
        }
        return shape
    }

    /// Keras' `conv2d_bn`: a bias-free convolution, a batch normalization without scale, a relu.
    static func conv2dBN(
        _ x: SymbolicTensor, _ filters: Int, _ rows: Int, _ columns: Int,
        strides: (Int, Int) = (1, 1), padding: Padding = .same
    ) throws -> SymbolicTensor {
        let conv = try Conv2D(filters: filters, kernelSize: (rows, columns), strides: strides, padding: padding, useBias: false)
        let normalized = try BatchNormalization(scale: false)(try conv(x))
        return try ActivationLayer(.relu)(normalized)
    }

    static func averagePool(_ x: SymbolicTensor) throws -> SymbolicTensor {
        try AveragePooling2D(poolSize: (3, 3), strides: (1, 1), padding: .same)(x)
    }
}
