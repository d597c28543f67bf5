import Tensors

/// NumPy 2's `array2string`, `str(array)` and `repr(array)`: the same wrapping at `linewidth`,
/// column alignment, summarisation with `...` and `dtype=`/`shape=` suffixes.
///
///     ArrayFormatter(options: PrintOptions()).repr(x)    // "array([1., 2., 3.])"
struct ArrayFormatter {
    let options: PrintOptions

    /// `print(a)`.
    func str(_ tensor: Tensor) -> String {
        if tensor.rank == 0 { return scalarString(tensor) }
        return arrayString(tensor, separator: " ", prefix: "", linewidth: options.linewidth)
    }

    /// `repr(a)`.
    func repr(_ tensor: Tensor) -> String {
        let prefix = "array("
        let body =
            tensor.count == 0 && tensor.rank > 0
            ? "[]"
            : arrayString(tensor, separator: ", ", prefix: prefix, linewidth: options.linewidth - 1)
        var extras: [String] = []
        if (tensor.count == 0 && tensor.shape != [0]) || tensor.count > options.threshold {
            extras.append("shape=\(describeShape(tensor.shape))")
        }
        if !Self.impliedDTypes.contains(tensor.dtype) || tensor.count == 0 {
            extras.append("dtype=\(tensor.dtype.rawValue)")
        }
        if extras.isEmpty { return prefix + body + ")" }
        let head = prefix + body + ","
        let extra = extras.joined(separator: ", ") + ")"
        let lastLine = head.count - ((head.lastIndex(of: "\n").map { head.distance(from: head.startIndex, to: $0) + 1 }) ?? 0)
        let spacer = lastLine + extra.count + 1 > options.linewidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
        return head + spacer + extra
    }

    static let impliedDTypes: Set<DType> = [.float64, .int64, .bool]

    private func scalarString(_ tensor: Tensor) -> String {
        switch scalarValue(of: tensor) {
        case .float(let d): return pythonFloatString(d)
        case .int(let i): return String(i)
        case .bool(let b): return b ? "True" : "False"
        default: return ""
        }
    }

    private func arrayString(_ tensor: Tensor, separator: String, prefix: String, linewidth: Int) -> String {
        if tensor.count == 0 { return "[]" }
        let summarize = tensor.count > options.threshold
        let shown = summarize ? edgeElements(tensor) : tensor
        let values = shown.doubleValues()
        let element = elementFormatter(tensor, visible: values)
        let layout = Layout(
            shape: shown.shape, fullShape: tensor.shape, strides: rowMajorStrides(shown.shape), values: values,
            format: element, separator: separator, summarize: summarize, edge: options.edgeitems)
        return layout.render(hangingIndent: " " + String(repeating: " ", count: prefix.count), width: linewidth)
    }

    private func elementFormatter(_ tensor: Tensor, visible: [Double]) -> (Double) -> String {
        switch tensor.dtype {
        case .bool:
            let lead = tensor.rank == 0 ? "" : " "
            return { $0 != 0 ? lead + "True" : "False" }
        case .float32, .float64:
            let format = FloatFormat(values: visible, isFloat32: tensor.dtype == .float32, options: options)
            return { format.format($0) }
        default:
            let width = visible.map { String(integerValue($0)).count }.max() ?? 0
            return { value in
                let text = String(integerValue(value))
                return String(repeating: " ", count: max(0, width - text.count)) + text
            }
        }
    }

    /// Only the elements that print when summarising: `edgeitems` from each end of every long axis.
    private func edgeElements(_ tensor: Tensor) -> Tensor {
        var result = tensor
        let edge = options.edgeitems
        for (axis, n) in tensor.shape.enumerated() where n > 2 * edge {
            let positions = Array(0..<edge) + Array((n - edge)..<n)
            result = (try? result.gathering(positions, axis: axis)) ?? result
        }
        return result
    }
}

func rowMajorStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var running = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
        strides[axis] = running
        running *= max(shape[axis], 1)
    }
    return strides
}

/// Python's `repr(float)`: shortest round-trip digits, `1.0`, `1e-05`, `1e+16`, `inf`, `nan`.
func pythonFloatString(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let text = d.description
    if let e = text.firstIndex(of: "e") {
        let mantissa = text[..<e].hasSuffix(".0") ? String(text[..<e].dropLast(2)) : String(text[..<e])
        var exponent = String(text[text.index(after: e)...])
        let sign = exponent.first == "-" ? "-" : "+"
        exponent = String(exponent.drop { $0 == "-" || $0 == "+" })
        if exponent.count < 2 { exponent = "0" + exponent }
        return mantissa + "e" + sign + exponent
    }
    return text
}

/// NumPy's `_formatArray` recursion: rows wrap at the width, higher axes separate with newlines.
struct Layout {
    let shape: [Int]
    let fullShape: [Int]
    let strides: [Int]
    let values: [Double]
    let format: (Double) -> String
    let separator: String
    let summarize: Bool
    let edge: Int

    func render(hangingIndent: String, width: Int) -> String {
        recurse(axis: 0, base: 0, hangingIndent: hangingIndent, width: width)
    }

    private func recurse(axis: Int, base: Int, hangingIndent: String, width: Int) -> String {
        if axis == shape.count { return format(values[base]) }
        let nextIndent = hangingIndent + " "
        let nextWidth = width - 1
        let length = shape[axis]
        let showSummary = summarize && 2 * edge < fullShape[axis]
        let leading = showSummary ? edge : 0
        let trailing = showSummary ? edge : length
        let axesLeft = shape.count - axis
        var s = ""
        if axesLeft == 1 {
            let elementWidth = width - max(separator.trimmingTrailingSpaces().count, 1)
            var line = hangingIndent
            func extend(_ word: String) {
                if line.count + word.count > elementWidth && line.count > hangingIndent.count {
                    s += line.trimmingTrailingSpaces() + "\n"
                    line = hangingIndent
                }
                line += word
            }
            for i in 0..<leading {
                extend(recurse(axis: axis + 1, base: base + i * strides[axis], hangingIndent: nextIndent, width: nextWidth))
                line += separator
            }
            if showSummary {
                extend("...")
                line += separator
            }
            for i in stride(from: trailing, to: 1, by: -1) {
                extend(recurse(axis: axis + 1, base: base + (length - i) * strides[axis], hangingIndent: nextIndent, width: nextWidth))
                line += separator
            }
            extend(recurse(axis: axis + 1, base: base + (length - 1) * strides[axis], hangingIndent: nextIndent, width: nextWidth))
            s += line
        } else {
            let lineSeparator = separator.trimmingTrailingSpaces() + String(repeating: "\n", count: axesLeft - 1)
            for i in 0..<leading {
                s += hangingIndent + recurse(axis: axis + 1, base: base + i * strides[axis], hangingIndent: nextIndent, width: nextWidth) + lineSeparator
            }
            if showSummary { s += hangingIndent + "..." + lineSeparator }
            for i in stride(from: trailing, to: 1, by: -1) {
                s += hangingIndent + recurse(axis: axis + 1, base: base + (length - i) * strides[axis], hangingIndent: nextIndent, width: nextWidth) + lineSeparator
            }
            s += hangingIndent + recurse(axis: axis + 1, base: base + (length - 1) * strides[axis], hangingIndent: nextIndent, width: nextWidth)
        }
        return "[" + String(s.dropFirst(hangingIndent.count)) + "]"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// An integer element (carried as a Double) as Int64, saturating instead of trapping.
func integerValue(_ value: Double) -> Int64 {
    if value >= 9.2e18 { return Int64.max }
    if value <= -9.2e18 { return Int64.min }
    return Int64(value)
}
