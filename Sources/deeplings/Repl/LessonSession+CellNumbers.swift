import Course

/// Cell numbers as the learner sees them: prose, examples and exercises count from 1; hints,
/// solutions, checks and the rest are not numbered.
extension LessonSession {
    /// Indices into `lesson.cells` of the numbered cells, in order.
    var numberedCells: [Int] { lesson.cells.indices.filter { Repl.isReadable(lesson.cells[$0].kind) } }

    /// The number of the cell at `index`, or of the last numbered cell above it.
    func number(ofCell index: Int) -> Int {
        max(1, numberedCells.lastIndex { $0 <= index }.map { $0 + 1 } ?? 1)
    }

    /// The index in `lesson.cells` of cell `number`, or nil when out of range.
    func cellIndex(ofNumber number: Int) -> Int? {
        let cells = numberedCells
        return cells.indices.contains(number - 1) ? cells[number - 1] : nil
    }
}
