/// Gathers each exercise's hints, solution, checks, alternatives and mistakes, reporting cells
/// for unknown exercises, duplicate ids, and exercises missing a check, hint or solution.
enum ExerciseAssembler {
    static func assemble(_ cells: [Cell], file: String, diagnostics: inout [LessonDiagnostic]) -> [Exercise] {
        var exercises: [Exercise] = []
        var position: [String: Int] = [:]
        for (index, cell) in cells.enumerated() {
            guard case .exercise(let id, let points) = cell.kind else { continue }
            if let earlier = position[id] {
                diagnostics.append(
                    LessonDiagnostic(
                        file: file, line: cell.line, problem: "duplicate exercise id '\(id)'",
                        fix: "exercise ids are unique in a lesson; the first is on line \(cells[exercises[earlier].cellIndex].line)"))
                continue
            }
            position[id] = exercises.count
            exercises.append(Exercise(id: id, points: points, cellIndex: index))
        }
        for (index, cell) in cells.enumerated() {
            guard let id = cell.kind.exerciseID else { continue }
            if case .exercise = cell.kind { continue }
            guard let at = position[id] else {
                let known = exercises.map(\.id)
                let fix = known.isEmpty ? "add an `exercise id=\(id)` cell" : "use one of: \(known.joined(separator: ", "))"
                diagnostics.append(LessonDiagnostic(file: file, line: cell.line, problem: "\(keyword(cell.kind)) for unknown exercise '\(id)'", fix: fix))
                continue
            }
            switch cell.kind {
            case .hint: exercises[at].hintIndices.append(index)
            case .check: exercises[at].checkIndices.append(index)
            case .alternative: exercises[at].alternativeIndices.append(index)
            case .mistake: exercises[at].mistakeIndices.append(index)
            case .solution:
                if let first = exercises[at].solutionIndex {
                    diagnostics.append(
                        LessonDiagnostic(
                            file: file, line: cell.line, problem: "a second solution for '\(id)'",
                            fix: "keep one (line \(cells[first].line)); write other answers as `alternative id=\(id)`"))
                } else {
                    exercises[at].solutionIndex = index
                }
            default: break
            }
        }
        for exercise in exercises {
            let line = cells[exercise.cellIndex].line
            func missing(_ what: String, _ fix: String) {
                diagnostics.append(LessonDiagnostic(file: file, line: line, problem: "exercise '\(exercise.id)' has no \(what)", fix: fix))
            }
            if exercise.checkIndices.isEmpty { missing("check", "add a `check id=\(exercise.id)` cell that judges what the code produced") }
            if exercise.hintIndices.isEmpty { missing("hint", "add a `hint id=\(exercise.id)` cell") }
            if exercise.solutionIndex == nil { missing("solution", "add a `solution id=\(exercise.id)` cell (lint proves it passes)") }
        }
        return exercises
    }

    private static func keyword(_ kind: CellKind) -> String {
        switch kind {
        case .hint: "a hint"
        case .solution: "a solution"
        case .check: "a check"
        case .alternative: "an alternative"
        case .mistake: "a mistake"
        default: "a cell"
        }
    }
}
