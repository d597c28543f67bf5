import Foundation
import Interpreter
import Tensors

/// NumPy's string arrays (`dtype='<U3'`), just enough for reading CSV rows:
/// `np.array(row).astype('float')`, `np.array_split(row, 28)`, shape, indexing and printing.
final class StringArray: PyObject {
    let values: [String]
    let shape: [Int]

    init(values: [String], shape: [Int]) { self.values = values; self.shape = shape }

    nonisolated(unsafe) static let type = PyClass(
        name: "ndarray", module: "numpy",
        methods: [
            PyNativeFunction("astype", "self, dtype, copy=True") { a in
                let array = try StringArray.unwrap(a["self"])
                guard let dtype = try parseDType(a["dtype"]) else { return a["self"] }
                return NDArray.wrap(try array.parsed(as: dtype))
            },
            PyNativeFunction("tolist", "self") { a in
                let array = try StringArray.unwrap(a["self"])
                return array.nested(0, 0)
            },
            PyNativeFunction("reshape", "self, *shape") { a in
                let array = try StringArray.unwrap(a["self"])
                var shape = try ArrayOperations.shape(a.varArgs)
                if let unknown = shape.firstIndex(of: -1) {
                    let known = try checkedElementCount(shape.filter { $0 != -1 })
                    if known > 0 { shape[unknown] = array.values.count / known }
                }
                guard try checkedElementCount(shape) == array.values.count, !shape.contains(where: { $0 < 0 }) else {
                    throw PythonError.valueError("cannot reshape array of size \(array.values.count) into shape \(numpyShape(shape))")
                }
                return .object(StringArray(values: array.values, shape: shape))
            },
        ],
        attributes: [
            "shape": .object(PyProperty(get: { v, _ in .tuple(try StringArray.unwrap(v).shape.map { .int($0) }) })),
            "ndim": .object(PyProperty(get: { v, _ in .int(try StringArray.unwrap(v).shape.count) })),
            "size": .object(PyProperty(get: { v, _ in .int(try StringArray.unwrap(v).values.count) })),
            "dtype": .object(PyProperty(get: { v, _ in .str(try StringArray.unwrap(v).dtypeName) })),
        ])

    static func unwrap(_ value: Value) throws -> StringArray {
        guard case .object(let o) = value, let s = o as? StringArray else { throw PythonError.typeError("expected a string array") }
        return s
    }

    /// A string array for nested lists/tuples/string arrays whose first leaf is a `str`; `nil` otherwise.
    static func make(from value: Value) throws -> StringArray? {
        var probe = value
        while true {
            switch probe {
            case .list(let l): guard let f = l.items.first else { return nil }; probe = f; continue
            case .tuple(let t): guard let f = t.first else { return nil }; probe = f; continue
            case .object(let o as StringArray): return try collect(value, leafShape: o.shape)
            case .str: return try collect(value, leafShape: [])
            default: return nil
            }
        }
    }

    private static func collect(_ value: Value, leafShape: [Int]) throws -> StringArray {
        var shape: [Int] = []
        var values: [String] = []
        var probe = value
        while true {
            if case .list(let l) = probe {
                shape.append(l.items.count); probe = l.items[0]
            } else if case .tuple(let t) = probe {
                shape.append(t.count); probe = t[0]
            } else {
                break
            }
        }
        shape += leafShape
        func visit(_ v: Value, _ depth: Int) throws {
            switch v {
            case .list(let l) where depth < shape.count && l.items.count == shape[depth]: for x in l.items { try visit(x, depth + 1) }
            case .tuple(let t) where depth < shape.count && t.count == shape[depth]: for x in t { try visit(x, depth + 1) }
            case .object(let o as StringArray) where Array(shape[depth...]) == o.shape: values += o.values
            case .str(let s) where depth == shape.count: values.append(s)
            case .int(let i) where depth == shape.count: values.append(String(i))
            case .float(let d) where depth == shape.count: values.append(pythonFloatString(d))
            default:
                throw PythonError.valueError(
                    "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(describeShape(Array(shape[..<depth]))) + inhomogeneous part."
                )
            }
        }
        try visit(value, 0)
        return StringArray(values: values, shape: shape)
    }

    var dtypeName: String { "<U\(values.map(\.unicodeScalars.count).max() ?? 1)" }

