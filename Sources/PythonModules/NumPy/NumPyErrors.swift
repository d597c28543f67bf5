import Interpreter
import Tensors

/// Runs tensor work, turning a `TensorError` that escaped the NumPy-specific checks into a
/// `ValueError` carrying the tensor library's explanation.
func numpyCall<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as TensorError {
        throw PythonError.valueError(error.description)
    }
}

/// NumPy's shape for `a ∘ b`, or its `ValueError` when the shapes do not broadcast.
func broadcastShape(_ a: [Int], _ b: [Int]) throws -> [Int] {
    let rank = max(a.count, b.count)
    var result = [Int](repeating: 1, count: rank)
    for axis in 0..<rank {
        let x = axis - (rank - a.count) >= 0 ? a[axis - (rank - a.count)] : 1
        let y = axis - (rank - b.count) >= 0 ? b[axis - (rank - b.count)] : 1
        guard x == y || x == 1 || y == 1 else {
            throw PythonError.valueError("operands could not be broadcast together with shapes \(numpyShape(a)) \(numpyShape(b)) ")
        }
        result[axis] = x == 1 ? y : x
    }
    return result
}

/// A shape as NumPy writes it inside messages: `(3,)`, `(2,3)` (no space after commas).
func numpyShape(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
}

/// NumPy's `dtype('float64')` spelling for messages.
func dtypeRepr(_ dtype: DType) -> String { "dtype('\(dtype.rawValue)')" }

/// NumPy's exception classes that are not built-ins.
enum NumPyExceptions {
    /// `numpy.exceptions.AxisError`, both a `ValueError` and an `IndexError` as in NumPy.
    nonisolated(unsafe) static let axisError = PyClass(
        name: "AxisError", module: "numpy.exceptions",
        bases: [PyTypes.ValueError, PyTypes.IndexError])
    /// The casting error in-place operators raise (`x /= 2` on an int array); a `TypeError`.
    nonisolated(unsafe) static let castingError = PyClass(
        name: "_UFuncOutputCastingError", module: "numpy._core._exceptions",
        bases: [PyTypes.TypeError])
}

/// The element count of a user-given shape, or NumPy's allocation error when it is absurd
/// (an overflowing product must not trap).
func checkedElementCount(_ shape: [Int], itemSize: Int = 8) throws -> Int {
    var total = 1
    for size in shape where size >= 0 {
        let (product, overflow) = total.multipliedReportingOverflow(by: size)
        if overflow || product > (1 << 34) {
            throw PythonError.valueError("Unable to allocate an array with shape \(describeShape(shape)): it would need more memory than this machine has")
        }
        total = product
    }
    return total
}

/// `axis` normalised into `0..<rank`, or NumPy's `AxisError`.
func normalizedAxis(_ axis: Int, rank: Int) throws -> Int {
    guard axis >= -rank && axis < rank else {
        throw PythonError(NumPyExceptions.axisError, "axis \(axis) is out of bounds for array of dimension \(rank)")
    }
    return axis < 0 ? axis + rank : axis
}
