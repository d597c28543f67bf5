import Foundation
import Interpreter
import Tensors

/// `np.dtype('float32')`, what `array.dtype` returns: prints as `float32`, reprs as
/// `dtype('float32')`, and equals the same type written any NumPy way (`'float32'`, `np.float32`).
final class DTypeObject: PyObject {
    let dtype: DType
    init(_ dtype: DType) { self.dtype = dtype }

    nonisolated(unsafe) static let type = PyClass(
        name: "dtype", module: "numpy",
        attributes: [
            "name": .object(PyProperty(get: { v, _ in .str(try DTypeObject.unwrap(v).dtype.rawValue) })),
            "itemsize": .object(PyProperty(get: { v, _ in .int(try DTypeObject.unwrap(v).dtype.byteSize) })),
            "kind": .object(PyProperty(get: { v, _ in .str(try DTypeObject.unwrap(v).dtype.kindCharacter) })),
            "type": .object(PyProperty(get: { v, _ in .object(ScalarType.named(try DTypeObject.unwrap(v).dtype)) })),
        ])

    static func unwrap(_ value: Value) throws -> DTypeObject {
        guard case .object(let o) = value, let d = o as? DTypeObject else { throw PythonError.typeError("expected a numpy dtype") }
        return d
    }

    override var pyClass: PyClass { DTypeObject.type }
    override func repr(_ interp: PythonInterpreter) throws -> String { "dtype('\(dtype.rawValue)')" }
    override func str(_ interp: PythonInterpreter) throws -> String { dtype.rawValue }
    override func hashValue(_ interp: PythonInterpreter) throws -> Int { dtype.hashValue }

    override func compare(_ op: CompareOp, _ other: Value, _ interp: PythonInterpreter) throws -> Value? {
        guard op == .eq || op == .ne else { return nil }
        let same = (try? parseDType(other)).flatMap { $0 } == dtype
        return .bool(op == .eq ? same : !same)
    }
}

/// `np.float32`, `np.uint8`, …: NumPy's scalar types, usable as `dtype=` and callable to convert
/// (`np.float32(0.5)`, `np.uint8(300)`, `np.float32(array)`).
final class ScalarType: PyObject {
    let dtype: DType
    let name: String
    init(_ dtype: DType, name: String) { self.dtype = dtype; self.name = name }

    nonisolated(unsafe) static let all: [ScalarType] = [
        ScalarType(.float32, name: "float32"), ScalarType(.float64, name: "float64"),
        ScalarType(.int32, name: "int32"), ScalarType(.int64, name: "int64"),
        ScalarType(.uint8, name: "uint8"), ScalarType(.bool, name: "bool"),
    ]

    static func named(_ dtype: DType) -> ScalarType { all.first { $0.dtype == dtype }! }

    override var pyClass: PyClass { PyTypes.type }
    override func repr(_ interp: PythonInterpreter) throws -> String { "<class 'numpy.\(name)'>" }
    override func hashValue(_ interp: PythonInterpreter) throws -> Int { dtype.hashValue }

    override func getAttribute(_ name: String, _ interp: PythonInterpreter) throws -> Value {
        if name == "__name__" { return .str(self.name) }
        throw PythonError.attributeError("type object 'numpy.\(self.name)' has no attribute '\(name)'")
    }

    override func compare(_ op: CompareOp, _ other: Value, _ interp: PythonInterpreter) throws -> Value? {
        guard op == .eq || op == .ne else { return nil }
        var same = false
        if case .object(let o) = other { same = o === self || (o as? DTypeObject)?.dtype == dtype }
        return .bool(op == .eq ? same : !same)
    }

    override func call(_ args: Arguments) throws -> Value {
        var value = args.positional.first ?? .int(0)
        if case .str(let text) = value {
            guard let d = Double(text.trimmingCharacters(in: .whitespaces)) else {
                throw PythonError.valueError("could not convert string to float: '\(text)'")
            }
            value = .float(d)
        }
        if case .int(let i) = value, dtype.isInteger {
            let fits = dtype == .uint8 ? (0...255).contains(i) : dtype == .int32 ? Int(Int32.min)...Int(Int32.max) ~= i : true
            if !fits { throw PythonError(PyTypes.OverflowError, "Python integer \(i) out of bounds for \(dtype.rawValue)") }
        }
        let tensor = try numpyCall { try tensorFrom(value).cast(to: dtype) }
        return arrayOrScalar(tensor)
    }
}

extension DType {
    /// NumPy's one-letter kind: `f`, `i`, `u`, `b`.
    var kindCharacter: String {
        switch self {
        case .float32, .float64: "f"
        case .int32, .int64: "i"
        case .uint8: "u"
        case .bool: "b"
        }
    }
}

/// The dtype a Python value names (`float`, `int`, `'uint8'`, `np.float32`, `np.dtype(...)`);
/// `nil` for `None`. Unknown names raise NumPy's `TypeError: data type 'x' not understood`.
func parseDType(_ value: Value) throws -> DType? {
    switch value {
    case .none: return nil
    case .str(let name):
        if let d = DType(numpyName: name) { return d }
        throw PythonError.typeError("data type '\(name)' not understood")
    case .object(let o):
        if let d = o as? DTypeObject { return d.dtype }
        if let s = o as? ScalarType { return s.dtype }
        if o === PyTypes.float { return .float64 }
        if o === PyTypes.int { return .int64 }
        if o === PyTypes.bool { return .bool }
        if let c = o as? PyClass { throw PythonError.typeError("Cannot interpret '<class '\(c.qualifiedName)'>' as a data type") }
        throw PythonError.typeError("Cannot interpret '\(o.typeName)' as a data type")
    default:
        throw PythonError.typeError("Cannot interpret '\(value.typeName)' as a data type")
    }
}

/// Public dtype parsing for other bindings (keras' `dtype=` arguments).
public enum NumPyDType {
    /// The dtype a Python value names (`'float32'`, `float`, `np.uint8`, `a.dtype`); `nil` for `None`.
    ///
    ///     let dtype = try NumPyDType.parse(arguments["dtype"]) ?? .float32
    public static func parse(_ value: Value) throws -> DType? { try parseDType(value) }
}
