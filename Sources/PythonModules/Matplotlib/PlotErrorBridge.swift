import Plotting
import ImageData
import Interpreter

/// Runs a plotting-model call and turns its `PlotError` (and image-file errors) into the Python
/// exceptions matplotlib raises, so learners see `ValueError: …`, never a Swift error.
///
///     let axes = try plotCall { try pyplot.subplot(2, 2, 5) }   // ValueError: num must be …
func plotCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as PlotError {
        throw pythonError(for: error)
    } catch let error as ImageDataError {
        throw pythonError(for: error)
    }
}

/// The Python exception for a model error, by the class name it carries.
func pythonError(for error: PlotError) -> PythonError {
    switch error.pythonType {
    case "TypeError": return PythonError.typeError(error.message)
    case "IndexError": return PythonError.indexError(error.message)
    case "AttributeError": return PythonError.attributeError(error.message)
    default: return PythonError.valueError(error.message)
    }
}

/// The Python exception for an image-file error: a missing file is `FileNotFoundError`, as
/// PIL and matplotlib report it; anything unreadable or unwritable is an `OSError`-style message.
func pythonError(for error: ImageDataError) -> PythonError {
    switch error {
    case .unreadableImage(let path, let reason) where reason == "no such file":
        return PythonError.osError(PyTypes.FileNotFoundError, "[Errno 2] No such file or directory: '\(path)'")
    case .directoryNotFound(let path):
        return PythonError.osError(PyTypes.FileNotFoundError, "[Errno 2] No such file or directory: '\(path)'")
    case .unreadableImage, .unwritableImage:
        return PythonError.osError(PyTypes.OSError, error.description)
    case .invalidArgument(let message):
        return PythonError.valueError(message)
    }
}
