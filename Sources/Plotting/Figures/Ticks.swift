/// Tick positions and labels in matplotlib's style (`MaxNLocator` steps 1, 2, 2.5, 5, 10 and
/// `ScalarFormatter`'s shared number of decimals).
///
///     Ticks.locate(from: 0, to: 1, maxCount: 9)    // [0, 0.2, 0.4, 0.6, 0.8, 1]
///     Ticks.labels(for: [0, 0.5, 1])               // ["0.0", "0.5", "1.0"]
public enum Ticks {
    /// Evenly spaced "nice" values inside `lower...upper` (either order), at most about `maxCount + 1`.
    public static func locate(from lower: Double, to upper: Double, maxCount: Int) -> [Double] {
        let low = min(lower, upper)
        let high = max(lower, upper)
        guard low.isFinite, high.isFinite, high > low else { return low.isFinite ? [low] : [] }
        let rawStep = (high - low) / Double(max(1, maxCount))
        let scale = pow10(decade(of: rawStep))
        let step = [1, 2, 2.5, 5, 10].map { $0 * scale }.first { $0 >= rawStep * (1 - 1e-9) } ?? 10 * scale
        let first = (low / step - 1e-9).rounded(.up)
        let last = (high / step + 1e-9).rounded(.down)
        guard last >= first, last - first < 1000 else { return [] }
        return stride(from: first, through: last, by: 1).map { value in
            let tick = value * step
            return abs(tick) < step * 1e-9 ? 0 : tick
        }
    }

    /// Labels sharing one number of decimals, with `-` for negatives; scientific (`1.5e-05`)
    /// when the values are very large or very small.
    public static func labels(for ticks: [Double]) -> [String] {
        let largest = ticks.map(abs).max() ?? 0
        guard largest.isFinite else { return ticks.map { String($0) } }
        if largest >= 1e6 || (largest > 0 && largest < 1e-3) {
            let exponent = decade(of: largest)
            let mantissas = ticks.map { $0 / pow10(exponent) }
            let decimals = sharedDecimals(mantissas)
            let suffix = exponent < 0 ? "e-" + twoDigits(-exponent) : "e+" + twoDigits(exponent)
            return mantissas.map { fixed($0, decimals: decimals) + suffix }
        }
        let decimals = sharedDecimals(ticks)
        return ticks.map { fixed($0, decimals: decimals) }
    }

    static func sharedDecimals(_ values: [Double]) -> Int {
        for decimals in 0...8 {
            let scale = pow10(decimals)
            let exact = values.allSatisfy { value in
                let scaled = value * scale
                return abs(scaled - scaled.rounded()) < 1e-6 * max(1, abs(scaled))
            }
            if exact { return decimals }
        }
        return 8
    }

    /// `value` with exactly `decimals` digits after the point, without Foundation.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let scale = pow10(decimals)
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(value) }
        let digits = String(Int64(scaled))
        let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + padded }
        return sign + padded.dropLast(decimals) + "." + padded.suffix(decimals)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }

    static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    /// The power of ten at or below a positive `value`: `decade(of: 0.05) == -2`.
    static func decade(of value: Double) -> Int {
        guard value > 0, value.isFinite else { return 0 }
        var exponent = 0
        var rest = value
        while rest >= 10 { rest /= 10; exponent += 1 }
        while rest < 1 { rest *= 10; exponent -= 1 }
        return exponent
    }
}
