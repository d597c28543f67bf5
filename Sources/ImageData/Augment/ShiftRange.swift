/// Keras' `width_shift_range` / `height_shift_range` value: a float draws uniformly from ±r, an
/// int or a list picks one value and a random sign; a result whose largest value is below 1 is a
/// fraction of the image size, otherwise pixels.
public enum ShiftRange: Sendable, Equatable {
    /// A float `r`: uniform in `[-r, r)`.
    case uniform(Double)
    /// An int `n` (values `0..<n`) or an explicit list: one of them, times ±1.
    case choice([Double])

    /// Keras' int form: `n` means `np.random.choice(n)`, that is one of `0..<n`.
    public static func integer(_ n: Int) -> ShiftRange { .choice((0..<max(n, 0)).map(Double.init)) }

    /// Draws a shift in pixels along an axis of `size` pixels.
    func draw(size: Int, using generator: inout SeededGenerator) -> Double {
        let value: Double, largest: Double
        switch self {
        case .uniform(let range):
            value = generator.uniform(-range, range)
            largest = range
        case .choice(let options):
            guard !options.isEmpty else { return 0 }
            let picked = options[Int(generator.next() % UInt64(options.count))]
            value = generator.chance(0.5) ? -picked : picked
            largest = options.max() ?? 0
        }
        return largest < 1 ? value * Double(size) : value
    }

    /// True when every value is a finite number.
    var isFinite: Bool {
        switch self {
        case .uniform(let range): range.isFinite
        case .choice(let options): options.allSatisfy(\.isFinite)
        }
    }

    /// True when the range can only give 0.
    var isZero: Bool {
        switch self {
        case .uniform(let range): range == 0
        case .choice(let options): options.allSatisfy { $0 == 0 }
        }
    }
}
