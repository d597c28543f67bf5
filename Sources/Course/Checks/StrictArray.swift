import Interpreter
import PythonModules

/// Numbers read from a Python value without running any Python code: ints, floats and bools,
/// NumPy arrays (the Swift `NDArray` itself, never a look-alike) and rectangular lists or
/// tuples of these. Objects with `__float__`, `__eq__` or `__len__` are refused, so a value
/// that lies about itself cannot pass a check.
struct StrictArray: Equatable {
    /// The shape; `[]` for a scalar.
    var shape: [Int]
    /// The elements in row-major order.
    var values: [Double]
    /// `float32`, `int64`, `float` (Python), `int`, `bool` or `list`.
    var dtype: String

    /// Why a value is not numbers.
    struct Refusal: Error {
        var found: String
    }

    /// Nesting deeper than this is refused (a list holding itself would never end).
    static let maximumDepth = 32

    /// Reads `value`, or throws a `Refusal` naming what was found.
    init(_ value: Value) throws(Refusal) { try self.init(value, depth: 0) }

    private init(_ value: Value, depth: Int) throws(Refusal) {
        guard depth <= Self.maximumDepth else { throw Refusal(found: "lists nested more than \(Self.maximumDepth) deep") }
        switch value {
        case .bool(let b): self.init(shape: [], values: [b ? 1 : 0], dtype: "bool")
        case .int(let i): self.init(shape: [], values: [Double(i)], dtype: "int")
        case .float(let d): self.init(shape: [], values: [d], dtype: "float")
        case .object(let object):
            guard let array = object as? NDArray else { throw Refusal(found: "an object of type '\(value.typeName)'") }
            self.init(shape: array.tensor.shape, values: array.tensor.asArray(Double.self), dtype: array.tensor.dtype.rawValue)
        case .list(let list): try self.init(items: list.items, kind: "list", depth: depth)
        case .tuple(let items): try self.init(items: items, kind: "tuple", depth: depth)
        default: throw Refusal(found: "a value of type '\(value.typeName)'")
        }
    }

    init(shape: [Int], values: [Double], dtype: String) {
        self.shape = shape; self.values = values; self.dtype = dtype
    }

    private init(items: [Value], kind: String, depth: Int) throws(Refusal) {
        var rows: [StrictArray] = []
        for item in items { rows.append(try StrictArray(item, depth: depth + 1)) }
        guard let first = rows.first else { self.init(shape: [0], values: [], dtype: kind); return }
        guard rows.allSatisfy({ $0.shape == first.shape }) else { throw Refusal(found: "a ragged \(kind) (rows of different lengths)") }
        self.init(shape: [rows.count] + first.shape, values: rows.flatMap(\.values), dtype: kind)
    }

    /// `(2, 3)` as NumPy prints shapes.
    static func describe(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// The multi-index of flat position `offset`, as NumPy prints it.
    func index(of offset: Int) -> String {
        guard !shape.isEmpty else { return "" }
        var rest = offset
        var parts: [Int] = []
        for size in shape.reversed() { parts.append(size > 0 ? rest % size : 0); rest = size > 0 ? rest / size : 0 }
        return StrictArray.describe(parts.reversed())
    }
}

/// Renders a number as a short, readable literal.
func formatNumber(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x > 0 ? "inf" : "-inf" }
    if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
    let text = "\(Float(x))"
    return text
}
