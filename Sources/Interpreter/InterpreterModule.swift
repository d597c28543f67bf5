/// The `Interpreter` module of Deeplings; see DESIGN.md for what it owns.
public enum InterpreterModule {
    /// The module's name, for diagnostics.
    public static let name = "Interpreter"
}
