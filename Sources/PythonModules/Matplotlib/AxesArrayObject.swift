import Plotting
import Interpreter

/// The object array `plt.subplots(r, c)` returns (NumPy's `ndarray` of `dtype=object`): indexed
/// `axarr[0, x]`, `axarr[i][j]`, `axarr[:, 0]`, iterated by rows, flattened with `.flat`/`.flatten()`.
final class AxesArrayObject: PyObject {
    let shape: [Int]
    let items: [Value]

    init(shape: [Int], items: [Value]) {
        self.shape = shape
        self.items = items
    }

    override var pyClass: PyClass { AxesArrayObject.type }

    nonisolated(unsafe) static let type = PyClass(
        name: "ndarray", module: "numpy",
        methods: [
            PyNativeFunction("flatten", "self, order='C'") { a in .object(try receiver(a, AxesArrayObject.self).flattened) },
            PyNativeFunction("ravel", "self, order='C'") { a in .object(try receiver(a, AxesArrayObject.self).flattened) },
            PyNativeFunction("tolist", "self") { a in try receiver(a, AxesArrayObject.self).nestedList() },
        ],
        properties: [
            "shape": PyProperty(get: { me, _ in .tuple(array(me)?.shape.map(Value.int) ?? []) }, set: nil),
            "ndim": PyProperty(get: { me, _ in .int(array(me)?.shape.count ?? 0) }, set: nil),
            "size": PyProperty(get: { me, _ in .int(array(me)?.items.count ?? 0) }, set: nil),
            "flat": PyProperty(get: { me, _ in array(me).map { .object($0.flattened) } ?? .none }, set: nil),
            "T": PyProperty(get: { me, _ in array(me).map { .object($0.transposed) } ?? .none }, set: nil),
        ])

    private static func array(_ value: Value) -> AxesArrayObject? {
        if case .object(let object as AxesArrayObject) = value { return object }
        return nil
    }

    var flattened: AxesArrayObject { AxesArrayObject(shape: [items.count], items: items) }

    var transposed: AxesArrayObject {
        guard shape.count == 2 else { return self }
        let (rows, columns) = (shape[0], shape[1])
        var swapped: [Value] = []
        for column in 0..<columns { for row in 0..<rows { swapped.append(items[row * columns + column]) } }
        return AxesArrayObject(shape: [columns, rows], items: swapped)
    }

    private var rowLength: Int { shape.dropFirst().reduce(1, *) }

    override func length(_ interp: PythonInterpreter) throws -> Int { shape.first ?? 0 }

    override func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator {
        var index = 0
        let count = shape.first ?? 0
        return ClosureIterator { [self] _ in
            guard index < count else { return nil }
            defer { index += 1 }
            return row(index)
        }
    }

    private func row(_ index: Int) -> Value {
        if shape.count == 1 { return items[index] }
        let length = rowLength
        return .object(AxesArrayObject(shape: Array(shape.dropFirst()), items: Array(items[(index * length)..<((index + 1) * length)])))
    }

    override func getItem(_ key: Value, _ interp: PythonInterpreter) throws -> Value {
        var components: [Value]
        if case .tuple(let parts) = key { components = parts } else { components = [key] }
        guard components.count <= shape.count else {
            throw PythonError.indexError(
                "too many indices for array: array is \(shape.count)-dimensional, but \(components.count) were indexed")
        }
        components += Array(repeating: .object(PySlice(start: .none, stop: .none, step: .none)), count: shape.count - components.count)
        var selections: [[Int]] = []
        var keptAxes: [Int] = []
        for (axis, component) in components.enumerated() {
            let size = shape[axis]
            if case .object(let slice as PySlice) = component {
                let range = try slice.indices(count: size)
                selections.append(Array(stride(from: range.start, to: range.stop, by: range.step)))
                keptAxes.append(selections.last?.count ?? 0)
                continue
            }
            var integer = try? Int(python: component)
            if integer == nil, case .object(let object) = component { integer = try object.asInt() }
            guard let index = integer else {
                throw PythonError.indexError(
                    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
            }
            guard index >= -size, index < size else {
                throw PythonError.indexError("index \(index) is out of bounds for axis \(axis) with size \(size)")
            }
            selections.append([index < 0 ? index + size : index])
        }
        var strides = Array(repeating: 1, count: shape.count)
        for axis in stride(from: shape.count - 2, through: 0, by: -1) { strides[axis] = strides[axis + 1] * shape[axis + 1] }
        var picked: [Value] = [Value]()
        func gather(_ axis: Int, _ offset: Int) {
            if axis == shape.count { picked.append(items[offset]); return }
            for index in selections[axis] { gather(axis + 1, offset + index * strides[axis]) }
        }
        gather(0, 0)
        if keptAxes.isEmpty { return picked[0] }
        return .object(AxesArrayObject(shape: keptAxes, items: picked))
    }

    /// `tolist()`: nested Python lists of the axes.
    func nestedList() -> Value {
        guard shape.count > 1 else { return .list(items) }
        return .list(
            (0..<(shape.first ?? 0)).map { index -> Value in
                guard case .object(let sub as AxesArrayObject) = row(index) else { return .none }
                return sub.nestedList()
            })
    }

    override func repr(_ interp: PythonInterpreter) throws -> String {
        "array(" + (try body(interp, indent: 6)) + ", dtype=object)"
    }

    private func body(_ interp: PythonInterpreter, indent: Int) throws -> String {
        if shape.count == 1 { return "[" + (try items.map { try interp.repr($0) }.joined(separator: ", ")) + "]" }
        let rows = try (0..<(shape.first ?? 0)).map { index -> String in
            guard case .object(let sub as AxesArrayObject) = row(index) else { return "" }
            return try sub.body(interp, indent: indent + 1)
        }
        return "[" + rows.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
    }
}
