/// The version of Deeplings that every grading result and report names.
public enum DeeplingsVersion {
    /// Semantic version of this build.
    public static let string = "0.6.0"
}
