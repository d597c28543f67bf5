/// The `PythonModules` module of Deeplings; see DESIGN.md for what it owns.
public enum PythonModulesModule {
    /// The module's name, for diagnostics.
    public static let name = "PythonModules"
}
