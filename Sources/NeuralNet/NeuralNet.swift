/// The `NeuralNet` module of Deeplings; see DESIGN.md for what it owns.
public enum NeuralNetModule {
    /// The module's name, for diagnostics.
    public static let name = "NeuralNet"
}
