/// Keras' `logs` dictionary: metric names to values, in the order they were first set.
///
///     var logs = Logs()
///     logs["loss"] = 0.31
///     logs["accuracy"] = 0.88
///     logs.keys  // ["loss", "accuracy"]
public struct Logs: Sendable, Equatable, Sequence {
    /// The `(name, value)` pairs in insertion order.
    public private(set) var pairs: [(String, Double)] = []

    /// Empty logs.
    public init() {}

    /// Logs holding `pairs` in the given order.
    public init(_ pairs: [(String, Double)]) {
        for (key, value) in pairs { self[key] = value }
    }

    /// The value logged under `key`, or nil; setting a new key appends it.
    public subscript(key: String) -> Double? {
        get { pairs.first { $0.0 == key }?.1 }
        set {
            if let index = pairs.firstIndex(where: { $0.0 == key }) {
                if let newValue { pairs[index].1 = newValue } else { pairs.remove(at: index) }
            } else if let newValue {
                pairs.append((key, newValue))
            }
        }
    }

    /// The names, in order.
    public var keys: [String] { pairs.map(\.0) }

    /// Iterates over `(name, value)` pairs in order.
    public func makeIterator() -> IndexingIterator<[(String, Double)]> { pairs.makeIterator() }

    /// Equal when both hold the same pairs in the same order.
    public static func == (lhs: Logs, rhs: Logs) -> Bool {
        lhs.pairs.count == rhs.pairs.count && zip(lhs.pairs, rhs.pairs).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }
}
