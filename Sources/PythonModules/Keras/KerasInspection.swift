import Interpreter
import NeuralNet

/// Read-only access from Swift to the Keras objects learner code made, for graders: the
/// `NeuralNet` model or layer behind a Python value, whatever Python-level methods a subclass
/// defines over it (a grader calls the Swift model, never an overridden `predict`).
public enum KerasInspection {
    /// The `Sequential` model behind a `keras.Sequential` object (or an instance of a Python
    /// subclass of it), or `nil` for any other value or an object whose `__init__` did not run.
    public static func sequential(_ value: Value) -> Sequential? {
        guard case .object(let object) = value, let model = object as? KerasModelObject else { return nil }
        return model.model
    }

    /// The layer behind a `keras.layers` object, or `nil` for any other value.
    public static func layer(_ value: Value) -> Layer? {
        guard case .object(let object) = value, let layer = object as? KerasLayerObject else { return nil }
        return layer.layer
    }
}
