/// Everything that can go wrong in `ImageData`; each message says what was expected, what was
/// received and, where there is one, the fix.
public enum ImageDataError: Error, Equatable, CustomStringConvertible {
    /// A file could not be read or decoded; `path` names it.
    case unreadableImage(path: String, reason: String)
    /// A file could not be written.
    case unwritableImage(path: String, reason: String)
    /// A directory given to an iterator or a data set builder does not exist.
    case directoryNotFound(String)
    /// An argument has a value Keras would reject too.
    case invalidArgument(String)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .unreadableImage(let path, let reason): "cannot identify image file '\(path)': \(reason)"
        case .unwritableImage(let path, let reason): "cannot write image file '\(path)': \(reason)"
        case .directoryNotFound(let path): "No such file or directory: '\(path)'"
        case .invalidArgument(let message): message
        }
    }
}
