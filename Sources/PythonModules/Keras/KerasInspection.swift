import Interpreter
import NeuralNet

/// Read-only access from Swift to the Keras objects learner code made, for graders: the
/// `NeuralNet` model or layer behind a Python value, whatever Python-level methods a subclass
/// defines over it (a grader calls the Swift model, never an overridden `predict`).
public enum KerasInspection {
    /// The model behind a `keras.Model` or `keras.Sequential` object (or an instance of a Python
    /// subclass of either), or `nil` for any other value or an object whose `__init__` did not run.
    public static func model(_ value: Value) -> Model? {
        guard case .object(let object) = value, let model = object as? KerasModelObject else { return nil }
        return model.model
    }

    /// The `Sequential` model behind a `keras.Sequential` object, or `nil` for any other value
    /// (a functional model included).
    public static func sequential(_ value: Value) -> Sequential? { model(value) as? Sequential }

    /// The layer behind a `keras.layers` object, or `nil` for any other value.
    public static func layer(_ value: Value) -> Layer? {
        guard case .object(let object) = value, let layer = object as? KerasLayerObject else { return nil }
        return layer.layer
    }
}
