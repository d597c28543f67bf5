/// One problem `lint` found, printed as `file:line: message`.
public struct LintProblem: Equatable, Sendable, CustomStringConvertible {
    /// The lesson file.
    public var file: String
    /// The line in it.
    public var line: Int
    /// What is wrong, and what to do.
    public var message: String

    /// Creates a problem.
    public init(file: String, line: Int, message: String) { self.file = file; self.line = line; self.message = message }

    /// `file:line: message`.
    public var description: String { "\(file):\(line): \(message)" }
}

/// What linting one lesson found.
public struct LintResult: Sendable {
    /// Problems in file order.
    public var problems: [LintProblem]
    /// Exercises whose solution, alternatives, starter and mistakes were all proven.
    public var provenExercises: Int
    /// Exercises not proven because `--fast` skipped a slow cell before them.
    public var skippedExercises: Int
    /// Cells run.
    public var cellsRun: Int
}
