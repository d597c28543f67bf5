extension Tensor {
    /// `tensor + scalar`; the scalar is weak, as in NumPy (`uint8 + 2` stays uint8).
    public static func + (a: Tensor, b: Double) throws -> Tensor { try a + scalar(b, isInteger: false, like: a) }
    /// `scalar + tensor`; the scalar is weak, as in NumPy.
    public static func + (a: Double, b: Tensor) throws -> Tensor { try scalar(a, isInteger: false, like: b) + b }
    /// `tensor + scalar`; the scalar is weak, as in NumPy (`uint8 + 2` stays uint8).
    public static func + (a: Tensor, b: Float) throws -> Tensor { try a + scalar(Double(b), isInteger: false, like: a) }
    /// `scalar + tensor`; the scalar is weak, as in NumPy.
    public static func + (a: Float, b: Tensor) throws -> Tensor { try scalar(Double(a), isInteger: false, like: b) + b }
    /// `tensor + scalar`; the scalar is weak, as in NumPy (`uint8 + 2` stays uint8).
    public static func + (a: Tensor, b: Int) throws -> Tensor { try a + scalar(Double(b), isInteger: true, like: a) }
    /// `scalar + tensor`; the scalar is weak, as in NumPy.
    public static func + (a: Int, b: Tensor) throws -> Tensor { try scalar(Double(a), isInteger: true, like: b) + b }
    /// `tensor - scalar`; the scalar is weak, as in NumPy (`uint8 - 2` stays uint8).
    public static func - (a: Tensor, b: Double) throws -> Tensor { try a - scalar(b, isInteger: false, like: a) }
    /// `scalar - tensor`; the scalar is weak, as in NumPy.
    public static func - (a: Double, b: Tensor) throws -> Tensor { try scalar(a, isInteger: false, like: b) - b }
    /// `tensor - scalar`; the scalar is weak, as in NumPy (`uint8 - 2` stays uint8).
    public static func - (a: Tensor, b: Float) throws -> Tensor { try a - scalar(Double(b), isInteger: false, like: a) }
    /// `scalar - tensor`; the scalar is weak, as in NumPy.
    public static func - (a: Float, b: Tensor) throws -> Tensor { try scalar(Double(a), isInteger: false, like: b) - b }
    /// `tensor - scalar`; the scalar is weak, as in NumPy (`uint8 - 2` stays uint8).
    public static func - (a: Tensor, b: Int) throws -> Tensor { try a - scalar(Double(b), isInteger: true, like: a) }
    /// `scalar - tensor`; the scalar is weak, as in NumPy.
    public static func - (a: Int, b: Tensor) throws -> Tensor { try scalar(Double(a), isInteger: true, like: b) - b }
    /// `tensor * scalar`; the scalar is weak, as in NumPy (`uint8 * 2` stays uint8).
    public static func * (a: Tensor, b: Double) throws -> Tensor { try a * scalar(b, isInteger: false, like: a) }
    /// `scalar * tensor`; the scalar is weak, as in NumPy.
    public static func * (a: Double, b: Tensor) throws -> Tensor { try scalar(a, isInteger: false, like: b) * b }
    /// `tensor * scalar`; the scalar is weak, as in NumPy (`uint8 * 2` stays uint8).
    public static func * (a: Tensor, b: Float) throws -> Tensor { try a * scalar(Double(b), isInteger: false, like: a) }
    /// `scalar * tensor`; the scalar is weak, as in NumPy.
    public static func * (a: Float, b: Tensor) throws -> Tensor { try scalar(Double(a), isInteger: false, like: b) * b }
    /// `tensor * scalar`; the scalar is weak, as in NumPy (`uint8 * 2` stays uint8).
    public static func * (a: Tensor, b: Int) throws -> Tensor { try a * scalar(Double(b), isInteger: true, like: a) }
    /// `scalar * tensor`; the scalar is weak, as in NumPy.
    public static func * (a: Int, b: Tensor) throws -> Tensor { try scalar(Double(a), isInteger: true, like: b) * b }
    /// `tensor / scalar`; the scalar is weak, as in NumPy (`uint8 / 2` stays uint8).
    public static func / (a: Tensor, b: Double) throws -> Tensor { try a / scalar(b, isInteger: false, like: a) }
    /// `scalar / tensor`; the scalar is weak, as in NumPy.
    public static func / (a: Double, b: Tensor) throws -> Tensor { try scalar(a, isInteger: false, like: b) / b }
    /// `tensor / scalar`; the scalar is weak, as in NumPy (`uint8 / 2` stays uint8).
    public static func / (a: Tensor, b: Float) throws -> Tensor { try a / scalar(Double(b), isInteger: false, like: a) }
    /// `scalar / tensor`; the scalar is weak, as in NumPy.
    public static func / (a: Float, b: Tensor) throws -> Tensor { try scalar(Double(a), isInteger: false, like: b) / b }
    /// `tensor / scalar`; the scalar is weak, as in NumPy (`uint8 / 2` stays uint8).
    public static func / (a: Tensor, b: Int) throws -> Tensor { try a / scalar(Double(b), isInteger: true, like: a) }
    /// `scalar / tensor`; the scalar is weak, as in NumPy.
    public static func / (a: Int, b: Tensor) throws -> Tensor { try scalar(Double(a), isInteger: true, like: b) / b }
}
