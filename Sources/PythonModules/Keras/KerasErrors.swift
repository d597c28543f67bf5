import ImageData
import Interpreter
import NeuralNet
import Tensors

/// Turns the errors `NeuralNet`, `ImageData` and `Tensors` throw into the Python exceptions Keras
/// raises (`ValueError`, `RuntimeError`, `FileNotFoundError`, `KeyboardInterrupt`…), keeping their
/// one-line message and sentence of advice.
///
///     let history = try KerasErrors.translating { try model.fit(x, y, epochs: 5) }
enum KerasErrors {
    /// Runs `body`, rethrowing library errors as Python exceptions.
    static func translating<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { throw python(error) }
    }

    /// The Python exception for `error`; Python errors pass through unchanged.
    static func python(_ error: Error) -> Error {
        switch error {
        case let e as PythonError: return e
        case let e as PythonFailure: return e
        case let e as NeuralNetError:
            switch e {
            case .invalidArgument: return PythonError.valueError(e.description)
            case .notReady: return PythonError.runtimeError(e.description)
            case .notFound(let message) where message.hasPrefix("Unable to open") || message.hasPrefix("Cannot write"):
                return PythonError(PyTypes.FileNotFoundError, message)
            case .notFound: return PythonError.valueError(e.description)
            case .interrupted: return PythonError(PyTypes.KeyboardInterrupt, e.description)
            }
        case let e as ImageDataError:
            switch e {
            case .directoryNotFound: return PythonError(PyTypes.FileNotFoundError, e.description)
            case .unreadableImage, .unwritableImage: return PythonError(PyTypes.OSError, e.description)
            case .invalidArgument: return PythonError.valueError(e.description)
            }
        case let e as IDXError: return PythonError(PyTypes.FileNotFoundError, e.description)
        case let e as TensorError: return PythonError.valueError(e.description)
        default: return PythonError.valueError(String(describing: error))
        }
    }
}