    /// The numbers the strings spell, as NumPy's `astype` parses them.
    func parsed(as dtype: DType) throws -> Tensor {
        let numbers = try values.map { text -> Double in
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if dtype.isInteger, let i = Int(trimmed) { return Double(i) }
            guard let d = Double(trimmed), !dtype.isInteger else {
                if dtype.isInteger { throw PythonError.valueError("invalid literal for int() with base 10: '\(text)'") }
                throw PythonError.valueError("could not convert string to float: np.str_('\(text)')")
            }
            return d
        }
        return try numpyCall { try Tensor(numbers, shape: shape).cast(to: dtype) }
    }

    func nested(_ axis: Int, _ base: Int) -> Value {
        if axis == shape.count { return .str(values[base]) }
        let stride = shape[(axis + 1)...].reduce(1, *)
        return .list((0..<shape[axis]).map { nested(axis + 1, base + $0 * stride) })
    }

    /// The sub-array or string at position `i` of the first axis.
    func row(_ i: Int) throws -> Value {
        guard let n = shape.first else { throw PythonError.indexError("too many indices for array: array is 0-dimensional, but 1 were indexed") }
        guard i >= -n && i < n else { throw PythonError.indexError("index \(i) is out of bounds for axis 0 with size \(n)") }
        let index = i < 0 ? i + n : i
        if shape.count == 1 { return .str(values[index]) }
        let stride = shape.dropFirst().reduce(1, *)
        return .object(StringArray(values: Array(values[index * stride..<(index + 1) * stride]), shape: Array(shape.dropFirst())))
    }

    /// `np.array_split` of a 1-D string array: the first `n % k` parts get one extra element.
    func split(_ sections: Int) throws -> Value {
        guard sections > 0 else { throw PythonError.valueError("number sections must be larger than 0.") }
        guard shape.count == 1 else { throw PythonError.valueError("array_split of string arrays works on 1-D arrays here") }
        let n = values.count, size = n / sections, extra = n % sections
        var start = 0
        return .list(
            (0..<sections).map { k in
                let length = size + (k < extra ? 1 : 0)
                defer { start += length }
                return .object(StringArray(values: Array(values[start..<start + length]), shape: [length]))
            })
    }

    override var pyClass: PyClass { StringArray.type }
    override func length(_ interp: PythonInterpreter) throws -> Int {
        guard let n = shape.first else { throw PythonError.typeError("len() of unsized object") }
        return n
    }
    override func getItem(_ key: Value, _ interp: PythonInterpreter) throws -> Value {
        if case .tuple(let parts) = key {
            var current: Value = .object(self)
            for part in parts {
                guard case .object(let o as StringArray) = current else { throw PythonError.indexError("too many indices for array") }
                current = try o.row(try ArrayOperations.intValue(part))
            }
            return current
        }
        return try row(try ArrayOperations.intValue(key))
    }
    override func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator {
        let n = try length(interp)
        var i = 0
        return ClosureIterator { _ in
            guard i < n else { return nil }
            defer { i += 1 }
            return try self.row(i)
        }
    }
    override func isTruthy(_ interp: PythonInterpreter) throws -> Bool {
        if values.count == 1 { return !values[0].isEmpty }
        throw PythonError.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
    }
    override func hashValue(_ interp: PythonInterpreter) throws -> Int { throw PythonError.typeError("unhashable type: 'numpy.ndarray'") }

    override func str(_ interp: PythonInterpreter) throws -> String { render(separator: " ", prefix: "", width: PrintOptions.of(interp).linewidth) }
    override func repr(_ interp: PythonInterpreter) throws -> String {
        let width = PrintOptions.of(interp).linewidth
        let head = "array(" + render(separator: ", ", prefix: "array(", width: width - 1) + ","
        let extra = "dtype='\(dtypeName)')"
        let lastLine = head.split(separator: "\n", omittingEmptySubsequences: false).last.map(\.count) ?? head.count
        return head + (lastLine + extra.count + 1 > width ? "\n      " : " ") + extra
    }

    private func render(separator: String, prefix: String, width: Int) -> String {
        if values.isEmpty { return "[]" }
        let quoted = values.map { "'" + $0 + "'" }
        let layout = Layout(
            shape: shape, fullShape: shape, strides: rowMajorStrides(shape), values: (0..<values.count).map(Double.init),
            format: { quoted[Int($0)] }, separator: separator, summarize: false, edge: 3)
        return layout.render(hangingIndent: " " + String(repeating: " ", count: prefix.count), width: width)
    }
}
