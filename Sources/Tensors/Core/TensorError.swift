/// An error from a tensor operation: what the operation expected, what it received, and how to fix it.
///
///     do { _ = try a.matmul(b) } catch let error as TensorError { print(error) }
///     // matmul expected inner dimensions to match, received (32, 784) and (100, 10)
public struct TensorError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The operation that failed, e.g. `"matmul"`.
    public let operation: String
    /// What the operation expected.
    public let expected: String
    /// What it received.
    public let received: String
    /// Optional advice on how to fix the call.
    public let hint: String?
    private let fullMessage: String?

    /// Creates an error for `operation`.
    public init(_ operation: String, expected: String, received: String, hint: String? = nil) {
        self.operation = operation
        self.expected = expected
        self.received = received
        self.hint = hint
        self.fullMessage = nil
    }

    /// Creates an error whose whole message is already written (it names expected and received values).
    public init(_ operation: String, message: String) {
        self.operation = operation
        self.expected = ""
        self.received = ""
        self.hint = nil
        self.fullMessage = message
    }

    /// The full message, e.g. "matmul expected inner dimensions to match, received (32, 784) and (100, 10)".
    public var description: String {
        if let fullMessage { return fullMessage }
        let base = "\(operation) expected \(expected), received \(received)"
        return hint.map { "\(base); \($0)" } ?? base
    }
}

/// Formats a shape as NumPy prints it: `(32, 784)`, `(10,)`, `()`.
public func describeShape(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
}
