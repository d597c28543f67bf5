/// One augmentation (rotation, shift, shear, zoom, flip, rescale): a small value that draws its
/// random parameters for one image and records them in that image's `WarpPlan`. A list of
/// transforms composes into one affine warp with one interpolation, as Keras' `apply_transform`.
///
///     var plan = WarpPlan(width: 150, height: 150)
///     var generator = SeededGenerator(seed: 1)
///     RandomRotation(degrees: 40).draw(into: &plan, using: &generator)
public protocol ImageTransform: Sendable {
    /// Draws this transform's parameters and folds them into `plan`.
    func draw(into plan: inout WarpPlan, using generator: inout SeededGenerator)
}

/// Everything needed to produce one augmented image: the output→input affine map about the image
/// centre, the flips applied after it, and the intensity scale applied last.
public struct WarpPlan: Sendable, Equatable {
    /// Output (and input) width in pixels.
    public let width: Int
    /// Output (and input) height in pixels.
    public let height: Int
    /// Output→input map in coordinates centred on the image (Keras' matrix before `offset_center`).
    public var centredMatrix = AffineMatrix.identity
    /// Mirror left↔right after the warp.
    public var flipHorizontal = false
    /// Mirror top↔bottom after the warp.
    public var flipVertical = false
    /// Multiplies every sample last (Keras' `rescale`).
    public var scale: Float = 1

    /// An identity plan for a `width`×`height` image.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Appends a geometric step after the ones already drawn (Keras' `np.dot(matrix, step)`).
    public mutating func compose(_ step: AffineMatrix) { centredMatrix = centredMatrix * step }

    /// The output pixel → input pixel map, with centring and flips folded in.
    public var samplingMatrix: AffineMatrix {
        let centreX = Double(width) / 2 - 0.5, centreY = Double(height) / 2 - 0.5
        var matrix = AffineMatrix.translation(centreX, centreY) * centredMatrix * .translation(-centreX, -centreY)
        if flipHorizontal { matrix = matrix * AffineMatrix(a: -1, b: 0, c: Double(width - 1), d: 0, e: 1, f: 0) }
        if flipVertical { matrix = matrix * AffineMatrix(a: 1, b: 0, c: 0, d: 0, e: -1, f: Double(height - 1)) }
        return matrix
    }

    /// Draws every transform of `transforms` in order into a fresh plan.
    public static func draw(
        _ transforms: [any ImageTransform], width: Int, height: Int,
        using generator: inout SeededGenerator
    ) -> WarpPlan {
        var plan = WarpPlan(width: width, height: height)
        for transform in transforms { transform.draw(into: &plan, using: &generator) }
        return plan
    }
}
