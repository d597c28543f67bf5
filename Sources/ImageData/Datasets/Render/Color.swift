/// An RGB colour with components in 0...1, for the data set renderer.
public struct Color: Sendable, Equatable {
    /// Red, green and blue.
    public var r, g, b: Float

    /// A colour from components in 0...1.
    public init(_ r: Float, _ g: Float, _ b: Float) { self.r = r; self.g = g; self.b = b }

    /// A colour from 0...255 components.
    public init(bytes r: Int, _ g: Int, _ b: Int) { self.init(Float(r) / 255, Float(g) / 255, Float(b) / 255) }

    /// Linear interpolation towards `other` by `t`.
    public func mixed(with other: Color, _ t: Float) -> Color {
        Color(r + (other.r - r) * t, g + (other.g - g) * t, b + (other.b - b) * t)
    }

    /// Every component multiplied by `k`.
    public func scaled(_ k: Float) -> Color { Color(r * k, g * k, b * k) }

    /// The colour with each component nudged by up to ±`amount`, drawn from `generator`.
    func jittered(_ amount: Float, using generator: inout SeededGenerator) -> Color {
        func nudge(_ v: Float) -> Float { max(0, min(1, v + Float(generator.uniform(Double(-amount), Double(amount))))) }
        return Color(nudge(r), nudge(g), nudge(b))
    }
}

extension SeededGenerator {
    /// A uniform Float in `range`.
    mutating func float(_ range: ClosedRange<Float>) -> Float {
        Float(uniform(Double(range.lowerBound), Double(range.upperBound)))
    }

    /// A uniform Double in `range`.
    mutating func double(_ range: ClosedRange<Double>) -> Double { uniform(range.lowerBound, range.upperBound) }

    /// One element of `options` (which must not be empty).
    mutating func pick<T>(_ options: [T]) -> T { options[Int(next() % UInt64(options.count))] }

    /// An integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
}
