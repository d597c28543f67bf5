/// One exercise of a lesson with the cells that belong to it, as indices into `Lesson.cells`.
public struct Exercise: Equatable, Sendable {
    /// The `id=` of the exercise cell, unique in its lesson.
    public var id: String
    /// Points earned when every check passes.
    public var points: Int
    /// Index of the `exercise` cell (its source is the starter code).
    public var cellIndex: Int
    /// Indices of its `hint` cells, in file order.
    public var hintIndices: [Int] = []
    /// Index of its `solution` cell.
    public var solutionIndex: Int?
    /// Indices of its `check` cells, in file order.
    public var checkIndices: [Int] = []
    /// Indices of its `alternative` cells.
    public var alternativeIndices: [Int] = []
    /// Indices of its `mistake` cells.
    public var mistakeIndices: [Int] = []

    /// Creates an exercise with no hints, solution or checks yet.
    public init(id: String, points: Int, cellIndex: Int) {
        self.id = id; self.points = points; self.cellIndex = cellIndex
    }
}
