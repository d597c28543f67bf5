/// The `Course` module of Deeplings; see DESIGN.md for what it owns.
public enum CourseModule {
    /// The module's name, for diagnostics.
    public static let name = "Course"
}
