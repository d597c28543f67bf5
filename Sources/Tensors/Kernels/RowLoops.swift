/// Loops over rows of a row-major matrix that the kernels and fused ops share: bias rows, column
/// sums (bias gradients), relu and its gradient mask applied in place, as ``ReluFunction`` and
/// ``ReluGradient`` define them. Plain loops the compiler vectorises once specialised; `memcpy`'s
/// call would cost more than these short rows.

/// Copies `values` (`channels` elements) into each of `rows` rows of `matrix`.
@inline(__always)
func fillRows<T: FloatingElement>(_ matrix: UnsafeMutablePointer<T>, with values: UnsafePointer<T>, rows: Int, channels: Int) {
    var row = matrix
    for _ in 0..<rows {
        for c in 0..<channels { row[c] = values[c] }
        row += channels
    }
}

/// Adds the `rows` rows of `matrix` (each `channels` wide) into `sum`.
@inline(__always)
func sumRows<T: FloatingElement>(_ matrix: UnsafePointer<T>, rows: Int, channels: Int, into sum: UnsafeMutablePointer<T>) {
    var row = matrix
    for _ in 0..<rows {
        for c in 0..<channels { sum[c] += row[c] }
        row += channels
    }
}

/// `values[i] = relu(values[i])` for `i < count`.
@inline(__always)
func applyRelu<T: FloatingElement>(_ values: UnsafeMutablePointer<T>, count: Int) {
    for i in 0..<count { values[i] = ReluFunction.apply(values[i]) }
}

/// `result[i] = gradient[i]` where the relu output `output[i] > 0`, else 0, for `i < count`.
@inline(__always)
func maskByReluOutput<T: FloatingElement>(
    _ gradient: UnsafePointer<T>, output: UnsafePointer<T>, count: Int, into result: UnsafeMutablePointer<T>
) {
    for i in 0..<count { result[i] = ReluGradient.apply(gradient[i], output[i]) }
}

/// Copies `count` floats; short runs (a few channels) by hand, where `memcpy`'s call costs more than the copy.
@inline(__always)
package func copyFloats(_ destination: UnsafeMutablePointer<Float>, _ source: UnsafePointer<Float>, _ count: Int) {
    if count >= 32 {
        destination.update(from: source, count: count)
    } else {
        for i in 0..<count { destination[i] = source[i] }
    }
}

/// `destination[i] += source[i]` for `i < count`.
@inline(__always)
package func addFloats(_ destination: UnsafeMutablePointer<Float>, _ source: UnsafePointer<Float>, _ count: Int) {
    for i in 0..<count { destination[i] += source[i] }
}
