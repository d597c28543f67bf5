import Synchronization

/// One set of Keras name counters (`dense`, `dense_1`, …), as Keras keeps per session.
///
///     let session = LayerNameScope()
///     session.unique("dense")   // "dense", then "dense_1"
public final class LayerNameScope: Sendable {
    private let counters = Mutex<[String: Int]>([:])

    /// An empty set of counters.
    public init() {}

    /// The next free name for `base` in this scope.
    public func unique(_ base: String) -> String {
        counters.withLock { counts in
            let used = counts[base, default: 0]
            counts[base] = used + 1
            return used == 0 ? base : "\(base)_\(used)"
        }
    }

    /// Forgets every count, as Keras' `clear_session()`.
    public func reset() {
        counters.withLock { $0 = [:] }
    }
}

/// Keras' automatic layer names: `dense`, `dense_1`, `dense_2`, … counted per process, or per
/// session inside `LayerNames.$scope.withValue(session) { … }` (each Python interpreter has its own).
///
///     LayerNames.unique("dense")    // "dense", then "dense_1" on the next call
///     LayerNames.snakeCase("MaxPooling2D")  // "max_pooling2d"
public enum LayerNames {
    private static let process = LayerNameScope()

    /// The counters that automatic names come from in the current task; the process's when nil.
    @TaskLocal public static var scope: LayerNameScope?

    /// The next free name for `base` in the current scope.
    public static func unique(_ base: String) -> String {
        (scope ?? process).unique(base)
    }

    /// Forgets every count of the current scope, as Keras' `clear_session()`.
    public static func reset() {
        (scope ?? process).reset()
    }

    /// Keras' `to_snake_case`: `Conv2D` → `conv2d`, `MaxPooling2D` → `max_pooling2d`.
    public static func snakeCase(_ name: String) -> String {
        var result = ""
        let characters = Array(name)
        for (index, character) in characters.enumerated() {
            // Keras inserts "_" before an upper-case letter that follows a lower-case letter or digit,
            // or that starts a new word after an acronym (e.g. "HTTPServer" → "http_server").
            if character.isUppercase, index > 0 {
                let previous = characters[index - 1]
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                if previous.isLowercase || (previous.isUppercase && (next?.isLowercase ?? false)) {
                    result.append("_")
                }
            }
            result.append(contentsOf: character.lowercased())
        }
        return result
    }
}
