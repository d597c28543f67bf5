/// A convolution or pooling configuration that cannot be computed, with a message naming
/// what was expected, what was received and how to fix it.
///
///     do { _ = try Conv2DGeometry(inputShape: [1, 2, 2, 1], filterShape: [3, 3, 1, 8], padding: .valid) }
///     catch let error as KernelConfigurationError { print(error) }
///     // kernel height 3 is larger than the input height 2 with 'valid' padding; ...
public struct KernelConfigurationError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The whole explanation, ready to show to a user.
    public let message: String

    /// Creates an error carrying `message`.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
