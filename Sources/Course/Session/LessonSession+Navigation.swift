extension LessonSession {
    /// The cell at `position`, or nil for a lesson without cells.
    public var currentCell: Cell? { lesson.cells.indices.contains(position) ? lesson.cells[position] : nil }

    /// Moves to the next cell the learner sees (skipping solutions, checks, alternatives and
    /// mistakes) and returns it; nil at the end of the lesson.
    @discardableResult
    public func advance() -> Cell? {
        var index = position + 1
        while lesson.cells.indices.contains(index), !lesson.cells[index].kind.isShownToLearner { index += 1 }
        guard lesson.cells.indices.contains(index) else { return nil }
        position = index
        return lesson.cells[index]
    }

    /// The exercise a cell is or belongs to.
    public func exercise(atCell index: Int) -> Exercise? {
        guard lesson.cells.indices.contains(index), let id = lesson.cells[index].kind.exerciseID else { return nil }
        return lesson.exercise(id)
    }

    /// Points earned so far: every point of each passed exercise.
    public var score: Int {
        lesson.exercises.reduce(0) { $0 + (progress[$1.id]?.outcome == .passed ? $1.points : 0) }
    }
}
