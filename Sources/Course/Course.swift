import CMark
import Crypto
import GRDB
import Yams

/// The `Course` module of Deeplings; see DESIGN.md for what it owns.
public enum CourseModule {
    /// The module's name, for diagnostics.
    public static let name = "Course"
}

/// The version of Deeplings that every grading result and report names.
public enum DeeplingsVersion {
    /// Semantic version of this build.
    public static let string = "0.6.0"
}
