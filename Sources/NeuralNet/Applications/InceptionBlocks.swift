/// The blocks InceptionV3 is made of (Szegedy et al. 2015, as Keras builds them), shared by
/// `inceptionV3` and the course's smaller `courseBase`. Layers are created in Keras' order, so
/// the automatic names (`conv2d_12`, `batch_normalization_12`, …) match Keras'.
extension Applications {
    /// The stem: three 3×3 convolutions, a max pool, a 1×1 and a 3×3 convolution, a max pool;
    /// `widths` are the five convolutions' filters (InceptionV3: 32, 32, 64, 80, 192).
    static func inceptionStem(_ input: SymbolicTensor, widths w: [Int]) throws -> SymbolicTensor {
        var x = try conv2dBN(input, w[0], 3, 3, strides: (2, 2), padding: .valid)
        x = try conv2dBN(x, w[1], 3, 3, padding: .valid)
        x = try conv2dBN(x, w[2], 3, 3)
        x = try MaxPooling2D(poolSize: (3, 3), strides: (2, 2))(x)
        x = try conv2dBN(x, w[3], 1, 1, padding: .valid)
        x = try conv2dBN(x, w[4], 3, 3, padding: .valid)
        return try MaxPooling2D(poolSize: (3, 3), strides: (2, 2))(x)
    }

    /// The 35×35 block (InceptionV3's `mixed0`–`mixed2`): a 1×1 branch, a 1×1 → 5×5 branch, a
    /// 1×1 → 3×3 → 3×3 branch and an average-pool → 1×1 branch, concatenated as `name`.
    static func inceptionBlockA(
        _ x: SymbolicTensor, branch1x1: Int, branch5x5: (Int, Int), branch3x3dbl: (Int, Int),
        poolFilters: Int, name: String
    ) throws -> SymbolicTensor {
        let one = try conv2dBN(x, branch1x1, 1, 1)
        let five = try conv2dBN(try conv2dBN(x, branch5x5.0, 1, 1), branch5x5.1, 5, 5)
        let three = try conv2dBN(try conv2dBN(try conv2dBN(x, branch3x3dbl.0, 1, 1), branch3x3dbl.1, 3, 3), branch3x3dbl.1, 3, 3)
        let pool = try conv2dBN(try averagePool(x), poolFilters, 1, 1)
        return try Concatenate(name: name)([one, five, three, pool])
    }

    /// The grid reduction (InceptionV3's `mixed3`): a strided 3×3 branch, a 1×1 → 3×3 → strided
    /// 3×3 branch and a max pool, concatenated as `name`.
    static func inceptionReductionA(_ x: SymbolicTensor, branch3x3: Int, branch3x3dbl: (Int, Int), name: String) throws -> SymbolicTensor {
        let three = try conv2dBN(x, branch3x3, 3, 3, strides: (2, 2), padding: .valid)
        var double = try conv2dBN(try conv2dBN(x, branch3x3dbl.0, 1, 1), branch3x3dbl.1, 3, 3)
        double = try conv2dBN(double, branch3x3dbl.1, 3, 3, strides: (2, 2), padding: .valid)
        let pool = try MaxPooling2D(poolSize: (3, 3), strides: (2, 2))(x)
        return try Concatenate(name: name)([three, double, pool])
    }

    /// The factorised 7×7 block (InceptionV3's `mixed4`–`mixed7`): `width` filters inside the
    /// 1×7/7×1 branches, `output` filters out of each of the four branches.
    static func inceptionBlockC(_ x: SymbolicTensor, width: Int, output: Int, name: String) throws -> SymbolicTensor {
        let one = try conv2dBN(x, output, 1, 1)
        var seven = try conv2dBN(x, width, 1, 1)
        seven = try conv2dBN(try conv2dBN(seven, width, 1, 7), output, 7, 1)
        var double = try conv2dBN(x, width, 1, 1)
        double = try conv2dBN(try conv2dBN(double, width, 7, 1), width, 1, 7)
        double = try conv2dBN(try conv2dBN(double, width, 7, 1), output, 1, 7)
        let pool = try conv2dBN(try averagePool(x), output, 1, 1)
        return try Concatenate(name: name)([one, seven, double, pool])
    }

    /// What follows the last block: Keras' classification top, or a global pooling, or nothing.
    static func applicationTail(
        _ x: SymbolicTensor, includeTop: Bool, pooling: Pooling?, classes: Int,
        classifierActivation: Activation
    ) throws -> SymbolicTensor {
        if includeTop {
            let pooled = try GlobalAveragePooling2D(name: "avg_pool")(x)
            return try Dense(units: classes, activation: classifierActivation, name: "predictions")(pooled)
        }
        guard let pooling else { return x }
        return try (pooling == .avg ? GlobalAveragePooling2D() as Layer : GlobalMaxPooling2D())(x)
    }
}
