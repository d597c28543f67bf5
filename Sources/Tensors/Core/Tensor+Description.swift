extension Tensor: CustomStringConvertible {
    /// Nested-bracket rendering of the values with shape and dtype, e.g.
    /// `Tensor([[1.0, 2.0], [3.0, 4.0]], shape: (2, 2), dtype: float32)`; long axes are elided.
    public var description: String {
        let values = doubleValues()
        func format(_ v: Double) -> String {
            switch dtype {
            case .bool: return v != 0 ? "true" : "false"
            case .float32, .float64: return "\(dtype == .float32 ? Double(Float(v)) : v)"
            default: return String(Int64(v))
            }
        }
        func render(axis: Int, start: Int) -> String {
            if axis == rank { return format(values[start]) }
            let size = shape[axis]
            let step = shape[(axis + 1)...].reduce(1, *)
            let shown: [Int] = size > 8 ? [0, 1, 2, -1, size - 3, size - 2, size - 1] : Array(0..<size)
            return "[" + shown.map { $0 < 0 ? "..." : render(axis: axis + 1, start: start + $0 * step) }.joined(separator: ", ") + "]"
        }
        let body = count == 0 ? "[]" : render(axis: 0, start: 0)
        return "Tensor(\(body), shape: \(describeShape(shape)), dtype: \(dtype))"
    }
}
