/// Keras' `color_mode`: how many channels images are converted to when loaded.
public enum ColorMode: String, Sendable, CaseIterable {
    /// One channel, Pillow's ITU-R 601-2 luma.
    case grayscale
    /// Three channels.
    case rgb
    /// Four channels.
    case rgba

    /// Parses Keras' spelling; throws Keras' message for anything else.
    public init(keras name: String) throws {
        guard let mode = ColorMode(rawValue: name) else {
            throw ImageDataError.invalidArgument("Invalid color mode: \(name) ; expected \"rgb\", \"rgba\", or \"grayscale\".")
        }
        self = mode
    }

    /// Channels per pixel in this mode.
    public var channels: Int {
        switch self {
        case .grayscale: 1
        case .rgb: 3
        case .rgba: 4
        }
    }
}

extension Image {
    /// The image with `count` channels (1 gray, 2 gray+alpha, 3 RGB, 4 RGBA), converted as Pillow's
    /// `convert` does: luma from RGB, alpha dropped or set opaque, gray replicated.
    ///
    func converted(toChannels count: Int) -> Image {
        precondition((1...4).contains(count), "channel count must be 1...4")
        if count == channels { return self }
        let pixelCount = width * height
        let source = channels
        let output = [UInt8](unsafeUninitializedCapacity: pixelCount * count) { out, initialized in
            pixels.withUnsafeBufferPointer { input in
                for p in 0..<pixelCount {
                    let i = p &* source, o = p &* count
                    let gray: UInt8, red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8
                    if source >= 3 {
                        red = input[i]; green = input[i &+ 1]; blue = input[i &+ 2]
                        let luma = UInt32(red) &* 19595 &+ UInt32(green) &* 38470 &+ UInt32(blue) &* 7471 &+ 0x8000
                        gray = UInt8(truncatingIfNeeded: luma >> 16)
                        alpha = source == 4 ? input[i &+ 3] : 255
                    } else {
                        gray = input[i]; red = gray; green = gray; blue = gray
                        alpha = source == 2 ? input[i &+ 1] : 255
                    }
                    switch count {
                    case 1: out[o] = gray
                    case 2: out[o] = gray; out[o &+ 1] = alpha
                    case 3: out[o] = red; out[o &+ 1] = green; out[o &+ 2] = blue
                    default: out[o] = red; out[o &+ 1] = green; out[o &+ 2] = blue; out[o &+ 3] = alpha
                    }
                }
            }
            initialized = pixelCount * count
        }
        return Image(unchecked: output, width: width, height: height, channels: count)
    }

    /// The image converted to a Keras color mode.
    public func converted(to mode: ColorMode) -> Image { converted(toChannels: mode.channels) }
}
