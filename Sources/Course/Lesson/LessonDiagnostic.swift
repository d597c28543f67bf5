/// A problem in a lesson file, rendered as `file:line: problem — fix`.
public struct LessonDiagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// The lesson file's path as given.
    public var file: String
    /// The 1-based line the problem is on.
    public var line: Int
    /// What is wrong.
    public var problem: String
    /// What to do about it.
    public var fix: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, problem: String, fix: String) {
        self.file = file; self.line = line; self.problem = problem; self.fix = fix
    }

    /// `file:line: problem — fix`.
    public var description: String { "\(file):\(line): \(problem) — \(fix)" }
}

/// A lesson that could not be loaded: every format problem found, in file order.
public struct LessonFormatError: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by line.
    public var diagnostics: [LessonDiagnostic]

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
