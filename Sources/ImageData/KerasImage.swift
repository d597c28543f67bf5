/// Keras' `load_img`, `img_to_array`, `array_to_img` and `save_img` on `Image` values and
/// contiguous Float32 arrays.
public enum KerasImage {
    /// Keras' `load_img`: decodes `path`, converts it to `colorMode` and, when `targetSize`
    /// (height, width) differs from the file's size, resizes it with `interpolation`.
    ///
    ///     let image = try KerasImage.load("horse.png", targetSize: (150, 150))
    public static func load(
        _ path: String, colorMode: ColorMode = .rgb, targetSize: (height: Int, width: Int)? = nil,
        interpolation: Interpolation = .nearest
    ) throws -> Image {
        var image = try Image(contentsOfFile: path).converted(to: colorMode)
        if let targetSize {
            guard targetSize.height > 0, targetSize.width > 0 else {
                throw ImageDataError.invalidArgument(
                    "target_size must be two positive integers (height, width), received \(targetSize)")
            }
            image = try image.resized(width: targetSize.width, height: targetSize.height, interpolation: interpolation)
        }
        return image
    }

    /// Keras' `img_to_array`: the samples as Float32 with shape `(height, width, channels)`.
    ///
    ///     let (values, shape) = KerasImage.toArray(image)   // shape [h, w, c]
    public static func toArray(_ image: Image) -> (values: [Float], shape: [Int]) {
        (image.pixels.map(Float.init), image.shape)
    }

    /// Keras' `array_to_img`: a `(height, width, channels)` array (1, 3 or 4 channels) to an image;
    /// with `scale` the values are shifted and stretched to 0...255 first, as Keras does.
    ///
    ///     let image = try KerasImage.fromArray(values, shape: [150, 150, 3])
    public static func fromArray(_ values: [Float], shape: [Int], scale: Bool = true) throws -> Image {
        guard shape.count == 3 else {
            throw ImageDataError.invalidArgument(
                "Expected image array to have rank 3 (single image). Got array with shape: \(tuple(shape))")
        }
        guard [1, 3, 4].contains(shape[2]) else {
            throw ImageDataError.invalidArgument("Unsupported channel number: \(shape[2])")
        }
        guard shape[0] > 0, shape[1] > 0, values.count == shape.reduce(1, *) else {
            throw ImageDataError.invalidArgument(
                "array of \(values.count) values does not match shape \(tuple(shape))")
        }
        var samples = values
        if scale {
            let low = samples.min() ?? 0
            for i in samples.indices { samples[i] -= low }
            let high = samples.max() ?? 0
            if high != 0 { for i in samples.indices { samples[i] = samples[i] / high * 255 } }
        }
        let pixels = samples.map { UInt8(max(0, min(255, $0.isFinite ? $0 : 0))) }
        return Image(unchecked: pixels, width: shape[1], height: shape[0], channels: shape[2])
    }

    /// Keras' `save_img`: `fromArray` then a PNG or JPEG file chosen by the extension.
    public static func save(_ path: String, values: [Float], shape: [Int], scale: Bool = true) throws {
        try fromArray(values, shape: shape, scale: scale).write(toFile: path)
    }

    static func tuple(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }
}
