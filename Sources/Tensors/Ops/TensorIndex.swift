/// One entry of a NumPy-style index: `x[2, 1:5:2, newaxis, ..., mask]`.
///
///     let row = try x[0]                                  // integer: drops the axis (a view)
///     let evens = try x[.slice(nil, nil, 2)]              // x[::2] (a view)
///     let positives = try x[.mask(x .> 0)]                // boolean mask: a copy
///     let picked = try x[.indices(Tensor([2, 0] as [Int64]))] // integer array: a copy
public enum TensorIndex: Sendable, ExpressibleByIntegerLiteral {
    /// One position; negative counts from the end. Removes the axis.
    case at(Int)
    /// Python's `start:stop:step`; nil parts take Python's defaults.
    case slice(Int?, Int?, Int?)
    /// A new axis of size 1 (NumPy's `newaxis` / `None`).
    case newAxis
    /// As many full slices as needed (`...`).
    case ellipsis
    /// A boolean tensor selecting elements over the next `mask.rank` axes.
    case mask(Tensor)
    /// An integer tensor of positions along the next axis.
    case indices(Tensor)

    /// `x[:]` — the whole axis.
    public static let all = TensorIndex.slice(nil, nil, nil)

    /// An integer literal is `.at(value)`.
    public init(integerLiteral value: Int) { self = .at(value) }

    /// A Swift half-open range as a slice: `.range(1..<3)` is `1:3`.
    public static func range(_ range: Range<Int>, step: Int? = nil) -> TensorIndex { .slice(range.lowerBound, range.upperBound, step) }
}

/// Python's slice arithmetic for an axis of `size`: start, step and length of the selection.
func resolveSlice(_ start: Int?, _ stop: Int?, _ step: Int?, size: Int) throws -> (start: Int, step: Int, count: Int) {
    let step = step ?? 1
    guard step != 0 else {
        throw TensorError("index", expected: "a non-zero slice step", received: "step 0", hint: "slice step cannot be zero")
    }
    func clamp(_ value: Int?, _ defaultValue: Int, low: Int, high: Int) -> Int {
        guard var v = value else { return defaultValue }
        if v < 0 { v += size }
        return Swift.min(Swift.max(v, low), high)
    }
    let first: Int, last: Int
    if step > 0 {
        first = clamp(start, 0, low: 0, high: size)
        last = clamp(stop, size, low: 0, high: size)
    } else {
        first = clamp(start, size - 1, low: -1, high: size - 1)
        last = clamp(stop, -1, low: -1, high: size - 1)
    }
    let span = last - first
    let count = step > 0 ? Swift.max(0, (span + step - 1) / step) : Swift.max(0, (span + step + 1) / step)
    return (first, step, count)
}
