import Foundation
import Tensors

/// NumPy's `FloatingFormat` in its default `maxprec` mode: shortest round-trip digits capped at
/// `precision` fractional digits, trailing zeros trimmed to `1.`, columns padded to a common
/// width, and scientific notation when values span too many magnitudes.
struct FloatFormat {
    private var exponential = false
    private var padLeft = 0
    private var padRight = 0
    private var precision: Int
    private var exponentDigits = 0
    private let isFloat32: Bool

    init(values: [Double], isFloat32: Bool, options: PrintOptions) {
        self.isFloat32 = isFloat32
        precision = options.precision
        let finite = values.filter(\.isFinite)
        let magnitudes = finite.filter { $0 != 0 }.map(Swift.abs)
        if let high = magnitudes.max(), let low = magnitudes.min() {
            let cutoff = isFloat32 ? 1e6 : 1e8
            exponential = high >= cutoff || (!options.suppress && (low < 0.0001 || high / low > 1000))
        }
        if finite.isEmpty {
            padLeft = 0; padRight = 0
        } else if exponential {
            let parts = finite.map { scientificParts($0, precision: precision) }
            padLeft = parts.map { $0.integer.count }.max() ?? 1
            precision = parts.map { $0.fraction.count }.max() ?? 0
            exponentDigits = parts.map { $0.exponent.count - 1 }.max() ?? 2
            padRight = exponentDigits + 2 + precision
        } else {
            let parts = finite.map { positionalParts($0, precision: precision) }
            padLeft = parts.map { $0.integer.count }.max() ?? 1
            padRight = parts.map { $0.fraction.count }.max() ?? 0
        }
        if finite.count != values.count {
            let negativeInfinity = values.contains { $0.isInfinite && $0 < 0 } ? 1 : 0
            let offset = padRight + 1
            padLeft = Swift.max(padLeft, 3 - offset, 3 + negativeInfinity - offset)
        }
    }

    /// One element, padded to the column width.
    func format(_ value: Double) -> String {
        if !value.isFinite {
            let text = value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf")
            return String(repeating: " ", count: Swift.max(0, padLeft + padRight + 1 - text.count)) + text
        }
        if exponential {
            let p = scientificParts(value, precision: precision)
            var fraction = p.fraction
            if fraction.count < precision { fraction += String(repeating: "0", count: precision - fraction.count) }
            let sign = p.exponent.first!
            var digits = String(p.exponent.dropFirst())
            if digits.count < exponentDigits { digits = String(repeating: "0", count: exponentDigits - digits.count) + digits }
            return pad(p.integer, left: padLeft) + "." + fraction + "e" + String(sign) + digits
        }
        let p = positionalParts(value, precision: precision)
        let right = p.fraction + String(repeating: " ", count: Swift.max(0, padRight - p.fraction.count))
        return pad(p.integer, left: padLeft) + "." + right
    }

    private func pad(_ s: String, left: Int) -> String {
        String(repeating: " ", count: Swift.max(0, left - s.count)) + s
    }

    /// Digits of `value` in positional notation: `-12` and `5` for -12.5.
    private func positionalParts(_ value: Double, precision: Int) -> (integer: String, fraction: String) {
        var text = shortest(value)
        if text.contains("e") || fractionDigits(text) > precision {
            text = String(format: "%.\(precision)f", value)
        }
        if !text.contains(".") { text += "." }
        var parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        while parts[1].hasSuffix("0") { parts[1].removeLast() }
        if parts[0] == "-0" && value == 0 && value.sign == .minus { parts[0] = "-0" }
        return (parts[0], parts[1])
    }

    /// Digits of `value` in scientific notation: `1`, `5`, `-05` for 1.5e-05.
    private func scientificParts(_ value: Double, precision: Int) -> (integer: String, fraction: String, exponent: String) {
        let digits = shortestDigits(value)
        var mantissa: String
        var exponent: Int
        if digits.digits.count - 1 > precision {
            let formatted = String(format: "%.\(precision)e", value)
            let halves = formatted.split(separator: "e")
            mantissa = String(halves[0]); exponent = Int(halves[1])!
        } else {
            let d = digits.digits
            mantissa = (value.sign == .minus ? "-" : "") + String(d.first!) + "." + String(d.dropFirst())
            exponent = digits.exponent
        }
        var parts = mantissa.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 { parts.append("") }
        while parts[1].hasSuffix("0") { parts[1].removeLast() }
        let e = Swift.abs(exponent)
        let exponentText = (exponent < 0 ? "-" : "+") + (e < 10 ? "0\(e)" : "\(e)")
        return (parts[0], parts[1], exponentText)
    }

    /// The shortest round-trip spelling in the element's own precision.
    private func shortest(_ value: Double) -> String {
        let text = isFloat32 ? Float(value).description : value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    private func fractionDigits(_ text: String) -> Int {
        guard let dot = text.firstIndex(of: ".") else { return 0 }
        return text.distance(from: dot, to: text.endIndex) - 1
    }

    /// Significant digits (no leading/trailing zeros) and the decimal exponent of the first one.
    private func shortestDigits(_ value: Double) -> (digits: String, exponent: Int) {
        if value == 0 { return ("0", 0) }
        let text = isFloat32 ? Float(Swift.abs(value)).description : Swift.abs(value).description
        var mantissa = text, exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(text[..<e]); exponent = Int(text[text.index(after: e)...])!
        }
        let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let integer = pieces[0], fraction = pieces.count > 1 ? pieces[1] : ""
        var all = integer + fraction
        var pointPosition = integer.count
        while all.first == "0" { all.removeFirst(); pointPosition -= 1 }
        while all.last == "0" { all.removeLast() }
        if all.isEmpty { return ("0", 0) }
        return (all, exponent + pointPosition - 1)
    }
}
