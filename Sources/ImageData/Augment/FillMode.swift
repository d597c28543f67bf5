/// Keras' `fill_mode`: what the warp samples outside the input image.
public enum FillMode: Sendable, Equatable {
    /// `aaaaaaaa|abcd|dddddddd`: the nearest edge pixel (Keras' default).
    case nearest
    /// `kkkkkkkk|abcd|kkkkkkkk`: the constant `cval`.
    case constant(Float)
    /// `abcddcba|abcd|dcbaabcd`: the image mirrored at its edges.
    case reflect
    /// `abcdabcd|abcd|abcdabcd`: the image repeated.
    case wrap

    /// Parses Keras' `fill_mode` and `cval`; throws Keras' message for an unknown mode.
    public init(keras name: String, cval: Float = 0) throws {
        switch name {
        case "nearest": self = .nearest
        case "constant": self = .constant(cval)
        case "reflect": self = .reflect
        case "wrap": self = .wrap
        default:
            throw ImageDataError.invalidArgument(
                "`fill_mode` should be one of \"constant\", \"nearest\", \"reflect\" or \"wrap\". Received: \(name)")
        }
    }

    /// The in-image index that stands for `index` on an axis of `count` pixels, or nil for `cval`.
    @inline(__always)
    func resolve(_ index: Int, count: Int) -> Int? {
        if index >= 0 && index < count { return index }
        switch self {
        case .nearest: return index < 0 ? 0 : count &- 1
        case .constant: return nil
        case .wrap:
            let m = index % count
            return m < 0 ? m &+ count : m
        case .reflect:
            let period = count &* 2
            var m = index % period
            if m < 0 { m &+= period }
            return m < count ? m : period &- 1 &- m
        }
    }

    var constantValue: Float {
        if case .constant(let value) = self { return value }
        return 0
    }
}
