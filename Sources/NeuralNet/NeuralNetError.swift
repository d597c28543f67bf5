/// Everything `NeuralNet` can reject, each with Keras' substance and one sentence of advice.
public enum NeuralNetError: Error, CustomStringConvertible, Equatable {
    /// An argument or input is invalid (Keras' `ValueError`); the message says what and how to fix it.
    case invalidArgument(String)
    /// The model must be compiled (or built) first (Keras raises a `ValueError`).
    case notReady(String)
    /// A layer or file was not found (Keras' `ValueError` for `get_layer`, `OSError` for files).
    case notFound(String)
    /// Training, evaluation or prediction stopped because `trainingInterrupt` was set.
    case interrupted(what: String, batch: Int, epoch: Int?)

    /// The message, ready to show to a learner.
    public var description: String {
        switch self {
        case .invalidArgument(let message), .notReady(let message), .notFound(let message):
            return message
        case .interrupted(let what, let batch, let epoch):
            let place = epoch.map { "in epoch \($0 + 1), " } ?? ""
            return "\(what) interrupted \(place)after \(batch) batches; the model keeps the weights it had reached and can be used or trained further."
        }
    }

    /// The Python exception type this error corresponds to in Keras.
    public var pythonExceptionName: String {
        switch self {
        case .invalidArgument: return "ValueError"
        case .notReady: return "ValueError"
        case .notFound: return "ValueError"
        case .interrupted: return "KeyboardInterrupt"
        }
    }
}
