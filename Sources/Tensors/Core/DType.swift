/// The element type of a tensor, with NumPy's names and promotion rules.
///
///     let x = Tensor([1, 2, 3] as [Int32])      // dtype .int32
///     let y = try x + Tensor(0.5 as Float)      // promotes to .float64, as NumPy does
public enum DType: String, Sendable, CaseIterable, CustomStringConvertible {
    case bool, uint8, int32, int64, float32, float64

    /// Bytes per element.
    public var byteSize: Int {
        switch self {
        case .bool, .uint8: 1
        case .int32, .float32: 4
        case .int64, .float64: 8
        }
    }

    /// Whether the type holds floating-point numbers.
    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }

    /// Whether the type holds signed or unsigned integers (not bool).
    public var isInteger: Bool { self == .uint8 || self == .int32 || self == .int64 }

    /// NumPy's name for the type.
    public var description: String { rawValue }

    /// Parses NumPy spellings such as `"float"`, `"float32"`, `"uint8"`, `"int"`, `"bool"`.
    public init?(numpyName: String) {
        switch numpyName {
        case "float32", "f4", "single": self = .float32
        case "float", "float64", "f8", "double": self = .float64
        case "int", "int64", "i8", "long": self = .int64
        case "int32", "i4", "intc": self = .int32
        case "uint8", "u1", "ubyte": self = .uint8
        case "bool", "bool_", "?": self = .bool
        default: return nil
        }
    }

    /// The type NumPy gives the result of combining arrays of types `a` and `b`.
    public static func promote(_ a: DType, _ b: DType) -> DType {
        if a == b { return a }
        let (low, high) = a.rank < b.rank ? (a, b) : (b, a)
        switch (low, high) {
        case (.int32, .float32), (.int64, .float32): return .float64
        default: return high
        }
    }

    /// The type NumPy (with value-based scalar promotion) gives `tensor ∘ scalar` for a Swift/Python
    /// number: the tensor's type wins unless the scalar's kind is higher or its value does not fit.
    public static func promote(_ tensor: DType, scalar: Double, isInteger: Bool) -> DType {
        if !isInteger {
            return tensor.isFloatingPoint ? tensor : .float64
        }
        switch tensor {
        case .bool: return .int64
        case .uint8:
            if scalar >= 0 && scalar <= 255 { return .uint8 }
            return (scalar >= -2_147_483_648 && scalar <= 2_147_483_647) ? .int32 : .int64
        case .int32: return (scalar >= -2_147_483_648 && scalar <= 2_147_483_647) ? .int32 : .int64
        default: return tensor
        }
    }

    private var rank: Int {
        switch self {
        case .bool: 0
        case .uint8: 1
        case .int32: 2
        case .int64: 3
        case .float32: 4
        case .float64: 5
        }
    }
}

/// A Swift type that can be a tensor element: `Float`, `Double`, `Int32`, `Int64`, `Int`, `UInt8`, `Bool`.
public protocol TensorElement: Sendable {
    /// The dtype a tensor of this element type has.
    static var dtype: DType { get }
    /// The value as a Double (exact for every type but large 64-bit integers).
    var doubleValue: Double { get }
    /// The value as an Int64, truncating toward zero like NumPy's cast.
    var int64Value: Int64 { get }
    /// Converts from a Double the way NumPy's `astype` does.
    init(fromDouble value: Double)
    /// Converts from an Int64 the way NumPy's `astype` does (wrapping for narrower integers).
    init(fromInt64 value: Int64)
}

@inline(__always) func truncatedInt64(_ value: Double) -> Int64 {
    if value.isNaN { return Int64.min }
    if value >= 9.2e18 { return Int64.max }
    if value <= -9.2e18 { return Int64.min }
    return Int64(value)
}

extension Float: TensorElement {
    public static var dtype: DType { .float32 }
    public var doubleValue: Double { Double(self) }
    public var int64Value: Int64 { truncatedInt64(Double(self)) }
    public init(fromDouble value: Double) { self = Float(value) }
    public init(fromInt64 value: Int64) { self = Float(value) }
}

extension Double: TensorElement {
    public static var dtype: DType { .float64 }
    public var doubleValue: Double { self }
    public var int64Value: Int64 { truncatedInt64(self) }
    public init(fromDouble value: Double) { self = value }
    public init(fromInt64 value: Int64) { self = Double(value) }
}

extension Int32: TensorElement {
    public static var dtype: DType { .int32 }
    public var doubleValue: Double { Double(self) }
    public var int64Value: Int64 { Int64(self) }
    public init(fromDouble value: Double) { self = Int32(truncatingIfNeeded: truncatedInt64(value)) }
    public init(fromInt64 value: Int64) { self = Int32(truncatingIfNeeded: value) }
}

extension Int64: TensorElement {
    public static var dtype: DType { .int64 }
    public var doubleValue: Double { Double(self) }
    public var int64Value: Int64 { self }
    public init(fromDouble value: Double) { self = truncatedInt64(value) }
    public init(fromInt64 value: Int64) { self = value }
}

extension Int: TensorElement {
    public static var dtype: DType { .int64 }
    public var doubleValue: Double { Double(self) }
    public var int64Value: Int64 { Int64(self) }
    public init(fromDouble value: Double) { self = Int(truncatedInt64(value)) }
    public init(fromInt64 value: Int64) { self = Int(value) }
}

extension UInt8: TensorElement {
    public static var dtype: DType { .uint8 }
    public var doubleValue: Double { Double(self) }
    public var int64Value: Int64 { Int64(self) }
    public init(fromDouble value: Double) { self = UInt8(truncatingIfNeeded: truncatedInt64(value)) }
    public init(fromInt64 value: Int64) { self = UInt8(truncatingIfNeeded: value) }
}

extension Bool: TensorElement {
    public static var dtype: DType { .bool }
    public var doubleValue: Double { self ? 1 : 0 }
    public var int64Value: Int64 { self ? 1 : 0 }
    public init(fromDouble value: Double) { self = value != 0 }
    public init(fromInt64 value: Int64) { self = value != 0 }
}
