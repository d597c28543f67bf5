/// One cell of a lesson: its kind, its text, and where it starts in the lesson file.
public struct Cell: Equatable, Sendable {
    /// What the cell is.
    public var kind: CellKind
    /// The code (or Markdown, for prose) without fences.
    public var source: String
    /// The line of the opening fence (for prose, of its first line) in the lesson file, 1-based.
    public var line: Int

    /// The file line of the cell's first source line: the line after the fence.
    public var firstSourceLine: Int {
        if case .prose = kind { return line }
        return line + 1
    }

    /// Creates a cell.
    public init(kind: CellKind, source: String, line: Int) {
        self.kind = kind; self.source = source; self.line = line
    }
}
