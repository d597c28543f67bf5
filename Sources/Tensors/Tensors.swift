/// The `Tensors` module of Deeplings; see DESIGN.md for what it owns.
public enum TensorsModule {
    /// The module's name, for diagnostics.
    public static let name = "Tensors"
}
